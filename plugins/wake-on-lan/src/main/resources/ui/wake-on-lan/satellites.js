// WOL satellites page (UiContribution of the wake-on-lan plugin): the satellites in the order they are tried,
// add one, test the connection and pin the host key it offers (after comparing the fingerprint).
export async function render(root, ui) {
  const { h } = ui;
  const message = h('div', { id: 'wol-message' });
  const list = h('div', { id: 'satellite-list' });
  const show = (node) => message.replaceChildren(node || '');
  const ok = (text) => show(h('p', { class: 'ok', role: 'status' }, text));
  const fail = (error) => show(h('p', { class: 'error', role: 'alert' }, error.message));

  async function test(satellite, area) {
    area.replaceChildren(h('span', { class: 'muted' }, 'testing…'));
    try {
      const t = await ui.call('oco.wol_satellite.test', { id: satellite.id });
      const pin = t.host_key_offered && !t.host_key_matches ? h('button', { type: 'button', 'data-pin': satellite.name,
        onclick: async () => {
          if (!window.confirm(`Pin the host key with fingerprint ${t.fingerprint_offered}? Compare it with `
            + '"ssh-keygen -lf" on the satellite first.')) return;
          try {
            await ui.call('oco.wol_satellite.update', { id: satellite.id, host_key: t.host_key_offered });
            await load();
            ok(`Pinned the host key of ${satellite.name}`);
          } catch (error) {
            fail(error);
          }
        } }, 'Pin this host key') : null;
      area.replaceChildren(h('dl', { class: 'facts' },
        h('dt', {}, 'Offered'), h('dd', {}, t.fingerprint_offered || '—'),
        h('dt', {}, 'Host key'), h('dd', {}, t.host_key_matches === null ? 'not pinned'
          : (t.host_key_matches ? 'matches the pinned key' : 'DOES NOT MATCH the pinned key')),
        h('dt', {}, 'Login'), h('dd', {}, t.logged_in ? 'ok' : 'failed'),
        t.error ? [h('dt', {}, 'Error'), h('dd', { class: 'error' }, t.error)] : null), pin || ''); // no button: nothing
    } catch (error) {
      area.replaceChildren(h('p', { class: 'error', role: 'alert' }, error.message));
    }
  }

  async function load() {
    const satellites = await ui.call('oco.wol_satellite.list');
    list.replaceChildren(satellites.length === 0 ? h('p', { class: 'muted', id: 'no-satellites' },
      'No satellites: magic packets go out only from the server\'s own networks.')
      : h('table', {}, h('thead', {}, h('tr', {}, ['Name', 'Address', 'User', 'Key', 'Host key', '']
        .map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, satellites.map((s) => {
        const area = h('div', {});
        return h('tr', { 'data-satellite': s.name },
          h('td', {}, s.name), h('td', {}, `${s.address}:${s.port}`), h('td', {}, s.username),
          h('td', {}, h('code', {}, s.privkey), s.has_passphrase ? ' (passphrase)' : ''),
          h('td', {}, s.host_key_fingerprint || 'not pinned'),
          h('td', {}, h('button', { type: 'button', onclick: () => test(s, area) }, 'Test connection'), ' ',
            h('button', { type: 'button', class: 'danger', onclick: async () => {
              if (!window.confirm(`Remove the satellite ${s.name}?`)) return;
              try {
                await ui.call('oco.wol_satellite.remove', { id: s.id });
                await load();
                ok(`Removed ${s.name}`);
              } catch (error) {
                fail(error);
              }
            } }, 'Remove'), area));
      }))));
  }

  const input = (id, label, attrs = {}) => [h('label', { for: id }, label),
    h('input', { id, autocomplete: 'off', ...attrs })];
  const form = h('form', { class: 'stacked', id: 'satellite-form', onsubmit: async (event) => {
    event.preventDefault();
    const value = (id) => form.querySelector(`#${id}`).value.trim();
    const data = { name: value('sat-name') || undefined, address: value('sat-address'),
      username: value('sat-username'), privkey: value('sat-privkey') };
    if (value('sat-port')) data.port = Number(value('sat-port'));
    if (value('sat-passphrase')) data.passphrase = form.querySelector('#sat-passphrase').value;
    if (value('sat-command')) data.command = value('sat-command');
    try {
      const created = await ui.call('oco.wol_satellite.create', data);
      await load();
      ok(`Added ${created.name}: test the connection and pin its host key`);
      form.reset();
    } catch (error) {
      fail(error);
    }
  } },
  input('sat-name', 'Name'), input('sat-address', 'Address (host name or IP)'),
  input('sat-port', 'SSH port', { inputmode: 'numeric', placeholder: '22' }),
  input('sat-username', 'User'), input('sat-privkey', 'Private key file on the server'),
  input('sat-passphrase', 'Key passphrase (optional)', { type: 'password' }),
  input('sat-command', 'Command (optional)', { placeholder: 'wakeonlan' }),
  h('div', {}, h('button', { type: 'submit', id: 'satellite-submit' }, 'Add satellite')));

  root.replaceChildren(message, list, h('h2', {}, 'New satellite'), form);
  await load();
}
