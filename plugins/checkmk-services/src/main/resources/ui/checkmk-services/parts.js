// Pieces shared by the services page, the computer panel and the dashboard widget.
export const STATES = [['ok', 'OK'], ['warn', 'WARN'], ['crit', 'CRIT'], ['unknown', 'UNKNOWN'], ['stale', 'Stale']];

/** One card per state plus the total, from oco.service.summary; href: where a card leads (optional). */
export function summaryCards(h, summary, href) {
  const card = (id, value, label) => h(href ? 'a' : 'div', { class: 'card', id, href },
    h('span', { class: 'card-value' }, String(value ?? 0)), h('span', { class: 'card-label' }, label));
  return [...STATES.map(([key, label]) => card(`svc-count-${key}`, summary[key], label)),
    card('svc-count-total', summary.total, 'Total')];
}

/** CheckMK metrics "name=value;warn;crit;min;max|…" one per line, with their levels spelled out. */
export function metricList(h, text) {
  if (!text || text === '-') return '';
  return h('ul', { class: 'plain metrics' }, text.split('|').filter((m) => m.trim()).map((metric) => {
    const [name, rest = ''] = metric.trim().split('=', 2);
    const [value, warn, crit, min, max] = rest.split(';');
    const levels = [['warn', warn], ['crit', crit], ['min', min], ['max', max]].filter(([, v]) => v)
      .map(([k, v]) => `${k} ${v}`).join(', ');
    return h('li', {}, h('code', {}, `${name} = ${value ?? ''}`), levels ? ` (${levels})` : '');
  }));
}

/** A service's state as shown everywhere: "CRIT", "WARN (stale)". */
export function stateText(service) {
  return service.stale ? `${service.status_text} (stale)` : service.status_text;
}

/** A check's details with the server's note (e.g. why it is stale). */
export function detailsText(row) {
  return row.note ? `${row.details} — ${row.note}` : row.details;
}
