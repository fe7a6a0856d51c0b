// Online / offline / never at a glance. "online" comes from the server (last contact within its window), so
// the browser's clock and time zone do not matter.
import { h } from '../dom.js';

export function statusOf(computer) {
  if (!computer.last_ping) return 'never';
  return computer.online ? 'online' : 'offline';
}

const LABELS = { online: 'Online', offline: 'Offline', never: 'Never reported' };

export function statusBadge(status) {
  return h('span', { class: `badge ${status}` }, h('span', { class: 'dot', 'aria-hidden': 'true' }), LABELS[status]);
}
