// A computer's change history as a timeline: one entry per moment (an inventory update changes several sections
// at once), summed up in words ("+12 packages, −3 packages, Memory 8 → 16 GiB"), the details one click away.
// The server stores per section {added_count, removed_count, added: [...], removed: [...]} (labels, ≤ 100 each;
// for "general" and edits the labels are "field: value", the old value at the same place in "removed").
import { h } from '../dom.js';
import { formatBytes, plural } from '../format.js';

// section → [singular, plural] of what its rows are
const NOUNS = {
  software: ['package', 'packages'], networks: ['network address', 'network addresses'],
  partitions: ['file system', 'file systems'], screens: ['screen', 'screens'], printers: ['printer', 'printers'],
  users: ['local user', 'local users'], devices: ['device', 'devices'], logins: ['login', 'logins'],
};

const FIELDS = {
  agent_version: 'Agent', os: 'OS', os_version: 'OS version', os_license: 'OS licence', os_language: 'OS language',
  kernel_version: 'Kernel', architecture: 'Architecture', cpu: 'Processor', gpu: 'Graphics', serial: 'Serial number',
  manufacturer: 'Manufacturer', model: 'Model', bios_version: 'BIOS', boot_type: 'Boot type',
  secure_boot: 'Secure boot', domain: 'Domain', ram: 'Memory', hostname: 'Hostname', notes: 'Notes',
};

/** "field: value" → [field, value]; value null when the text says "null" (nothing was stored before). */
function fieldValue(label) {
  const at = label.indexOf(': ');
  if (at < 0) return [label, label];
  const value = label.slice(at + 2);
  return [label.slice(0, at), value === 'null' ? null : value];
}

function shown(field, value) {
  if (value === null || value === '') return '(none)';
  if (field === 'ram') return formatBytes(value);
  if (field === 'secure_boot') return { 0: 'off', 1: 'on' }[value] || value;
  return value;
}

/** "Memory 8 → 16 GiB" (same unit once), "OS version 11 → 12", "Notes changed" for long texts. */
function fieldChange(field, before, after) {
  const name = FIELDS[field] || field.replace(/_/g, ' ');
  if (field === 'notes') return `${name} changed`;
  if (field === 'ram') {
    const [a, unitA] = String(formatBytes(before)).split(' ');
    const [b, unitB] = String(formatBytes(after)).split(' ');
    const trim = (n) => n.replace(/\.0$/, '');
    return unitA === unitB ? `${name} ${trim(a)} → ${trim(b)} ${unitA}` : `${name} ${formatBytes(before)} → ${formatBytes(after)}`;
  }
  return `${name} ${shown(field, before)} → ${shown(field, after)}`;
}

function fieldChanges(detail) {
  const added = detail.added || [];
  const removed = detail.removed || [];
  return added.map((label, i) => {
    const [field, after] = fieldValue(label);
    const [, before] = fieldValue(removed[i] || `${field}: null`);
    return { field, before, after };
  });
}

// The first inventory fills fields that were empty since the computer was added.
function isFirstReport(row) {
  return row.section === 'general' && fieldChanges(row.detail).every((c) => c.before === null || c.before === '');
}

/** The words for one section's change. */
function summary(row) {
  const d = row.detail && typeof row.detail === 'object' ? row.detail : { added: [], removed: [] };
  if (row.section === 'general') {
    return isFirstReport(row) ? [] : fieldChanges(d).map((c) => fieldChange(c.field, c.before, c.after));
  }
  if (row.section.startsWith('edited by ')) {
    return [`Edited by ${row.section.slice('edited by '.length)}: `
      + fieldChanges(d).map((c) => fieldChange(c.field, c.before, c.after)).join(', ')];
  }
  if (!NOUNS[row.section] && row.section.includes('.')) { // a plugin's custom section: "field: value" lines
    return [`${row.section}: ${plural(Math.max(d.added_count || 0, d.removed_count || 0), 'value')} changed`];
  }
  const [one, many] = NOUNS[row.section] || [row.section, row.section];
  const parts = [];
  if (d.added_count) parts.push(`+${plural(d.added_count, one, many)}`);
  if (d.removed_count) parts.push(`−${plural(d.removed_count, one, many)}`);
  return parts;
}

function details(row) {
  const d = row.detail && typeof row.detail === 'object' ? row.detail : null;
  if (!d) return h('p', {}, String(row.detail ?? ''));
  if (row.section === 'general' || row.section.startsWith('edited by ')) {
    return h('ul', { class: 'fields' }, fieldChanges(d).map((c) => h('li', {}, c.before === null || c.before === ''
      ? `${FIELDS[c.field] || c.field}: ${shown(c.field, c.after)}` : fieldChange(c.field, c.before, c.after))));
  }
  const [, many] = NOUNS[row.section] || [row.section, row.section];
  const list = (verb, items, count) => (count ? h('div', {}, h('h3', {}, `${verb} ${many} (${count})`),
    h('ul', { class: 'changes' }, items.map((i) => h('li', {}, i))),
    count > items.length ? h('p', { class: 'muted' }, `and ${count - items.length} more`) : null) : null);
  return [list('Added', d.added || [], d.added_count), list('Removed', d.removed || [], d.removed_count)];
}

/** One timeline entry for the rows written at one moment. */
function entry(when, rows) {
  const first = rows.some(isFirstReport);
  const words = rows.flatMap(summary);
  const text = (first ? ['First inventory'] : []).concat(words).join(', ') || 'Inventory changed';
  return h('li', { class: 'timeline-entry', 'data-when': when },
    h('details', {}, h('summary', {}, h('time', {}, when), ' ', h('span', { class: 'what' }, text)),
      rows.map((row) => h('div', { class: 'change', 'data-section': row.section }, details(row)))));
}

/** History rows (newest first, as oco.computer.get sends them) as a timeline. */
export function historyTimeline(history) {
  if (history.length === 0) return h('p', { class: 'muted' }, 'No changes recorded yet.');
  // one moment: rows of the same time, kind (edit or inventory) and no section twice (two updates in a second)
  const moments = [];
  for (const row of history) {
    const kind = row.section.startsWith('edited by ') ? 'edit' : 'inventory';
    const last = moments[moments.length - 1];
    if (last && last.when === row.changed_at && last.kind === kind && !last.rows.some((r) => r.section === row.section)) {
      last.rows.push(row);
    } else {
      moments.push({ when: row.changed_at, kind, rows: [row] });
    }
  }
  return h('ol', { class: 'timeline', id: 'history-timeline' },
    moments.map((m) => entry(m.when, m.rows.slice().reverse())));
}
