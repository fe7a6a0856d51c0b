// Reports (dynamic groups): the report group tree with its reports (create, rename, move, remove groups), a
// report's result list (paged) with CSV export and the computer actions (add to group, force update, wake, …) on
// selected results, and an editor that builds criteria from selects — never SQL.
// Every choice of the editor (scopes, fields, operators, columns) comes from oco.report.fields, so plugin
// fields appear while their plugin is enabled.
import { h, fill, errorBox, table, display } from '../dom.js';
import { downloadCsv } from '../csv.js';
import { computerActions } from './computer-actions.js';

const PAGE_SIZE = 50;
const COMPUTER = 'computer';

function reportTable(reports) {
  return table([
    { key: 'name', label: 'Report', render: (r) => h('a', { href: `#/reports/${r.id}` }, r.name) },
    { key: 'query', label: 'Criteria', render: (r) => h('code', {}, r.query) },
    { key: 'notes', label: 'Notes' },
  ], reports);
}

/**
 * The whole report group tree, one batch per level: [{id, name, parent, depth, reports, error}] in display
 * order (a group before its subgroups), plus the reports outside any group.
 */
async function loadTree(ui) {
  const top = await ui.call('oco.report.list');
  const rootReports = top.reports.filter((r) => r.report_group_id === null);
  const groups = [];
  let level = top.groups.map((g) => ({ ...g, parent: null, depth: 0 }));
  while (level.length > 0) {
    const answers = await ui.batch(level.map((g) => ['oco.report.list', { report_group_id: g.id }]));
    const next = [];
    level.forEach((g, i) => {
      g.reports = answers[i].ok ? answers[i].data.reports : [];
      g.error = answers[i].ok ? null : answers[i].error;
      g.children = answers[i].ok ? answers[i].data.groups.map((c) => ({ ...c, parent: g.id, depth: g.depth + 1 })) : [];
      next.push(...g.children);
    });
    groups.push(...level);
    level = next;
  }
  return { rootReports, groups: ordered(groups) };
}

function ordered(groups) {
  const result = [];
  const visit = (g) => { result.push(g); g.children.forEach(visit); };
  groups.filter((g) => g.parent === null).forEach(visit);
  return result;
}

function groupOptions(groups, selected, except) {
  return [h('option', { value: '0', selected: !selected }, '(top level)'),
    ...groups.filter((g) => !except || !except.has(g.id)).map((g) =>
      h('option', { value: String(g.id), selected: g.id === selected }, `${'· '.repeat(g.depth)}${g.name}`))];
}

function subtreeIds(groups, id) {
  const ids = new Set([id]);
  for (const g of groups) if (ids.has(g.parent)) ids.add(g.id);
  return ids;
}

