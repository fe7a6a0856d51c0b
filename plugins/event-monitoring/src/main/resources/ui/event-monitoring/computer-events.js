// Computer panel of the event-monitoring plugin: the computer's most recent stored events.
import { eventTable } from './event-table.js';

const RECENT = 20;

export async function render(root, ui, computer) {
  const { h } = ui;
  const answer = await ui.call('oco.event.list', { computer_id: computer.id, limit: RECENT });
  root.replaceChildren(
    h('p', { class: 'muted', id: 'computer-event-count' }, answer.total === 0 ? 'No events stored for this computer.'
      : `The ${answer.events.length} most recent of ${answer.total} event(s); all of them on the `,
    answer.total === 0 ? '' : h('a', { href: `#/p/event-monitoring/events?hostname=${encodeURIComponent(computer.hostname)}` },
      'Events'),
    answer.total === 0 ? '' : ' page.'),
    answer.events.length === 0 ? '' : eventTable(h, answer.events));
}
