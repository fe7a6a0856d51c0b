// One computer: every inventory section of oco.computer.get, its change history, "Last refresh" with Force
// Update, and the computer panels of enabled plugins.
import { h, fill, errorBox, table, display, formatBytes } from '../dom.js';
import { allGroups } from './groups.js';
import { pluginAreas } from './plugin-areas.js';
import { editComputer } from './edit-computer.js';

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

// Sections plugins' collectors report themselves (docs/plugins.md "Custom inventory sections"): shown as sent.
function customSections(sections) {
  return sections.map((s) => h('section', { id: `section-custom-${s.key}`, class: 'inventory custom-section' },
    h('h2', {}, s.key, ' ', h('span', { class: 'count' }, `(plugin ${s.plugin}, ${s.updated})`)),
    h('pre', { class: 'custom-content' }, JSON.stringify(s.content, null, 2))));
}

function historySection(history) {
  return h('section', { id: 'section-history', class: 'inventory' }, h('h2', {}, 'Change history'),
    history.length === 0 ? h('p', { class: 'muted' }, 'No changes recorded yet.')
      : table([{ key: 'changed_at', label: 'When' }, { key: 'section', label: 'Section' },
        { key: 'detail', label: 'What changed', render: (r) => h('code', {}, display(r.detail)) }], history));
}

const UNSAFE_LINK = /^\s*(javascript|data|vbscript|file):/i;

function commandsSection(commands) {
  return h('section', { id: 'section-commands', class: 'inventory' }, h('h2', {}, 'Commands'),
    commands.length === 0 ? h('p', { class: 'muted' }, 'No computer commands.')
      : h('ul', { class: 'plain commands' }, commands.filter((c) => !UNSAFE_LINK.test(c.url))
        .map((c) => h('li', {}, h('a', { href: forThisDesktop(c.url), 'data-command': c.id }, c.label)))));
}

// As upstream: macOS's "Windows App" wants the legacy RDP URI (full address=s:host); others, and the OCO Client
// Extension, take rdp://host.
function forThisDesktop(url) {
  const rdp = /^rdp:\/\/([^/?#]+)$/i.exec(url);
  return rdp && /Mac/.test(navigator.userAgent) ? `rdp://full%20address=s:${rdp[1]}` : url;
}

/** The computer's groups: remove from one, add to one chosen from every group. */
function groupsSection(ui, id, initial) {
  const section = h('section', { id: 'section-groups', class: 'inventory' });
  const message = h('div', { id: 'groups-message' });
  async function show(groups, done) {
    const select = h('select', { id: 'add-group', 'aria-label': 'Group to add the computer to' },
      h('option', { value: '' }, 'loading groups…'));
    fill(section, h('h2', {}, 'Groups'),
      groups.length === 0 ? h('p', { class: 'muted' }, 'In no group.')
        : h('ul', { class: 'plain', id: 'computer-groups' }, groups.map((g) => h('li', { 'data-group': g.name },
          h('a', { href: `#/groups/${g.id}` }, g.name), ' ',
          h('button', { type: 'button', 'data-needs': 'computers.manage', 'aria-label': `Remove from ${g.name}`, onclick: () => change(
            'oco.computer.remove_from_group', g.id, `Removed from ${g.name}`) }, 'Remove')))),
      h('form', { class: 'inline', 'data-needs': 'computers.manage', onsubmit: (event) => {
        event.preventDefault();
        if (!select.value) return;
        change('oco.computer.add_to_group', Number(select.value),
          `Added to ${select.selectedOptions[0].textContent}`);
      } }, select, ' ', h('button', { type: 'submit', id: 'add-group-submit' }, 'Add to group')),
      message);
    if (done) fill(message, h('p', { class: 'ok', role: 'status' }, done));
    try {
      const all = await allGroups(ui);
      const member = new Set(groups.map((g) => g.id));
      fill(select, h('option', { value: '' }, all.length === 0 ? 'no groups defined' : 'choose a group'),
        all.filter((g) => !member.has(g.id)).map((g) => h('option', { value: g.id }, g.path)));
    } catch (error) {
      fill(message, errorBox(error));
    }
  }
  async function change(method, groupId, done) {
    try {
      await ui.call(method, { computer_id: id, computer_group_id: groupId });
      const computer = await ui.call('oco.computer.get', { id });
      await show(computer.groups || [], done);
    } catch (error) {
      fill(message, errorBox(error));
    }
  }
  show(initial);
  return section;
}

export async function computerPage(root, ui, id) {
  const computer = await ui.call('oco.computer.get', { id });
  const g = computer.general;
  const message = h('div', { id: 'detail-message' });
  const forceButton = h('button', { type: 'button', id: 'force-update', 'data-needs': 'computers.manage', onclick: async () => {
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
  // docs/protocol.md "Clock recovery": an agent whose clock ran ahead is refused until this is done
  const clockButton = h('button', { type: 'button', id: 'reset-agent-clock', 'data-needs': 'computers.manage',
    title: 'Let an agent whose clock ran ahead, and was corrected, check in again', onclick: async () => {
      if (!window.confirm(`Accept ${g.hostname}'s corrected clock? Do this only after its clock was fixed.`)) return;
      try {
        await ui.call('oco.computer.reset_agent_clock', { id });
        fill(message, h('p', { class: 'ok', role: 'status' },
          'Agent clock reset: the next request of the agent is accepted again.'));
      } catch (error) {
        fill(message, errorBox(error));
      }
    } }, 'Reset agent clock');
  const removeButton = h('button', { type: 'button', class: 'danger', id: 'remove-computer', 'data-needs': 'computers.manage', onclick: async () => {
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
      ' ', forceButton, ' ', forceState, ' ', clockButton, h('span', { class: 'spacer' }), removeButton),
    message,
    editComputer(ui, id, g, () => computerPage(root, ui, id)),
    commandsSection(computer.commands || []),
    groupsSection(ui, id, computer.groups || []),
    h('section', { id: 'section-general', class: 'inventory' }, h('h2', {}, 'General'),
      h('dl', { class: 'facts' }, GENERAL.filter(([key]) => g[key] !== null && g[key] !== '' && g[key] !== undefined)
        .map(([key, label, format]) => [h('dt', {}, label), h('dd', { 'data-key': key },
          format ? format(g[key]) : display(g[key]))]))),
    SECTIONS.map(([key, title]) => listSection(key, title, computer[key] || [])),
    customSections(computer.custom_sections || []),
    historySection(computer.history || []),
    pluginAreas(ui, ui.contributions.computer_panels, 'inventory plugin-panel', g));
}

