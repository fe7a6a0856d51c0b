// The computer list: searched, sorted and paged by the server (oco.computer.list with limit/offset), so the
// first paint costs one page whatever the number of computers; Export CSV asks the server for every computer the
// search matches, with the columns shown. The actions on the selected computers are in computer-actions.js.
import { h, fill, errorBox, formatBytes } from '../dom.js';
import { downloadCsv } from '../csv.js';
import { statusOf, statusBadge } from './status.js';
import { computerActions } from './computer-actions.js';

const COLUMNS = [
  { key: 'hostname', label: 'Hostname', always: true,
    render: (c) => h('a', { href: `#/computer/${c.id}` }, c.hostname) },
  { key: 'os', label: 'OS', render: (c) => `${c.os} ${c.os_version}`.trim() },
  { key: 'remote_address', label: 'Address' },
  { key: 'addresses', label: 'IP addresses', sortable: false, hidden: true, render: (c) => c.addresses.join(', ') },
  { key: 'macs', label: 'MAC addresses', sortable: false, hidden: true, render: (c) => c.macs.join(', ') },
  { key: 'ram', label: 'RAM', hidden: true, render: (c) => formatBytes(c.ram) },
  { key: 'agent_version', label: 'Agent' },
  { key: 'model', label: 'Model', sortable: false, hidden: true },
  { key: 'serial', label: 'Serial', sortable: false, hidden: true },
  { key: 'last_ping', label: 'Last contact' },
  { key: 'last_update', label: 'Last refresh' },
  { key: 'created', label: 'Created', hidden: true },
];
const STORAGE_KEY = 'ocoj.computers.columns';

// Kept across navigation: coming back from a detail page shows the same page of the list.
const state = { search: '', sort: 'hostname', offset: 0, limit: 50, selected: new Map() }; // selected: id → hostname

function visibleColumns() {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY));
    if (Array.isArray(stored)) return COLUMNS.filter((c) => c.always || stored.includes(c.key));
  } catch (e) { /* no or broken preference: defaults */ }
  return COLUMNS.filter((c) => !c.hidden);
}

function chooseColumns(onChange) {
  const shown = new Set(visibleColumns().map((c) => c.key));
  return h('details', { class: 'columns' }, h('summary', {}, 'Columns'),
    h('fieldset', {}, h('legend', {}, 'Show columns'), COLUMNS.filter((c) => !c.always).map((c) =>
      h('label', {}, h('input', { type: 'checkbox', checked: shown.has(c.key), onchange: (e) => {
        if (e.target.checked) shown.add(c.key); else shown.delete(c.key);
        localStorage.setItem(STORAGE_KEY, JSON.stringify([...shown]));
        onChange();
      } }), ` ${c.label}`))));
}

