// Local admin passwords (LAPS, docs/local-admin-passwords.md): the rotation rules on a group's page, and on a
// computer's page when its passwords were rotated, "Rotate now", and the passwords themselves — fetched only on
// "Reveal" (oco.computer.passwords, audited), never kept after the page is left.
import { h, fill, errorBox, table } from '../dom.js';

function ok(area, text) {
  fill(area, h('p', { class: 'ok', role: 'status' }, text));
}

function days(seconds) {
  return seconds % 86400 === 0 ? `${seconds / 86400} d` : `${Math.round(seconds / 3600)} h`;
}

/** The rules of one group with a form to add one (settings.manage). */
export function passwordRulesSection(ui, groupId) {
  const section = h('section', { id: 'password-rules', class: 'inventory' });
  const message = h('div', { id: 'password-rule-message' });
  const field = (id, label, attributes) => h('label', {}, label, ' ', h('input', { id, 'aria-label': label, ...attributes }));
  const form = h('form', { class: 'inline', id: 'password-rule-create', 'data-needs': 'settings.manage',
    onsubmit: async (event) => {
      event.preventDefault();
      const value = (id) => form.querySelector(`#${id}`).value.trim();
      try {
        await ui.call('oco.password_rule.create', { computer_group_id: groupId, username: value('rule-username'),
          length: Number(value('rule-length')), valid_seconds: Number(value('rule-days')) * 86400,
          history: Number(value('rule-history')) });
        await load();
        ok(message, `Added a rotation rule for ${value('rule-username')}`);
      } catch (error) {
        fill(message, errorBox(error));
      }
    } },
  field('rule-username', 'Local account', { maxlength: 200, autocomplete: 'off', placeholder: 'e.g. Administrator' }), ' ',
  field('rule-length', 'Length', { type: 'number', min: 8, max: 128, value: 16 }), ' ',
  field('rule-days', 'Valid (days)', { type: 'number', min: 1, max: 3650, value: 30 }), ' ',
  field('rule-history', 'Keep', { type: 'number', min: 1, max: 100, value: 5 }), ' ',
  h('button', { type: 'submit', id: 'password-rule-submit' }, 'Add rule'));

  async function load() {
    const rules = await ui.call('oco.password_rule.list', { computer_group_id: groupId });
    fill(section, h('h2', {}, 'Local admin passwords'),
      h('p', { class: 'muted' }, 'Agents of computers in this group rotate these local accounts when the newest '
        + 'password is older than the rule allows.'),
      rules.length === 0 ? h('p', { class: 'muted', id: 'password-rule-list' }, 'No rotation rules.')
        : h('div', { id: 'password-rule-list' }, table([
          { key: 'username', label: 'Account' },
          { key: 'length', label: 'Length' },
          { key: 'valid_seconds', label: 'Valid', render: (r) => days(r.valid_seconds) },
          { key: 'history', label: 'Kept' },
          { key: 'alphabet', label: 'Alphabet', render: (r) => h('code', {}, r.alphabet) },
          { key: 'action', label: 'Action', render: (r) => h('button', { type: 'button', 'data-needs': 'settings.manage',
            onclick: async () => {
              try {
                await ui.call('oco.password_rule.remove', { id: r.id });
                await load();
                ok(message, `Removed the rule for ${r.username}`);
              } catch (error) {
                fill(message, errorBox(error));
              }
            } }, 'Remove') },
        ], rules)),
      form, message);
  }
  load().catch((error) => fill(section, errorBox(error)));
  return section;
}

function copyButton(text, label) {
  return h('button', { type: 'button', class: 'copy', 'aria-label': label, onclick: async (event) => {
    try {
      await navigator.clipboard.writeText(text);
      event.target.textContent = 'Copied';
    } catch (error) {
      event.target.textContent = 'Copy failed';
    }
  } }, 'Copy');
}

function revealed(users) {
  if (users.length === 0) return h('p', { class: 'muted' }, 'No passwords stored.');
  const rows = users.flatMap((u) => [u.current, ...u.previous].filter(Boolean).map((p, i) => ({
    username: u.username, state: i === 0 ? 'current' : 'previous', created: p.created, password: p.password, error: p.error })));
  return h('div', { id: 'revealed-passwords' }, table([
    { key: 'username', label: 'Account' },
    { key: 'state', label: '' },
    { key: 'created', label: 'Set' },
    { key: 'password', label: 'Password', render: (r) => (r.password === null ? h('span', { class: 'muted' }, r.error)
      : h('span', {}, h('code', { class: 'password' }, r.password), ' ', copyButton(r.password, `Copy the ${r.state} password of ${r.username}`))) },
  ], rows));
}

/** A computer's rotation state; the passwords only on "Reveal" (passwords.read). */
export function computerPasswordsSection(ui, computerId) {
  const section = h('section', { id: 'section-passwords', class: 'inventory' });
  const message = h('div', { id: 'passwords-message' });
  const shown = h('div', {});
  async function load(done) {
    const state = await ui.call('oco.computer.password_history', { id: computerId });
    const latest = new Map();
    state.passwords.filter((p) => !p.revoked).forEach((p) => { if (!latest.has(p.username)) latest.set(p.username, p.created); });
    fill(section, h('h2', {}, 'Local admin passwords'),
      state.rules.length === 0 ? h('p', { class: 'muted' }, 'No rotation rule applies to this computer (rules are set on a group).')
        : h('ul', { class: 'plain', id: 'password-state' }, state.rules.map((r) => h('li', {}, h('strong', {}, r.username),
          `: ${latest.has(r.username) ? `rotated ${latest.get(r.username)}` : 'not rotated yet'}, every ${days(r.valid_seconds)}`))),
      state.rotation_requested ? h('p', { class: 'muted', id: 'rotation-pending' }, 'Rotation requested: the agent rotates at its next check-in.') : null,
      h('div', { class: 'toolbar' },
        h('button', { type: 'button', id: 'passwords-reveal', 'data-needs': 'passwords.read', onclick: async () => {
          try {
            fill(shown, revealed(await ui.call('oco.computer.passwords', { id: computerId })));
          } catch (error) {
            fill(message, errorBox(error));
          }
        } }, 'Reveal passwords'), ' ',
        h('button', { type: 'button', id: 'passwords-rotate', 'data-needs': 'computers.manage', onclick: async () => {
          try {
            await ui.call('oco.computer.rotate_passwords', { id: computerId });
            await load('Rotation requested');
          } catch (error) {
            fill(message, errorBox(error));
          }
        } }, 'Rotate now')),
      shown, message);
    if (done) ok(message, done);
  }
  load().catch((error) => fill(section, errorBox(error)));
  return section;
}
