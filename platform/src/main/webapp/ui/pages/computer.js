// One computer: every inventory section of oco.computer.get, its change history, "Last refresh" with Force
// Update, and the computer panels of enabled plugins.
import { h, fill, errorBox, table, display, formatBytes } from '../dom.js';

const GENERAL = [
  ['hostname', 'Hostname'], ['uid', 'Machine UID'], ['os', 'OS'], ['os_version', 'OS version'],
  ['os_license', 'OS licence'], ['os_locale', 'OS locale'], ['kernel_version', 'Kernel'],
  ['architecture', 'Architecture'], ['cpu', 'CPU'], ['gpu', 'GPU'], ['ram', 'RAM', formatBytes],
  ['manufacturer', 'Manufacturer'], ['model', 'Model'], ['serial', 'Serial'], ['bios_version', 'BIOS'],
  ['boot_type', 'Boot type'], ['secure_boot', 'Secure boot'], ['domain', 'Domain'],
  ['uptime', 'Uptime', (s) => (s ? `${Math.floor(s / 86400)} d ${Math.floor((s % 86400) / 3600)} h` : '')],
  ['battery_level', 'Battery', (v) => (v === null ? '' : `${Math.round(v * 100)} %`)],
  ['agent_version', 'Agent version'], ['remote_address', 'Address'], ['last_ping', 'Last contact'],
  ['created', 'Created'], ['created_by_system_user_username', 'Created by'], ['notes', 'Notes'],
];

// Inventory lists in the order shown; columns are the row's own keys minus bookkeeping ones.
const SECTIONS = [
  ['networks', 'Network'], ['filesystems', 'File systems'], ['screens', 'Screens'], ['printers', 'Printers'],
  ['devices', 'Devices'], ['local_users', 'Local users'], ['logins', 'Logins'],
  ['recognised_software', 'Software'],
];
const HIDDEN = new Set(['id', 'computer_id', 'software_id', 'domain_user_id', 'computer_hostname']);
const BYTES = new Set(['size', 'free']);

function listSection(key, title, rows) {
  const columns = rows.length === 0 ? [] : Object.keys(rows[0]).filter((k) => !HIDDEN.has(k) &&
    rows.some((r) => r[k] !== null && r[k] !== '')).map((k) => ({
    key: k, label: k.replace(/_/g, ' '), render: BYTES.has(k) ? (r) => formatBytes(r[k]) : undefined,
  }));
  return h('section', { id: `section-${key}`, class: 'inventory' },
    h('h2', {}, `${title} `, h('span', { class: 'count' }, `(${rows.length})`)),
    rows.length === 0 ? h('p', { class: 'muted' }, 'Nothing reported.') : table(columns, rows));
}

function historySection(history) {
  return h('section', { id: 'section-history', class: 'inventory' }, h('h2', {}, 'Change history'),
    history.length === 0 ? h('p', { class: 'muted' }, 'No changes recorded yet.')
      : table([{ key: 'changed_at', label: 'When' }, { key: 'section', label: 'Section' },
        { key: 'detail', label: 'What changed', render: (r) => h('code', {}, display(r.detail)) }], history));
}

export async function computerPage(root, ui, id) {
  const computer = await ui.call('oco.computer.get', { id });
  const g = computer.general;
  const message = h('div', { id: 'detail-message' });
  const forceButton = h('button', { type: 'button', id: 'force-update', onclick: async () => {
    try {
      await ui.call('oco.computer.force_update', { id });
      fill(message, h('p', { class: 'ok', role: 'status' },
        'Force update requested: the agent sends a full inventory at its next contact.'));
      forceState.textContent = 'requested';
    } catch (error) {
      fill(message, errorBox(error));
    }
  } }, 'Force update');
  const forceState = h('span', { id: 'force-state', class: 'muted' }, g.force_update ? 'requested' : '');
  const removeButton = h('button', { type: 'button', class: 'danger', id: 'remove-computer', onclick: async () => {
    if (!window.confirm(`Remove ${g.hostname} and all its data?`)) return;
    try {
      await ui.call('oco.computer.remove', { id });
      ui.flash(`Removed ${g.hostname}`);
      ui.go('#/computers');
    } catch (error) {
      fill(message, errorBox(error));
    }
  } }, 'Remove');

  fill(root,
    h('p', { class: 'crumbs' }, h('a', { href: '#/computers' }, 'Computers'), ' › '),
    h('h1', {}, g.hostname),
    h('div', { class: 'refresh' },
      h('span', {}, 'Last refresh: ', h('strong', { id: 'last-refresh' }, g.last_update || 'never')),
      ' ', forceButton, ' ', forceState, h('span', { class: 'spacer' }), removeButton),
    message,
    h('section', { id: 'section-general', class: 'inventory' }, h('h2', {}, 'General'),
      h('dl', { class: 'facts' }, GENERAL.filter(([key]) => g[key] !== null && g[key] !== '' && g[key] !== undefined)
        .map(([key, label, format]) => [h('dt', {}, label), h('dd', { 'data-key': key },
          format ? format(g[key]) : display(g[key]))]))),
    SECTIONS.map(([key, title]) => listSection(key, title, computer[key] || [])),
    historySection(computer.history || []));

  for (const panel of ui.contributions.computer_panels) {
    const body = h('div', {});
    root.append(h('section', { class: 'inventory plugin-panel', 'data-plugin': panel.plugin },
      h('h2', {}, panel.title), body));
    try {
      const module = await import(panel.module);
      await module.render(body, ui, g);
    } catch (error) {
      fill(body, errorBox(`Plugin ${panel.plugin}: ${error.message}`));
    }
  }
}
