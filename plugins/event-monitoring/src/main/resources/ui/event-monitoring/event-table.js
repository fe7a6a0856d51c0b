// Stored events as a table (newest first, as oco.event.list answers), shared by the event page, the computer
// panel and the dashboard widget. Options: withComputer adds the computer column (not on a computer's own
// page); compact (the dashboard) leaves out the provider and cuts the data to a line (all of it as a tooltip).
const COMPACT_DATA = 80;

function dataText(data, compact) {
  const text = JSON.stringify(data);
  return compact && text.length > COMPACT_DATA ? `${text.slice(0, COMPACT_DATA)}…` : text;
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
      h('td', {}, String(e.level)),
      h('td', {}, h('code', { title: compact ? JSON.stringify(e.data) : null }, dataText(e.data, compact)))))));
}