export async function reportsPage(root, ui) {
  const { rootReports, groups } = await loadTree(ui);
  const message = h('div', { id: 'report-groups-message' });
  const reload = async (text) => { await reportsPage(root, ui); if (text) ui.flash(text); };
  const act = async (call, text) => {
    try {
      await call();
      await reload(text);
    } catch (error) {
      fill(message, errorBox(error));
    }
  };

  const newName = h('input', { id: 'report-group-name', maxlength: 200, autocomplete: 'off', 'aria-label': 'Group name' });
  const newParent = h('select', { id: 'report-group-parent', 'aria-label': 'Parent group' }, groupOptions(groups, null));
  const newGroup = h('form', { class: 'inline', id: 'new-report-group', 'data-needs': 'reports.manage', onsubmit: (event) => {
    event.preventDefault();
    const name = newName.value.trim();
    act(() => ui.call('oco.report_group.create', { name, parent_report_group_id: Number(newParent.value) }),
      `Created report group ${name}`);
  } }, newName, ' in ', newParent, ' ', h('button', { type: 'submit', id: 'create-report-group' }, 'New group'));

  function groupSection(g) {
    const predefined = g.id === 1;
    const tools = predefined ? null : h('div', { class: 'toolbar', 'data-needs': 'reports.manage' },
      h('button', { type: 'button', class: 'rename-group', onclick: () => {
        const name = window.prompt('New name of the report group', g.name);
        if (name !== null) act(() => ui.call('oco.report_group.rename', { id: g.id, name: name.trim() }), `Renamed to ${name.trim()}`);
      } }, 'Rename'), ' move to ',
      h('select', { class: 'move-group', 'aria-label': `Move ${g.name} to`, onchange: (event) =>
        act(() => ui.call('oco.report_group.move', { id: g.id, parent_report_group_id: Number(event.target.value) }),
          `Moved ${g.name}`) }, groupOptions(groups, g.parent, subtreeIds(groups, g.id))), ' ',
      h('button', { type: 'button', class: 'danger remove-group', onclick: () => {
        const empty = g.reports.length === 0 && g.children.length === 0;
        if (!window.confirm(empty ? `Remove the report group ${g.name}?`
          : `Remove the report group ${g.name} with its subgroups and all their reports?`)) return;
        act(() => ui.call('oco.report_group.remove', { id: g.id, force: !empty }), `Removed report group ${g.name}`);
      } }, 'Remove'));
    const heading = g.depth === 0 ? 'h2' : 'h3';
    const section = h('section', { 'data-report-group': g.name, 'data-report-group-id': g.id, class: `depth-${g.depth}` },
      h(heading, {}, g.name), tools,
      g.error ? errorBox(g.error) : g.reports.length === 0 ? h('p', { class: 'muted' }, 'No reports') : reportTable(g.reports));
    section.style.marginLeft = `${g.depth * 1.5}em`; // through the CSSOM: the CSP blocks style attributes
    return section;
  }

  fill(root, h('h1', {}, 'Reports'),
    h('p', {}, h('a', { href: '#/reports/new', class: 'button', id: 'new-report', 'data-needs': 'reports.manage' }, 'New report')),
    rootReports.length === 0 ? null : h('section', { id: 'reports-root' }, reportTable(rootReports)),
    groups.map(groupSection),
    h('h2', {}, 'Report groups'), newGroup, message);
}

