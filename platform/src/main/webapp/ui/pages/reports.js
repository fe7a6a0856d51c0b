// Reports (dynamic groups): the list (with report groups such as "Predefined"), a report's result list (paged)
// with CSV export, and an editor that builds criteria from selects — never SQL.
import { h, fill, errorBox, table, display } from '../dom.js';

const PAGE_SIZE = 50;
const TEXT = ['hostname', 'uid', 'os', 'os_version', 'os_locale', 'kernel_version', 'architecture', 'cpu', 'gpu',
  'serial', 'manufacturer', 'model', 'bios_version', 'boot_type', 'secure_boot', 'domain', 'agent_version',
  'remote_address', 'notes'];
const NUMBER = ['id', 'ram', 'uptime', 'battery_level'];
const TIME = ['last_ping', 'last_update', 'created'];
const BOOLEAN = ['force_update'];
const OPS = {
  text: ['equals', 'not_equals', 'contains', 'starts_with', 'ends_with', 'regex', 'version_lt', 'version_gt',
    'is_empty', 'not_empty', 'is_duplicate'],
  number: ['equals', 'not_equals', 'lt', 'gt', 'is_empty', 'not_empty'],
  time: ['older_than_days', 'within_days', 'is_empty', 'not_empty'],
  boolean: ['equals', 'not_equals'],
};
const NO_VALUE = new Set(['is_empty', 'not_empty', 'is_duplicate']);

function kind(field) {
  if (NUMBER.includes(field)) return 'number';
  if (TIME.includes(field)) return 'time';
  if (BOOLEAN.includes(field)) return 'boolean';
  return 'text';
}

function reportTable(reports) {
  return table([
    { key: 'name', label: 'Report', render: (r) => h('a', { href: `#/reports/${r.id}` }, r.name) },
    { key: 'query', label: 'Criteria', render: (r) => h('code', {}, r.query) },
    { key: 'notes', label: 'Notes' },
  ], reports);
}

export async function reportsPage(root, ui) {
  const answer = await ui.call('oco.report.list');
  const groups = await ui.batch(answer.groups.map((g) => ['oco.report.list', { report_group_id: g.id }]));
  fill(root, h('h1', {}, 'Reports'),
    h('p', {}, h('a', { href: '#/reports/new', class: 'button', id: 'new-report' }, 'New report')),
    answer.reports.length === 0 ? null : h('section', { id: 'reports-root' }, reportTable(answer.reports)),
    answer.groups.map((g, i) => h('section', { 'data-report-group': g.name }, h('h2', {}, g.name),
      groups[i].ok ? reportTable(groups[i].data.reports) : errorBox(groups[i].error))));
}

export async function reportPage(root, ui, id) {
  const report = await ui.call('oco.report.get', { id });
  const message = h('div', { id: 'report-message' });
  const result = h('div', { id: 'report-result' });
  const range = h('span', { id: 'report-range', class: 'muted' });
  let offset = 0;

  async function run() {
    try {
      // one row more than shown tells whether there is a next page
      const rows = await ui.call('oco.report.run', { id, limit: PAGE_SIZE + 1, offset });
      const more = rows.length > PAGE_SIZE;
      const shown = rows.slice(0, PAGE_SIZE);
      const columns = ['computer_id', ...report.columns].map((key) => ({ key, label: key.replace(/_/g, ' '),
        render: key === 'hostname' ? (r) => h('a', { href: `#/computer/${r.computer_id}` }, display(r.hostname))
          : undefined }));
      range.textContent = shown.length === 0 ? 'No matching computers'
        : `${offset + 1}–${offset + shown.length}${more ? '' : ` of ${offset + shown.length}`}`;
      fill(result, shown.length === 0 ? null : table(columns, shown),
        h('div', { class: 'pager' },
          h('button', { type: 'button', id: 'report-prev', disabled: offset === 0,
            onclick: () => { offset = Math.max(0, offset - PAGE_SIZE); run(); } }, 'Previous'),
          ' ', range, ' ',
          h('button', { type: 'button', id: 'report-next', disabled: !more,
            onclick: () => { offset += PAGE_SIZE; run(); } }, 'Next')));
    } catch (error) {
      fill(result, errorBox(error));
    }
  }

  const download = h('span', { id: 'report-csv' });
  const csvButton = h('button', { type: 'button', id: 'export-csv', onclick: async () => {
    try {
      const answer = await ui.call('oco.report.run', { id, format: 'csv', limit: 100000 });
      const lines = answer.csv.split('\r\n').filter((l) => l !== '').length - 1;
      const url = URL.createObjectURL(new Blob([answer.csv], { type: 'text/csv' }));
      const link = h('a', { href: url, download: `report-${id}.csv` }, `report-${id}.csv`);
      fill(download, link, ` (${lines} row(s))`);
      link.click();
    } catch (error) {
      fill(message, errorBox(error));
    }
  } }, 'Export CSV');

  const remove = report.predefined ? null : h('button', { type: 'button', class: 'danger', id: 'remove-report',
    onclick: async () => {
      if (!window.confirm(`Remove the report ${report.name}?`)) return;
      try {
        await ui.call('oco.report.remove', { id });
        ui.flash(`Removed report ${report.name}`);
        ui.go('#/reports');
      } catch (error) {
        fill(message, errorBox(error));
      }
    } }, 'Remove');

  fill(root, h('p', { class: 'crumbs' }, h('a', { href: '#/reports' }, 'Reports'), ' › '),
    h('h1', {}, report.name),
    h('p', {}, 'Criteria: ', h('code', { id: 'report-query' }, report.query)),
    report.notes ? h('p', { class: 'muted' }, report.notes) : null,
    h('div', { class: 'toolbar' }, csvButton, ' ', download, h('span', { class: 'spacer' }), remove),
    message, result);
  await run();
}

