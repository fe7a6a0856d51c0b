// The fleet's software (oco.software.list / oco.software.get): names with their installed versions and computer
// counts, searched and paged by the server; one name's versions per OS and the computers it is installed on.
import { h, fill, errorBox, table } from '../dom.js';

const PAGE = 50;

// Kept across navigation: coming back from a name shows the same page of the list.
const state = { search: '', offset: 0 };

function pager(id, page, shown, onMove) {
  const first = page.total === 0 ? 0 : page.offset + 1;
  const last = page.offset + shown;
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    h('button', { type: 'button', id: `${id}-prev`, disabled: page.offset === 0,
      onclick: () => onMove(Math.max(0, page.offset - page.limit)) }, '‹ Previous'),
    h('span', { id: `${id}-range` }, `${first}–${last} of ${page.total}`),
    h('button', { type: 'button', id: `${id}-next`, disabled: last >= page.total,
      onclick: () => onMove(page.offset + page.limit) }, 'Next ›'));
}

export function softwareHref(name) {
  return `#/software/${encodeURIComponent(name)}`;
}

export async function softwarePage(root, ui) {
  const listArea = h('div', { id: 'software-list' });
  const search = h('input', { type: 'search', id: 'software-search', value: state.search,
    placeholder: 'Part of a package name', 'aria-label': 'Search software' });
  let timer;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => { state.search = search.value; state.offset = 0; load(); }, 250);
  });

  let loads = 0;
  async function load() {
    const mine = ++loads;
    let page;
    try {
      page = await ui.call('oco.software.list', { search: state.search, offset: state.offset, limit: PAGE });
    } catch (error) {
      if (mine === loads) fill(listArea, errorBox(error));
      return;
    }
    if (mine !== loads) return; // a slow answer to an older search must not replace a newer one
    fill(listArea, table([
      { key: 'name', label: 'Name', render: (s) => h('a', { href: softwareHref(s.name) }, s.name) },
      { key: 'versions', label: 'Versions' },
      { key: 'computers', label: 'Computers' },
    ], page.software),
    page.total === 0 ? h('p', { class: 'muted' }, state.search ? 'No software matches.' : 'No software reported yet.')
      : null,
    pager('software', page, page.software.length, (offset) => { state.offset = offset; load(); }));
  }

  fill(root, h('h1', {}, 'Software'), h('div', { class: 'toolbar' }, search), listArea);
  await load();
}

export async function softwareDetailPage(root, ui, name) {
  const filter = { version: '', os: '', offset: 0 };
  const versionsArea = h('div', { id: 'software-versions' });
  const computersArea = h('div', { id: 'software-computers' });

  function query() {
    const data = { name, offset: filter.offset, limit: PAGE };
    if (filter.version) data.version = filter.version;
    if (filter.os) data.os = filter.os;
    return data;
  }

  function choose(version, os) {
    filter.version = version;
    filter.os = os;
    filter.offset = 0;
    load();
  }

  function renderVersions(software) {
    const rows = software.versions.flatMap((v) => v.by_os.map((o, i) => ({ ...o, version: v.version,
      total: v.computers, first: i === 0 })));
    fill(versionsArea, h('h2', {}, 'Versions'), table([
      { key: 'version', label: 'Version', render: (r) => (r.first ? h('button', { type: 'button', class: 'link',
        'data-version': r.version, onclick: () => choose(r.version, '') }, r.version || '(none)') : '') },
      { key: 'total', label: 'Computers', render: (r) => (r.first ? String(r.total) : '') },
      { key: 'os', label: 'OS', render: (r) => h('button', { type: 'button', class: 'link',
        onclick: () => choose(r.version, r.os) }, r.os || '(unknown)') },
      { key: 'computers', label: 'Computers with this OS' },
    ], rows));
  }

  function renderComputers(software) {
    const page = software.installed_on;
    const shown = [filter.version && `version ${filter.version}`, filter.os && `on ${filter.os}`].filter(Boolean);
    fill(computersArea, h('h2', {}, 'Installed on'),
      shown.length ? h('p', {}, `Only ${shown.join(' ')} `, h('button', { type: 'button', id: 'software-all',
        onclick: () => choose('', '') }, 'Show all')) : null,
      table([
        { key: 'hostname', label: 'Computer', render: (c) => h('a', { href: `#/computer/${c.computer_id}` }, c.hostname) },
        { key: 'version', label: 'Version' },
        { key: 'os', label: 'OS', render: (c) => `${c.os ?? ''} ${c.os_version ?? ''}`.trim() },
        { key: 'installed', label: 'Seen since' },
      ], page.computers),
      pager('computers', page, page.computers.length, (offset) => { filter.offset = offset; load(); }));
  }

  async function load() {
    let software;
    try {
      software = await ui.call('oco.software.get', query());
    } catch (error) {
      fill(computersArea, errorBox(error));
      return;
    }
    fill(summary, `${software.computers} computer(s), ${software.versions.length} version(s)`);
    renderVersions(software);
    renderComputers(software);
  }

  const summary = h('p', { id: 'software-summary' });
  fill(root, h('h1', {}, name), h('p', {}, h('a', { href: '#/software' }, '‹ All software')), summary,
    versionsArea, computersArea);
  await load();
}
