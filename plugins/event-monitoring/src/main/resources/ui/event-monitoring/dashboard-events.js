// Dashboard widget of the event-monitoring plugin: the newest events of all computers.
import { eventTable } from './event-table.js';

const RECENT = 10;

export async function render(root, ui) {
  const { h } = ui;
  const answer = await ui.call('oco.event.list', { limit: RECENT });
  root.replaceChildren(
    answer.total === 0 ? h('p', { class: 'muted', id: 'recent-events-none' }, 'No events stored.')
      : eventTable(h, answer.events, { withComputer: true, compact: true }),
    h('p', {}, h('a', { href: '#/p/event-monitoring/events', id: 'recent-events-all' },
      `All ${answer.total} event(s)`)));
}
