// Events page (UiContribution of the event-monitoring plugin): the stored events of all computers, newest first,
// filtered by computer name, rule (its log), level in words and a time range, 100 per page; Export CSV gives every
// event of the filter.
import { eventTable, levelText } from './event-table.js';

const PAGE_SIZE = 100;
const QUERY_SHOWN = 50;
const CSV_COLUMNS = ['id', 'computer_id', 'computer_hostname', 'log', 'provider', 'event_id', 'level',
  'timestamp', 'data'].map((key) => ({ key }));

/** "2026-11-20T10:00" (a datetime-local field) → "2026-11-20 10:00:00" (what oco.event.list takes). */
function apiTime(value) {
  if (!value) return '';
  const [date, time = '00:00'] = value.split('T');
  return `${date} ${time.length === 5 ? `${time}:00` : time}`;
}

function levelOptions(h, log) {
  const levels = log === 'journalctl' ? [0, 1, 2, 3, 4, 5, 6, 7] : [1, 2, 3, 4, 5];
  return [h('option', { value: '' }, 'any level'), levels.map((l) => h('option', { value: String(l) },
    log ? levelText(log, l) : `${l} (${levelText('System', l).split(' ')[1] || '–'} on Windows, `
      + `${levelText('journalctl', l).split(' ')[1]} in journalctl)`))];
}

export async function render(root, ui, params = new URLSearchParams()) {
  const { h } = ui;
  const hostname = h('input', { id: 'ev-hostname', size: 16, value: params.get('hostname') || '', autocomplete: 'off' });
  const rule = h('select', { id: 'ev-rule' }, h('option', { value: '' }, 'any rule'));
  const level = h('select', { id: 'ev-level' }, levelOptions(h, ''));
  const from = h('input', { id: 'ev-from', type: 'datetime-local', step: 1 });
  const to = h('input', { id: 'ev-to', type: 'datetime-local', step: 1 });
  const result = h('div', { id: 'event-result' });
  let offset = 0;
  rule.addEventListener('change', () => {
    const chosen = level.value;
    level.replaceChildren(...levelOptions(h, rule.value).flat());
    level.value = chosen;
  });

  function filter() {
    const data = {};
    if (hostname.value.trim()) data.hostname = hostname.value.trim();
    if (rule.value) data.log = rule.value;
    if (level.value) data.level = Number(level.value);
    if (from.value) data.from = apiTime(from.value);
    if (to.value) data.to = apiTime(to.value);
    return data;
  }

  async function load() {
    try {
      const answer = await ui.call('oco.event.list', { ...filter(), limit: PAGE_SIZE, offset });
      const last = Math.min(offset + answer.events.length, answer.total);
      result.replaceChildren(
        h('p', { id: 'event-range', class: 'muted' }, answer.total === 0 ? 'No events match.'
          : `${offset + 1}–${last} of ${answer.total}`),
        answer.events.length === 0 ? '' : eventTable(h, answer.events, { withComputer: true }),
        h('div', { class: 'pager' },
          h('button', { type: 'button', disabled: offset === 0,
            onclick: () => { offset = Math.max(0, offset - PAGE_SIZE); load(); } }, '‹ Previous'), ' ',
          h('button', { type: 'button', disabled: last >= answer.total,
            onclick: () => { offset += PAGE_SIZE; load(); } }, 'Next ›')));
    } catch (error) {
      result.replaceChildren(h('p', { class: 'error', role: 'alert' }, error.message));
    }
  }

  const download = h('span', { id: 'event-csv' });
  const csvButton = h('button', { type: 'button', id: 'event-export-csv', onclick: async () => {
    try {
      const { csv } = await ui.csv.paged({ method: 'oco.event.list', data: filter(), key: 'events',
        columns: CSV_COLUMNS });
      ui.csv.download(download, 'events.csv', csv);
    } catch (error) {
      result.replaceChildren(h('p', { class: 'error', role: 'alert' }, error.message));
    }
  } }, 'Export CSV');
  const field = (label, input) => h('label', {}, `${label} `, input);
  root.replaceChildren(
    h('form', { class: 'toolbar', id: 'event-filter', onsubmit: (event) => {
      event.preventDefault();
      offset = 0;
      load();
    } }, field('Computer name contains', hostname), field('Rule', rule), field('Level', level),
    field('From', from), field('To', to), h('button', { type: 'submit', id: 'event-filter-submit' }, 'Filter'), ' ',
    csvButton, ' ', download),
    result);
  try {
    const rules = await ui.call('oco.event_rule.list');
    const logs = [...new Map(rules.map((r) => [r.log, r])).values()];
    rule.append(...logs.map((r) => h('option', { value: r.log },
      `${r.log}: ${r.query.length > QUERY_SHOWN ? `${r.query.slice(0, QUERY_SHOWN)}…` : r.query}`)));
  } catch (error) {
    result.replaceChildren(h('p', { class: 'error', role: 'alert' }, error.message));
  }
  await load();
}