export async function reportPage(root, ui, id) {
  const report = await ui.call('oco.report.get', { id });
  const message = h('div', { id: 'report-message' });
  const result = h('div', { id: 'report-result' });
  const range = h('span', { id: 'report-range', class: 'muted' });
  let offset = 0;
  const selection = new Map(); // computer id → hostname (or #id when the report does not show hostnames)
  const actions = computerActions(ui, selection, message, () => run());
  const name = (r) => (r.hostname ? String(r.hostname) : `#${r.computer_id}`);
  const selectAll = h('button', { type: 'button', id: 'report-select-all', 'data-needs': 'computers.manage',
    onclick: async () => {
      try {
        const { computers } = await ui.call('oco.computer.list', { report_id: id });
        computers.forEach((c) => selection.set(c.id, c.hostname));
        await run();
      } catch (error) {
        fill(message, errorBox(error));
      }
    } }, 'Select all results');

  async function run() {
    try {
      // one row more than shown tells whether there is a next page
      const rows = await ui.call('oco.report.run', { id, limit: PAGE_SIZE + 1, offset });
      const more = rows.length > PAGE_SIZE;
      const shown = rows.slice(0, PAGE_SIZE);
      const select = { key: 'select', label: 'Select', render: (r) => h('input', { type: 'checkbox',
        'aria-label': `Select ${name(r)}`, 'data-computer': r.computer_id, checked: selection.has(r.computer_id),
        onchange: (e) => {
          if (e.target.checked) selection.set(r.computer_id, name(r)); else selection.delete(r.computer_id);
          actions.update();
        } }) };
      const columns = [select, ...['computer_id', ...report.columns].map((key) => ({ key, label: key.replace(/_/g, ' '),
        render: key === 'hostname' ? (r) => h('a', { href: `#/computer/${r.computer_id}` }, display(r.hostname))
          : undefined }))];
      actions.update();
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
      downloadCsv(download, `report-${id}.csv`, answer.csv);
    } catch (error) {
      fill(message, errorBox(error));
    }
  } }, 'Export CSV');

  const remove = report.predefined ? null : h('button', { type: 'button', class: 'danger', id: 'remove-report', 'data-needs': 'reports.manage',
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
  // predefined reports cannot change: they can be copied into a new report instead
  const edit = h('button', { type: 'button', id: report.predefined ? 'copy-report' : 'edit-report',
    'data-needs': 'reports.manage',
    onclick: () => editor(root, ui, report.predefined ? { ...report, id: null, predefined: false,
      name: `Copy of ${report.name}` } : report) }, report.predefined ? 'Copy' : 'Edit');

  fill(root, h('p', { class: 'crumbs' }, h('a', { href: '#/reports' }, 'Reports'), ' › '),
    h('h1', {}, report.name),
    h('p', {}, 'Criteria: ', h('code', { id: 'report-query' }, report.query)),
    report.notes ? h('p', { class: 'muted' }, report.notes) : null,
    h('div', { class: 'toolbar' }, csvButton, ' ', download, h('span', { class: 'spacer' }), edit, ' ', remove),
    h('div', { class: 'toolbar', id: 'report-actions' }, selectAll, h('span', { class: 'spacer' }), actions.element),
    message, result);
  await run();
  actions.loadGroups(); // after the first paint: the result does not wait for the group tree
}

/** Reads a typed value from the text input: numbers for number and time fields, true/false for yes/no. */
// The editor in words: operators, field names and units as people say them (the values sent stay the API's).
const OPERATOR_WORDS = {
  equals: 'is', not_equals: 'is not', contains: 'contains', starts_with: 'starts with', ends_with: 'ends with',
  regex: 'matches the pattern', lt: 'is less than', gt: 'is more than', version_lt: 'is older than version',
  version_gt: 'is newer than version', older_than_days: 'is more than … days ago', within_days: 'is within the last … days',
  is_empty: 'is empty', not_empty: 'is not empty', is_duplicate: 'is shared with another computer',
};
const COUNT_WORDS = { equals: 'is exactly', not_equals: 'is not', lt: 'is fewer than', gt: 'is more than' };
const FIELD_WORDS = { ram: 'RAM', os: 'OS', os_version: 'OS version', cpu: 'processor', gpu: 'graphics',
  uid: 'machine UID', mac: 'MAC address', bios_version: 'BIOS version' };
const GIB = 1024 ** 3;
/** Fields counted in bytes are entered in GiB. */
const IN_GIB = new Set(['ram', 'size', 'free']);

function fieldWords(name) {
  return FIELD_WORDS[name] || name.replace(/_/g, ' ');
}

/** The value's unit after the field and operator: GiB for bytes, days for the day operators. */
function unitOf(fieldName, operator) {
  if (operator === 'older_than_days' || operator === 'within_days') return 'days';
  return IN_GIB.has(fieldName) ? 'GiB' : '';
}

function typed(type, raw) {
  if (type === 'boolean') return raw === 'true' || raw === '1' || raw === 'yes';
  if ((type === 'number' || type === 'time') && raw !== '' && Number.isFinite(Number(raw))) return Number(raw);
  return raw;
}

/**
 * One condition: on a computer field, or on a collection (software, network, a plugin scope …) as
 * "has", "has no" or "number of … <op> N", each with at most one condition on the collection's fields.
 */
function conditionRow(fields, onRemove, initial) {
  const scopes = new Map(fields.scopes.map((s) => [s.name, s]));
  const scope = h('select', { class: 'cond-scope', 'aria-label': 'Scope' },
    fields.scopes.map((s) => h('option', { value: s.name, title: s.description || '' },
      s.plugin ? `${s.name} (${s.plugin})` : s.name)));
  const quantifier = h('select', { class: 'cond-quant', 'aria-label': 'Quantifier' },
    h('option', { value: 'exists' }, 'has'), h('option', { value: 'not_exists' }, 'has no'),
    h('option', { value: 'count' }, 'number of'));
  const field = h('select', { class: 'cond-field', 'aria-label': 'Field' });
  const op = h('select', { class: 'cond-op', 'aria-label': 'Operator' });
  const value = h('input', { class: 'cond-value', 'aria-label': 'Value', autocomplete: 'off' });
  const countOp = h('select', { class: 'cond-count-op', 'aria-label': 'Count comparison' },
    fields.count_operators.map((o) => h('option', { value: o }, COUNT_WORDS[o] || o)));
  const unit = h('span', { class: 'cond-unit' });
  const count = h('input', { class: 'cond-count', 'aria-label': 'Count', type: 'number', min: 0, value: '0' });

  const currentScope = () => scopes.get(scope.value);
  const currentField = () => currentScope().fields.find((f) => f.name === field.value);
  function showOps() {
    const previous = op.value;
    const f = currentField();
    fill(op, f ? f.operators.map((o) => h('option', { value: o.name, selected: o.name === previous },
      OPERATOR_WORDS[o.name] || o.name.replace(/_/g, ' '))) : null);
    op.hidden = !f;
    const operator = f && f.operators.find((o) => o.name === op.value);
    value.hidden = !operator || !operator.needs_value;
    unit.textContent = value.hidden ? '' : unitOf(f.name, op.value);
  }
  function showFields() {
    const s = currentScope();
    const collection = s.name !== COMPUTER;
    quantifier.hidden = !collection;
    fill(field, collection ? h('option', { value: '' }, '(any item)') : null,
      s.fields.map((f) => h('option', { value: f.name, title: f.description || '' }, fieldWords(f.name))));
    countOp.hidden = count.hidden = !collection || quantifier.value !== 'count';
    showOps();
  }
  scope.addEventListener('change', showFields);
  quantifier.addEventListener('change', () => { countOp.hidden = count.hidden = quantifier.value !== 'count'; });
  field.addEventListener('change', showOps);
  op.addEventListener('change', showOps);

  // prefill from an existing condition (see rowsOf)
  if (initial) {
    scope.value = initial.scope;
    quantifier.value = initial.quantifier || 'exists';
  }
  showFields();
  if (initial) {
    field.value = initial.field || '';
    showOps();
    if (initial.op) op.value = initial.op;
    showOps();
    if (initial.value !== undefined) {
      value.value = String(IN_GIB.has(initial.field) && typeof initial.value === 'number' && unitOf(initial.field, initial.op)
        ? Number((initial.value / GIB).toFixed(3)) : initial.value);
    }
    if (initial.countOp) countOp.value = initial.countOp;
    if (initial.count !== undefined) count.value = String(initial.count);
  }

  const row = h('li', { class: 'condition' }, scope, ' ', quantifier, ' ', field, ' ', op, ' ', value, unit, ' ',
    countOp, ' ', count, ' ',
    h('button', { type: 'button', 'aria-label': 'Remove condition', onclick: () => onRemove(row) }, 'Remove'));
  row.condition = () => {
    const f = currentField();
    let condition = null;
    if (f) {
      condition = { field: f.name, op: op.value };
      const operator = f.operators.find((o) => o.name === op.value);
      if (operator && operator.needs_value) condition.value = typed(f.type, value.value.trim());
      if (unitOf(f.name, op.value) === 'GiB' && typeof condition.value === 'number') {
        condition.value = Math.round(condition.value * GIB);
      }
    }
    if (scope.value === COMPUTER) return condition;
    const node = quantifier.value === 'count'
      ? { count: scope.value, op: countOp.value, value: Number(count.value) }
      : { [quantifier.value]: scope.value };
    if (condition) node.where = condition;
    return node;
  };
  return row;
}

/**
 * The editor's rows for stored criteria, or null when they have another shape (nested and/or, several
 * conditions inside one collection …) or name a scope or field not offered now: those are edited as JSON.
 */
function rowsOf(criteria, fields) {
  const join = criteria.all ? 'all' : criteria.any ? 'any' : null;
  if (!join) return null;
  const known = (scope, field) => {
    const s = fields.scopes.find((x) => x.name === scope);
    return s && (!field || s.fields.some((f) => f.name === field));
  };
  const rows = [];
  for (const item of criteria[join]) {
    if (item.field) {
      if (!known(COMPUTER, item.field)) return null;
      rows.push({ scope: COMPUTER, field: item.field, op: item.op, value: item.value });
      continue;
    }
    const quantifier = ['exists', 'not_exists', 'count'].find((k) => item[k]);
    const where = item.where;
    if (!quantifier || (where && !where.field) || !known(item[quantifier], where && where.field)) return null;
    rows.push({ scope: item[quantifier], quantifier, field: where ? where.field : '', op: where && where.op,
      value: where && where.value, countOp: item.op, count: item.value });
  }
  return { join, rows };
}

/** The report editor: a new report (report.id null) or an existing one (oco.report.update). */
async function editor(root, ui, report) {
  const [fields, tree] = await Promise.all([ui.call('oco.report.fields'), loadTree(ui)]);
  const error = h('div', { id: 'report-error' });
  const name = h('input', { id: 'report-name', maxlength: 200, autocomplete: 'off', value: report ? report.name : '' });
  const notes = h('input', { id: 'report-notes', maxlength: 2000, autocomplete: 'off', value: report ? report.notes : '' });
  const group = h('select', { id: 'report-group' }, groupOptions(tree.groups.filter((g) => g.id !== 1),
    report ? report.report_group_id : null));
  const chosen = new Set(report ? report.columns : fields.default_columns);
  const columns = h('fieldset', { id: 'report-columns', class: 'checkboxes' }, h('legend', {}, 'Columns'),
    fields.columns.map((c) => h('label', {}, h('input', { type: 'checkbox', value: c, checked: chosen.has(c) }),
      ` ${fieldWords(c)}`)));
  const join = h('select', { id: 'report-join' },
    h('option', { value: 'all' }, 'all conditions hold'), h('option', { value: 'any' }, 'any condition holds'));
  const list = h('ol', { id: 'conditions' });
  const remove = (row) => row.remove();
  const add = (initial) => list.append(conditionRow(fields, remove, initial));
  // criteria naming what is not available now (a disabled plugin's scope) are shown as JSON as well
  const parsed = report ? rowsOf(report.criteria, fields) : { join: 'all', rows: [] };
  const json = h('textarea', { id: 'report-criteria-json', rows: 8, cols: 80, 'aria-label': 'Criteria as JSON' });
  const jsonMode = parsed === null;
  if (jsonMode) {
    json.value = JSON.stringify(report.criteria, null, 2);
  } else {
    join.value = parsed.join;
    parsed.rows.forEach(add);
    if (parsed.rows.length === 0) add();
  }
  const editing = report && report.id;
  const form = h('form', { class: 'stacked', onsubmit: async (event) => {
    event.preventDefault();
    fill(error);
    try {
      const criteria = jsonMode ? JSON.parse(json.value)
        : { [join.value]: [...list.children].map((row) => row.condition()).filter((c) => c !== null) };
      const data = { name: name.value.trim(), notes: notes.value, criteria,
        columns: [...columns.querySelectorAll('input:checked')].map((c) => c.value), report_group_id: Number(group.value) };
      if (editing) {
        await ui.call('oco.report.update', { id: report.id, ...data });
        ui.flash(`Saved report ${data.name}`);
        await reportPage(root, ui, report.id);
      } else {
        const created = await ui.call('oco.report.create', data);
        ui.flash(`Created report ${data.name}`);
        ui.go(`#/reports/${created.id}`);
      }
    } catch (e) {
      fill(error, errorBox(e));
    }
  } },
  h('label', { for: 'report-name' }, 'Name'), name,
  h('label', { for: 'report-notes' }, 'Notes'), notes,
  h('label', { for: 'report-group' }, 'Report group'), group,
  jsonMode ? [h('label', { for: 'report-criteria-json' }, 'Criteria (JSON, see docs/groups-and-reports.md)'), json]
    : [h('label', { for: 'report-join' }, 'Computers where'), join, list,
      h('div', {}, h('button', { type: 'button', id: 'add-condition', onclick: () => add() }, 'Add condition'))],
  columns,
  error,
  h('div', {}, h('button', { type: 'submit', id: 'report-save' }, 'Save report'), ' ',
    h('a', { href: editing ? `#/reports/${report.id}` : '#/reports', onclick: editing ? (event) => {
      event.preventDefault();
      reportPage(root, ui, report.id);
    } : null }, 'Cancel')));
  fill(root, h('p', { class: 'crumbs' }, h('a', { href: '#/reports' }, 'Reports'), ' › '),
    h('h1', {}, editing ? `Edit ${report.name}` : 'New report'), form);
}

export async function newReportPage(root, ui) {
  await editor(root, ui, null);
}
