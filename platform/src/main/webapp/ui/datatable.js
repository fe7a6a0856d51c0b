// A table of rows the page already holds (a computer's inventory), filtered, sorted and paged in the browser:
// only one page of rows is ever in the DOM, so 1,000 packages paint as fast as 25.
import { h, fill } from './dom.js';

const PAGE_SIZES = [25, 50, 100, 500];

/**
 * columns: [{key, label, render?(row) → node/text, text?(row) → the text filtered and sorted by (default: the
 * rendered text or the raw value), numeric?: sort as numbers}]; options: {id, label (names the filter and table
 * for screen readers), pageSize, empty (text when there are no rows)}.
 */
export function dataTable(columns, rows, options = {}) {
  const id = options.id || `table-${Math.random().toString(36).slice(2)}`;
  const state = { filter: '', sort: null, descending: false, offset: 0, limit: options.pageSize || 25 };
  const textOf = (row, column) => {
    if (column.text) return String(column.text(row) ?? '');
    const value = row[column.key];
    return value === null || value === undefined ? '' : String(value);
  };
  // the lower-case text of each row, once: filtering 1,000 rows on each key press stays cheap
  const haystacks = rows.map((row) => columns.map((c) => textOf(row, c)).join('\u0000').toLowerCase());
  const body = h('tbody', {});
  const head = h('thead', {});
  const range = h('span', { class: 'range', id: `${id}-range`, 'aria-live': 'polite' });
  const previous = h('button', { type: 'button', onclick: () => { state.offset -= state.limit; render(); } }, '‹ Previous');
  const next = h('button', { type: 'button', onclick: () => { state.offset += state.limit; render(); } }, 'Next ›');
  const filter = h('input', { type: 'search', id: `${id}-filter`, placeholder: 'Filter',
    'aria-label': `Filter ${options.label || 'rows'}`, 'aria-controls': id });
  let timer;
  filter.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => { state.filter = filter.value.trim().toLowerCase(); state.offset = 0; render(); }, 120);
  });
  const size = h('select', { 'aria-label': 'Rows per page', onchange: (e) => {
    state.limit = Number(e.target.value); state.offset = 0; render();
  } }, PAGE_SIZES.map((n) => h('option', { value: n, selected: n === state.limit }, String(n))));

  function matching() {
    const words = state.filter.split(/\s+/).filter(Boolean);
    const found = [];
    rows.forEach((row, i) => {
      if (words.every((w) => haystacks[i].includes(w))) found.push(row);
    });
    if (state.sort) {
      const column = state.sort;
      const key = column.numeric ? (r) => Number(r[column.key]) : (r) => textOf(r, column);
      const compare = column.numeric ? (a, b) => (key(a) || 0) - (key(b) || 0)
        : (a, b) => key(a).localeCompare(key(b), undefined, { numeric: true, sensitivity: 'base' });
      found.sort((a, b) => (state.descending ? compare(b, a) : compare(a, b)));
    }
    return found;
  }

  function header(column) {
    const active = state.sort === column;
    return h('th', { scope: 'col', title: column.title || null, 'aria-sort': active ? (state.descending ? 'descending' : 'ascending') : null },
      h('button', { type: 'button', class: 'sort', 'data-sort': column.key, onclick: () => {
        state.descending = active && !state.descending;
        state.sort = column;
        state.offset = 0;
        render();
      } }, column.label, active ? (state.descending ? ' ▼' : ' ▲') : ''));
  }

  function render() {
    const found = matching();
    state.offset = Math.max(0, Math.min(state.offset, Math.floor(Math.max(found.length - 1, 0) / state.limit) * state.limit));
    const page = found.slice(state.offset, state.offset + state.limit);
    fill(head, h('tr', {}, columns.map(header)));
    fill(body, page.map((row) => h('tr', {}, columns.map((c) => h('td', {}, c.render ? c.render(row) : textOf(row, c))))));
    if (page.length === 0) {
      body.append(h('tr', {}, h('td', { colspan: columns.length, class: 'muted' },
        rows.length === 0 ? (options.empty || 'Nothing reported.') : 'No row matches the filter.')));
    }
    const first = found.length === 0 ? 0 : state.offset + 1;
    range.textContent = `${first}–${state.offset + page.length} of ${found.length}`
      + (found.length < rows.length ? ` (filtered from ${rows.length})` : '');
    previous.disabled = state.offset === 0;
    next.disabled = state.offset + state.limit >= found.length;
  }

  render();
  const paged = rows.length > PAGE_SIZES[0];
  return h('div', { class: 'datatable', 'data-table': options.id || null },
    rows.length > 5 ? h('div', { class: 'toolbar' }, filter) : null,
    h('div', { class: 'scroll' }, h('table', { id, 'aria-label': options.label || null }, head, body)),
    h('nav', { class: 'pager', 'aria-label': `Pages of ${options.label || 'the table'}` },
      paged ? previous : null, range, paged ? next : null, paged ? h('label', {}, 'Per page ', size) : null));
}
