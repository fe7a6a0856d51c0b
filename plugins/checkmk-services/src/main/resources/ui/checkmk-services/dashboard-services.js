// Dashboard widget of the checkmk-services plugin: services by state (of all computers) as a coloured bar with
// the count of each state in words, and cards leading to the services overview.
import { summaryCards, STATES } from './parts.js';

export async function render(root, ui) {
  const summary = await ui.call('oco.service.summary');
  root.replaceChildren(
    ui.charts.parts(STATES.map(([key, label]) => ({ key, label, count: summary[key] || 0 })),
      { label: 'Services by state' }),
    ui.h('div', { class: 'cards', id: 'service-summary' },
      summaryCards(ui.h, summary, '#/p/checkmk-services/overview')));
}