export async function computersPage(root, ui) {
  const message = h('div', { id: 'list-message' });
  const listArea = h('div', { id: 'computer-list' });
  const search = h('input', { type: 'search', id: 'search', value: state.search,
    placeholder: 'Hostname, OS, address, serial, model, notes', 'aria-label': 'Search computers' });
  let timer;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => { state.search = search.value; state.offset = 0; load(); }, 250);
  });
  const actions = computerActions(ui, state.selected, message, () => load());

  let loads = 0;
  async function load() {
    const mine = ++loads;
    let page;
    try {
      page = await ui.call('oco.computer.list',
        { search: state.search, sort: state.sort, offset: state.offset, limit: state.limit });
    } catch (error) {
      if (mine === loads) fill(listArea, errorBox(error));
      return;
    }
    if (mine === loads) render(page); // a slow answer to an older search must not replace a newer one
  }

  function render(page) {
    const columns = visibleColumns();
    actions.update();
    const all = h('input', { type: 'checkbox', 'aria-label': 'Select all on this page',
      checked: page.computers.length > 0 && page.computers.every((c) => state.selected.has(c.id)),
      onchange: (e) => {
        page.computers.forEach((c) => (e.target.checked ? state.selected.set(c.id, c.hostname)
          : state.selected.delete(c.id)));
        render(page);
      } });
    const first = page.total === 0 ? 0 : page.offset + 1;
    const last = Math.min(page.offset + page.computers.length, page.total);
    fill(listArea,
      h('table', { class: 'computers' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, all), h('th', { scope: 'col' }, 'Status'),
          columns.map((c) => sortHeader(c)))),
        h('tbody', {}, page.computers.map((c) => h('tr', { 'data-hostname': c.hostname },
          h('td', {}, h('input', { type: 'checkbox', 'aria-label': `Select ${c.hostname}`,
            checked: state.selected.has(c.id), onchange: (e) => {
              if (e.target.checked) state.selected.set(c.id, c.hostname); else state.selected.delete(c.id);
              actions.update();
            } })),
          h('td', {}, statusBadge(statusOf(c))),
          columns.map((col) => h('td', {}, col.render ? col.render(c) : (c[col.key] ?? ''))))))),
      page.total === 0 ? h('p', { class: 'muted' }, state.search ? 'No computer matches.' : 'No computers yet.') : null,
      h('nav', { class: 'pager', 'aria-label': 'Pages' },
        h('button', { type: 'button', disabled: page.offset === 0,
          onclick: () => { state.offset = Math.max(0, page.offset - state.limit); load(); } }, '‹ Previous'),
        // elementtiming: the browser records when this text, painted with the table, is on screen (docs/ui.md)
        h('span', { id: 'range', elementtiming: 'computer-list' }, `${first}–${last} of ${page.total}`),
        h('button', { type: 'button', disabled: last >= page.total,
          onclick: () => { state.offset = page.offset + state.limit; load(); } }, 'Next ›'),
        h('label', {}, ' Per page ', h('select', { onchange: (e) => {
          state.limit = Number(e.target.value); state.offset = 0; load();
        } }, [25, 50, 100, 500].map((n) => h('option', { value: n, selected: n === state.limit }, String(n)))))));
  }

  function sortHeader(column) {
    if (column.sortable === false) return h('th', { scope: 'col' }, column.label);
    const active = state.sort.replace(/^-/, '') === column.key;
    const descending = active && state.sort.startsWith('-');
    return h('th', { scope: 'col', 'aria-sort': active ? (descending ? 'descending' : 'ascending') : null },
      h('button', { type: 'button', class: 'sort', onclick: () => {
        state.sort = active && !descending ? `-${column.key}` : column.key;
        state.offset = 0;
        load();
      } }, column.label, active ? (descending ? ' ▼' : ' ▲') : ''));
  }

  const download = h('span', { id: 'computers-csv' });
  const csvButton = h('button', { type: 'button', id: 'computers-export-csv', onclick: async () => {
    try {
      // the CSV's columns follow the table's (the OS column is two in the CSV)
      const columns = visibleColumns().flatMap((c) => (c.key === 'os' ? ['os', 'os_version'] : [c.key]));
      const answer = await ui.call('oco.computer.list', { search: state.search, sort: state.sort, format: 'csv',
        columns: ['online', ...columns] });
      downloadCsv(download, 'computers.csv', answer.csv);
      const rows = answer.csv.split('\r\n').filter((l) => l !== '').length - 1;
      if (answer.total > rows) {
        fill(message, errorBox(`The CSV holds the first ${rows} of ${answer.total} computers: narrow the search`));
      }
    } catch (error) {
      fill(message, errorBox(error));
    }
  } }, 'Export CSV');

  fill(root,
    h('h1', {}, 'Computers'),
    h('div', { class: 'toolbar' }, search,
      h('a', { href: '#/computers/new', class: 'button', id: 'new-computer', 'data-needs': 'computers.manage' }, 'New computer'),
      csvButton, download,
      h('span', { class: 'spacer' }), actions.element, chooseColumns(() => load())),
    message, listArea);
  await load();
  actions.loadGroups(); // after the first paint: the list does not wait for the group tree
}
