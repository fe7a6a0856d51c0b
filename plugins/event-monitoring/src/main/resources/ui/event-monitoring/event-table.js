// Stored events as a table (newest first, as oco.event.list answers), shared by the event page, the computer
// panel and the dashboard widget. withComputer: add the computer column (not on a computer's own page).
export function eventTable(h, events, withComputer) {
  const headings = ['Time', withComputer ? 'Computer' : null, 'Log', 'Provider', 'Event id', 'Level', 'Data']
    .filter((t) => t !== null);
  return h('table', { class: 'events' },
    h('thead', {}, h('tr', {}, headings.map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, events.map((e) => h('tr', { 'data-event': String(e.id) },
      h('td', {}, e.timestamp),
      withComputer ? h('td', {}, h('a', { href: `#/computer/${e.computer_id}` },
        e.computer_hostname || String(e.computer_id))) : null,
      h('td', {}, e.log), h('td', {}, e.provider), h('td', {}, String(e.event_id)),
      h('td', {}, String(e.level)),
      h('td', {}, h('code', {}, JSON.stringify(e.data)))))));
}
