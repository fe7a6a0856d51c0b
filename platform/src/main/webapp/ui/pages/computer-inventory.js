// The computer page's inventory in words: facts with labels and units, and each list of oco.computer.get as a
// filterable, sortable, paged table with human column names (a column nobody reported is left out).
import { h, display } from '../dom.js';
import { dataTable } from '../datatable.js';
import { formatBytes, formatDuration, yesNo } from '../format.js';

const unknown = (v) => (v === '-' ? '' : v); // agents send "-" for "not known"

// [key, label, format?] of oco.computer.get's "general"
export const OVERVIEW_FACTS = [
  ['os', 'Operating system', (v, g) => `${v} ${g.os_version || ''}`.trim()],
  ['kernel_version', 'Kernel'], ['architecture', 'Architecture'], ['cpu', 'Processor'], ['ram', 'Memory', formatBytes],
  ['model', 'Model', (v, g) => `${g.manufacturer || ''} ${v}`.trim()], ['serial', 'Serial number'],
  ['domain', 'Domain'], ['remote_address', 'Address'], ['uptime', 'Up for', formatDuration],
  ['os_license', 'OS licence', unknown], ['os_locale', 'OS language', unknown], ['uid', 'Machine UID'],
  ['created', 'Added'], ['created_by_system_user_username', 'Added by'], ['notes', 'Notes'],
];

export const HARDWARE_FACTS = [
  ['manufacturer', 'Manufacturer'], ['model', 'Model'], ['serial', 'Serial number'], ['cpu', 'Processor'],
  ['ram', 'Memory', formatBytes], ['gpu', 'Graphics'], ['architecture', 'Architecture'],
  ['bios_version', 'BIOS / firmware'], ['boot_type', 'Boot type'], ['secure_boot', 'Secure boot', yesNo],
  ['battery_level', 'Battery', (v) => `${Math.round(Number(v) * 100)} %`], ['battery_status', 'Battery state'],
];

/** A definition list of the facts that have a value. */
export function facts(general, list, id) {
  const shown = list.filter(([key]) => general[key] !== null && general[key] !== undefined && general[key] !== ''
    && general[key] !== false)
    .map(([key, label, format]) => [key, label, format ? format(general[key], general) : display(general[key])])
    .filter(([, , value]) => value !== '');
  return h('dl', { class: 'facts', id }, shown.map(([key, label, value]) => [h('dt', {}, label),
    h('dd', { 'data-key': key }, value)]));
}

const bytes = (key) => ({ render: (r) => formatBytes(r[key]), numeric: true });

// Columns of each list: [key, label, extra ({render, text, numeric})]
const LISTS = {
  recognised_software: [['software_name', 'Name'], ['software_version', 'Version'],
    ['software_description', 'Description'],
    ['installed', 'Reported since', { title: 'When the agent first reported it (not the install date)' }]],
  networks: [['interface', 'Interface'], ['address', 'Address', { text: (r) => unknown(r.address) }],
    ['netmask', 'Netmask', { text: (r) => unknown(r.netmask) }],
    ['broadcast', 'Broadcast', { text: (r) => unknown(r.broadcast) }], ['mac', 'MAC address']],
  filesystems: [['mountpoint', 'Mount point'], ['device', 'Device'], ['filesystem', 'File system'],
    ['size', 'Size', bytes('size')], ['free', 'Free', bytes('free')],
    ['used', 'Used', { text: (r) => (Number(r.size) > 0 ? `${Math.round(100 * (1 - Number(r.free) / Number(r.size)))} %` : ''),
      always: true }],
    ['name', 'Label'], ['uuid', 'UUID'], ['encrypted', 'Encrypted', { text: (r) => yesNo(r.encrypted), always: true }]],
  screens: [['name', 'Name'], ['manufacturer', 'Manufacturer'], ['type', 'Type'], ['resolution', 'Resolution'],
    ['size', 'Size'], ['manufactured', 'Made'], ['serialno', 'Serial number']],
  printers: [['name', 'Name'], ['driver', 'Driver'], ['paper', 'Paper'], ['dpi', 'Resolution (dpi)', { numeric: true }],
    ['uri', 'Address'], ['status', 'State']],
  devices: [['subsystem', 'Type'], ['vendor', 'Vendor'], ['product', 'Product'], ['name', 'Name'], ['serial', 'Serial number']],
  local_users: [['username', 'User name'], ['display_name', 'Full name'], ['uid', 'User id', { numeric: true }],
    ['gid', 'Group id', { numeric: true }], ['home', 'Home folder'], ['shell', 'Shell'],
    ['disabled', 'Disabled', { text: (r) => yesNo(r.disabled), always: true }]],
  logins: [['domain_user_username', 'User'], ['domain_user_display_name', 'Full name'],
    ['logon_amount', 'Logins', { numeric: true }], ['timestamp', 'Last login']],
};

/** One inventory list as a titled section (id section-<key>) with its table. */
export function listSection(key, title, rows, extraOptions = {}) {
  const columns = LISTS[key]
    .map(([k, label, extra = {}]) => ({ key: k, label, ...extra }))
    .filter((c) => c.always ? rows.length > 0
      : rows.some((r) => { const v = c.text ? c.text(r) : r[c.key]; return v !== null && v !== undefined && v !== ''; }));
  return h('section', { id: `section-${key}`, class: 'inventory' },
    h('h2', {}, `${title} `, h('span', { class: 'count' }, `(${rows.length})`)),
    rows.length === 0 ? h('p', { class: 'muted' }, 'Nothing reported.')
      : dataTable(columns, rows, { id: `table-${key}`, label: title, ...extraOptions }));
}