function conditionRow(onRemove) {
  const field = h('select', { class: 'cond-field', 'aria-label': 'Field' },
    [...TEXT, ...NUMBER, ...TIME, ...BOOLEAN].sort().map((f) => h('option', { value: f }, f)));
  const op = h('select', { class: 'cond-op', 'aria-label': 'Operator' });
  const value = h('input', { class: 'cond-value', 'aria-label': 'Value', autocomplete: 'off' });
  function ops() {
    const previous = op.value;
    fill(op, OPS[kind(field.value)].map((o) => h('option', { value: o, selected: o === previous }, o.replace(/_/g, ' '))));
    value.hidden = NO_VALUE.has(op.value);
  }
  field.addEventListener('change', ops);
  op.addEventListener('change', () => { value.hidden = NO_VALUE.has(op.value); });
  ops();
  const row = h('li', { class: 'condition' }, field, ' ', op, ' ', value, ' ',
    h('button', { type: 'button', 'aria-label': 'Remove condition', onclick: () => onRemove(row) }, 'Remove'));
  row.condition = () => {
    const condition = { field: field.value, op: op.value };
    if (NO_VALUE.has(op.value)) return condition;
    const k = kind(field.value);
    const raw = value.value.trim();
    if (k === 'boolean') condition.value = raw === 'true' || raw === '1' || raw === 'yes';
    else if ((k === 'number' || k === 'time') && raw !== '' && Number.isFinite(Number(raw))) condition.value = Number(raw);
    else condition.value = raw;
    return condition;
  };
  return row;
}

export async function newReportPage(root, ui) {
  const error = h('div', { id: 'report-error' });
  const name = h('input', { id: 'report-name', maxlength: 200, autocomplete: 'off' });
  const join = h('select', { id: 'report-join' },
    h('option', { value: 'all' }, 'all conditions hold'), h('option', { value: 'any' }, 'any condition holds'));
  const list = h('ol', { id: 'conditions' });
  const remove = (row) => row.remove();
  const add = () => list.append(conditionRow(remove));
  add();
  const form = h('form', { class: 'stacked', onsubmit: async (event) => {
    event.preventDefault();
    fill(error);
    const conditions = [...list.children].map((row) => row.condition());
    try {
      const created = await ui.call('oco.report.create',
        { name: name.value.trim(), criteria: { [join.value]: conditions } });
      ui.flash(`Created report ${name.value.trim()}`);
      ui.go(`#/reports/${created.id}`);
    } catch (e) {
      fill(error, errorBox(e));
    }
  } },
  h('label', { for: 'report-name' }, 'Name'), name,
  h('label', { for: 'report-join' }, 'Computers where'), join,
  list,
  h('div', {}, h('button', { type: 'button', id: 'add-condition', onclick: add }, 'Add condition')),
  error,
  h('div', {}, h('button', { type: 'submit', id: 'report-save' }, 'Save report'), ' ',
    h('a', { href: '#/reports' }, 'Cancel')));
  fill(root, h('p', { class: 'crumbs' }, h('a', { href: '#/reports' }, 'Reports'), ' › '),
    h('h1', {}, 'New report'), form);
}
