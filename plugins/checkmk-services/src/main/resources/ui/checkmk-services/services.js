// Services overview (UiContribution of the checkmk-services plugin): counts per state, and the services of
// all computers (or one) filtered by state and staleness, paged; Export CSV gives every service of the filter.
import { summaryCards, metricList, stateBadge, detailsText } from './parts.js';

const PAGE_SIZE = 100;
const CSV_COLUMNS = ['computer_id', 'computer_hostname', 'name', 'status_text', 'details', 'note', 'metrics',
  'changed', 'last_seen', 'stale'].map((key) => ({ key }));

export async function render(root, ui) {
  const { h } = ui;
  const cards = h('div', { class: 'cards', id: 'service-summary' });
  const result = h('div', { id: 'service-result' });
  const status = h('select', { id: 'svc-status', 'aria-label': 'State' }, h('option', { value: '' }, 'any state'),
    ['OK', 'WARN', 'CRIT', 'UNKNOWN'].map((s) => h('option', { value: s }, s)));
  const stale = h('select', { id: 'svc-stale', 'aria-label': 'Staleness' }, h('option', { value: '' }, 'current and stale'),
    h('option', { value: 'false' }, 'current only'), h('option', { value: 'true' }, 'stale only'));
  const computer = h('input', { id: 'svc-computer', inputmode: 'numeric', size: 6, 'aria-label': 'Computer id' });
  let offset = 0;

  function filter() {
    const data = {};
    if (status.value) data.status = status.value;
    if (stale.value) data.stale = stale.value === 'true';
    if (computer.value.trim()) data.computer_id = Number(computer.value.trim());
    return data;
  }

  let loads = 0;
  async function load() {
    const mine = ++loads;
    try {
      const [summary, page] = await Promise.all([
        ui.call('oco.service.summary', computer.value.trim() ? { computer_id: Number(computer.value.trim()) } : {}),
        ui.call('oco.service.list', { ...filter(), limit: PAGE_SIZE, offset }),
      ]);
      if (mine !== loads) return; // a slower earlier load (e.g. the first one, before a filter) must not win
      cards.replaceChildren(...summaryCards(h, summary));
      const last = offset + page.services.length;
      result.replaceChildren(
        h('p', { id: 'service-range', class: 'muted' }, page.total === 0 ? 'No services'
          : `${offset + 1}–${last} of ${page.total}`),
        page.services.length === 0 ? '' : h('table', {},
          h('thead', {}, h('tr', {}, ['Computer', 'Service', 'State', 'Details', 'Metrics', 'Changed', 'Last seen']
            .map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, page.services.map((s) => h('tr', { 'data-service': s.name },
            h('td', {}, h('a', { href: `#/computer/${s.computer_id}` }, s.computer_hostname)),
            h('td', {}, s.name),
            h('td', {}, stateBadge(h, s)),
            h('td', {}, detailsText(s)),
            h('td', {}, metricList(h, s.metrics)),
            h('td', {}, s.changed || ''), h('td', {}, s.last_seen || ''))))),
        h('div', { class: 'pager' },
          h('button', { type: 'button', disabled: offset === 0,
            onclick: () => { offset = Math.max(0, offset - PAGE_SIZE); load(); } }, 'Previous'), ' ',
          h('button', { type: 'button', disabled: last >= page.total,
            onclick: () => { offset += PAGE_SIZE; load(); } }, 'Next')));
    } catch (error) {
      result.replaceChildren(h('p', { class: 'error', role: 'alert' }, error.message));
    }
  }

  const download = h('span', { id: 'service-csv' });
  const csvButton = h('button', { type: 'button', id: 'service-export-csv', onclick: async () => {
    try {
      const { csv } = await ui.csv.paged({ method: 'oco.service.list', data: filter(), key: 'services',
        columns: CSV_COLUMNS, pageSize: 10000 });
      ui.csv.download(download, 'services.csv', csv);
    } catch (error) {
      result.replaceChildren(h('p', { class: 'error', role: 'alert' }, error.message));
    }
  } }, 'Export CSV');

  root.replaceChildren(cards,
    h('form', { class: 'toolbar', id: 'service-filter', onsubmit: (event) => { event.preventDefault(); offset = 0; load(); } },
      status, ' ', stale, ' ', h('label', {}, 'Computer id ', computer), ' ',
      h('button', { type: 'submit', id: 'service-filter-submit' }, 'Filter'), ' ', csvButton, ' ', download),
    result);
  await load();
}
