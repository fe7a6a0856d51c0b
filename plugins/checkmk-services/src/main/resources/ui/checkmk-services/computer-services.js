// Computer panel of the checkmk-services plugin: the computer's service checks with their metrics, and per
// service its history (every change of state, metrics or details, newest first).
import { summaryCards, metricList, stateBadge, detailsText, metricCharts } from './parts.js';

const HISTORY_ROWS = 50;

function historyTable(ui, answer) {
  const { h } = ui;
  return h('div', { class: 'service-history', 'data-service-history': answer.service.name },
    h('p', { class: 'muted' }, answer.total === 0 ? 'No changes recorded.'
      : `${answer.history.length} most recent of ${answer.total} change(s)`),
    metricCharts(ui, answer.history),
    answer.history.length === 0 ? '' : h('table', {},
      h('thead', {}, h('tr', {}, ['Recorded', 'State', 'Details', 'Metrics'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, answer.history.map((row) => h('tr', {},
        h('td', {}, row.recorded), h('td', {}, stateBadge(h, row)),
        h('td', {}, detailsText(row)),
        h('td', {}, metricList(h, row.metrics)))))));
}

export async function render(root, ui, computer) {
  const { h } = ui;
  const [summary, page] = await Promise.all([
    ui.call('oco.service.summary', { computer_id: computer.id }),
    ui.call('oco.service.list', { computer_id: computer.id, limit: 500 }),
  ]);
  if (page.total === 0) {
    root.replaceChildren(h('p', { class: 'muted', id: 'computer-services-none' }, 'This computer reports no services.'));
    return;
  }
  const columns = ['Service', 'State', 'Details', 'Metrics', 'Changed', 'Last seen', ''];
  root.replaceChildren(
    h('div', { class: 'cards compact' }, summaryCards(h, summary)),
    h('table', { id: 'computer-services' },
      h('thead', {}, h('tr', {}, columns.map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, page.services.map((s) => {
        const historyRow = h('tr', { hidden: true }, h('td', { colspan: columns.length }));
        const toggle = h('button', { type: 'button', 'aria-expanded': 'false', 'data-history': s.name,
          'aria-label': `History of ${s.name}`, onclick: async () => {
            const open = toggle.getAttribute('aria-expanded') === 'true';
            toggle.setAttribute('aria-expanded', String(!open));
            historyRow.hidden = open;
            if (open) return;
            try {
              historyRow.firstChild.replaceChildren(historyTable(ui,
                await ui.call('oco.service.history', { id: s.id, limit: HISTORY_ROWS })));
            } catch (error) {
              historyRow.firstChild.replaceChildren(h('p', { class: 'error', role: 'alert' }, error.message));
            }
          } }, 'History');
        return [h('tr', { 'data-service': s.name },
          h('td', {}, s.name), h('td', {}, stateBadge(h, s)),
          h('td', {}, detailsText(s)),
          h('td', {}, metricList(h, s.metrics)), h('td', {}, s.changed || ''), h('td', {}, s.last_seen || ''),
          h('td', {}, toggle)), historyRow];
      }))),
    page.total > page.services.length ? h('p', { class: 'muted' }, `${page.services.length} of ${page.total} shown`) : '');
}
