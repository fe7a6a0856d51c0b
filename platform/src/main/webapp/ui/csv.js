// CSV downloads made in the browser: from the server's CSV text (reports, the computer list) or from rows a page
// already has (plugin pages: services, events). Cells starting with = + - @ get a leading ' so a spreadsheet does
// not run them as formulas, as the server's CSV does (docs/groups-and-reports.md).
import { h, fill } from './dom.js';

function cell(value) {
  let text = value === null || value === undefined ? '' : (typeof value === 'object' ? JSON.stringify(value) : String(value));
  if (text !== '' && typeof value !== 'number' && '=+-@'.includes(text[0])) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 text (CRLF) of rows: columns [{key, label?}]. */
export function toCsv(columns, rows) {
  return [columns.map((c) => cell(c.label ?? c.key)), ...rows.map((r) => columns.map((c) => cell(r[c.key])))]
    .map((line) => line.join(',')).join('\r\n').concat('\r\n');
}

/** Offers the CSV text as a file: shows a link "<filename> (n row(s))" in area and starts the download. */
export function downloadCsv(area, filename, csv) {
  const rows = csv.split('\r\n').filter((l) => l !== '').length - 1;
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
  const link = h('a', { href: url, download: filename }, filename);
  fill(area, link, ` (${rows} row(s))`);
  link.click();
}

/**
 * Every row of a paged list method as CSV, page by page (the method's own filter in data, limit/offset added):
 * for plugin lists that answer {<key>: [...], total}. At most max rows; the caller says so when total is larger.
 */
export async function pagedCsv(call, { method, data, key, columns, pageSize = 1000, max = 100000 }) {
  const rows = [];
  let total = 0;
  do {
    const page = await call(method, { ...data, limit: pageSize, offset: rows.length });
    total = page.total;
    rows.push(...page[key]);
    if (page[key].length === 0) break;
  } while (rows.length < Math.min(total, max));
  return { csv: toCsv(columns, rows.slice(0, max)), total };
}
