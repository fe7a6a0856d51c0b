// Dashboard: computer counts at a glance (one query), the widgets of enabled plugins (each loading by itself),
// and the installed plugins.
import { h, fill } from '../dom.js';
import { pluginAreas } from './plugin-areas.js';

function card(label, value, href, id) {
  return h('a', { class: 'card', href, id },
    h('span', { class: 'card-value' }, String(value)), h('span', { class: 'card-label' }, label));
}

export async function dashboardPage(root, ui) {
  const [summary, plugins] = await ui.batch([['oco.computer.summary'], ['oco.plugin.list']]);
  if (!summary.ok) throw summary.error;
  const s = summary.data;
  fill(root,
    h('h1', {}, 'Dashboard'),
    h('section', { class: 'cards', 'aria-label': 'Computers' },
      card('computers', s.total, '#/computers', 'count-total'),
      card(`online (contact in the last ${s.online_window_seconds} s)`, s.online, '#/computers', 'count-online'),
      card('never reported', s.never_reported, '#/computers', 'count-never')),
    h('p', {}, h('a', { href: '#/computers/new', class: 'button', 'data-needs': 'computers.manage' }, 'New computer')),
    h('div', { class: 'widgets' }, pluginAreas(ui, ui.contributions.dashboard_widgets, 'widget')),
    plugins.ok ? h('section', {}, h('h2', {}, 'Plugins'),
      h('ul', { class: 'plain' }, plugins.data.map((p) => h('li', {},
        h('span', { class: `dot ${p.enabled ? 'on' : 'off'}`, 'aria-hidden': 'true' }),
        `${p.id} ${p.version} — ${p.enabled ? 'enabled' : 'disabled'}`)))) : null);
}
