// Dashboard: computer counts at a glance with online/offline/never as a coloured bar and the OS versions in use
// (one call), the activity over time (loading by itself), how to connect the first agent while there is none, the
// widgets of enabled plugins (each loading by itself), and the installed plugins.
import { h, fill } from '../dom.js';
import { partsBar, barList } from '../chart.js';
import { pluginAreas } from './plugin-areas.js';
import { onboarding } from './onboarding.js';
import { activitySection } from './activity.js';

function card(label, value, href, id) {
  return h('a', { class: 'card', href, id },
    h('span', { class: 'card-value' }, String(value)), h('span', { class: 'card-label' }, label));
}

function computerCharts(s) {
  const offline = Math.max(0, s.total - s.online - s.never_reported);
  return h('div', { class: 'widgets' },
    h('section', { class: 'widget', id: 'computers-by-state' }, h('h2', {}, 'Computers by state'),
      partsBar([{ key: 'online', label: 'Online', count: s.online }, { key: 'offline', label: 'Offline', count: offline },
        { key: 'never', label: 'Never reported', count: s.never_reported }], { label: 'Computers by state' })),
    (s.os || []).length === 0 ? null : h('section', { class: 'widget', id: 'os-distribution' },
      h('h2', {}, 'Operating systems'),
      barList(s.os.map((o) => ({ label: `${o.os || 'unknown'} ${o.os_version || ''}`.trim(), count: o.computers })),
        { label: 'Computers per operating system' })));
}

export async function dashboardPage(root, ui) {
  const [summary, plugins] = await ui.batch([['oco.computer.summary'], ['oco.plugin.list']]);
  if (!summary.ok) throw summary.error;
  const s = summary.data;
  fill(root,
    h('h1', {}, 'Dashboard'),
    s.total === 0 && ui.can('settings.manage') ? onboarding(ui) : null, // for who can set up agents
    h('section', { class: 'cards', 'aria-label': 'Computers' },
      card('computers', s.total, '#/computers', 'count-total'),
      card(`online (contact in the last ${s.online_window_seconds} s)`, s.online, '#/computers', 'count-online'),
      card('never reported', s.never_reported, '#/computers', 'count-never')),
    s.total === 0 ? null : computerCharts(s),
    activitySection(ui),
    h('p', {}, h('a', { href: '#/computers/new', class: 'button', 'data-needs': 'computers.manage' }, 'New computer')),
    h('div', { class: 'widgets' }, pluginAreas(ui, ui.contributions.dashboard_widgets, 'widget')),
    plugins.ok ? h('section', {}, h('h2', {}, 'Plugins'),
      h('ul', { class: 'plain' }, plugins.data.map((p) => h('li', {},
        h('span', { class: `dot ${p.enabled ? 'on' : 'off'}`, 'aria-hidden': 'true' }),
        `${p.id} ${p.version} — ${p.enabled ? 'enabled' : 'disabled'}`)))) : null);
}
