// Stored events as a table (newest first, as oco.event.list answers), shared by the event page, the computer
// panel and the dashboard widget. Options: withComputer adds the computer column (not on a computer's own
// page); compact (the dashboard) leaves out the provider and cuts the data to a line (all of it as a tooltip).
const COMPACT_DATA = 80;

function dataText(data, compact) {
  const text = JSON.stringify(data);
  return compact && text.length > COMPACT_DATA ? `${text.slice(0, COMPACT_DATA)}…` : text;
}

// Levels in words: journalctl's are syslog priorities, Windows logs have their own scale (docs/events.md).
const JOURNAL_LEVELS = ['emergency', 'alert', 'critical', 'error', 'warning', 'notice', 'information', 'debug'];
const WINDOWS_LEVELS = { 0: 'always', 1: 'critical', 2: 'error', 3: 'warning', 4: 'information', 5: 'verbose' };

/** "3 error" (journalctl) or "2 error" (Windows): the number and its word for this log. */
export function levelText(log, level) {
  const word = log === 'journalctl' ? JOURNAL_LEVELS[level] : WINDOWS_LEVELS[level];
  return word ? `${level} ${word}` : String(level);
}

/** The state colour of a level: crit for critical/error, warn for warnings, none below. */
function levelClass(log, level) {
  if (log === 'journalctl') return level <= 3 ? 'crit' : level === 4 ? 'warn' : null;
  return level === 1 || level === 2 ? 'crit' : level === 3 ? 'warn' : null;
}

export function eventTable(h, events, { withComputer = false, compact = false } = {}) {
  const headings = ['Time', withComputer ? 'Computer' : null, 'Log', compact ? null : 'Provider', 'Event id',
    'Level', 'Data'].filter((t) => t !== null);
  return h('table', { class: 'events' },
    h('thead', {}, h('tr', {}, headings.map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, events.map((e) => h('tr', { 'data-event': String(e.id) },
      h('td', {}, e.timestamp),
      withComputer ? h('td', {}, h('a', { href: `#/computer/${e.computer_id}` },
        e.computer_hostname || String(e.computer_id))) : null,
      h('td', {}, e.log), compact ? null : h('td', {}, e.provider), h('td', {}, String(e.event_id)),
      h('td', {}, h('span', { class: levelClass(e.log, e.level) ? `state-badge ${levelClass(e.log, e.level)}` : null },
        levelText(e.log, e.level))),
      h('td', {}, h('code', { title: compact ? JSON.stringify(e.data) : null }, dataText(e.data, compact)))))));
}
