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

/** The state as a coloured badge that says it in words too (the platform's state colours). */
export function stateBadge(h, service) {
  const key = service.stale ? 'stale' : String(service.status_text || 'unknown').toLowerCase();
  return h('span', { class: `state-badge ${key}` }, stateText(service));
}

/** Metrics text → [{name, value, warn, crit}] with numbers (NaN when not a number). */
export function parseMetrics(text) {
  if (!text || text === '-') return [];
  return text.split('|').filter((m) => m.trim()).map((metric) => {
    const [name, rest = ''] = metric.trim().split('=', 2);
    const [value, warn, crit] = rest.split(';').map((v) => parseFloat(v));
    return { name, value, warn, crit };
  });
}

/**
 * One line chart per metric of a service's history (rows newest first, as oco.service.history answers), each
 * with the warn/crit levels of the newest row: one point per recorded value.
 */
export function metricCharts(ui, rows) {
  const byName = new Map();
  for (const row of rows.slice().reverse()) {
    for (const m of parseMetrics(row.metrics)) {
      if (!Number.isFinite(m.value)) continue;
      if (!byName.has(m.name)) byName.set(m.name, { points: [], warn: undefined, crit: undefined });
      const series = byName.get(m.name);
      series.points.push({ time: row.recorded, value: m.value });
      series.warn = m.warn;
      series.crit = m.crit;
    }
  }
  if (byName.size === 0) return '';
  return ui.h('div', { class: 'metric-charts' }, [...byName.entries()].map(([name, s]) => ui.h('figure',
    { 'data-metric': name }, ui.h('figcaption', {}, name),
    ui.charts.line(s.points, { label: name, warn: s.warn, crit: s.crit }))));
}

/** A check's details with the server's note (e.g. why it is stale). */
export function detailsText(row) {
  return row.note ? `${row.details} — ${row.note}` : row.details;
}
