// Dashboard widget of the checkmk-services plugin: services by state (of all computers), each card leading to
// the services overview.
import { summaryCards } from './parts.js';

export async function render(root, ui) {
  const summary = await ui.call('oco.service.summary');
  root.replaceChildren(ui.h('div', { class: 'cards', id: 'service-summary' },
    summaryCards(ui.h, summary, '#/p/checkmk-services/overview')));
}
