// The dashboard's activity over time (oco.dashboard.series): computers online, agent check-ins and inventory
// updates over the last 24 hours (per minute) or 7 days (per hour), as SVG charts with the numbers in a table.
import { h, fill, errorBox } from '../dom.js';
import { seriesChart } from '../chart.js';

const RANGES = [{ id: '24h', label: 'Last 24 hours', per: 'minute', rows: 'hour', group: 60 },
  { id: '7d', label: 'Last 7 days', per: 'hour', rows: 'day', group: 24 }];

/** "YYYY-MM-DD HH:MM" of the i-th value: start (the server's wall time) plus i steps. */
function timeOf(series, i) {
  const at = Date.parse(`${series.start.replace(' ', 'T')}Z`) + i * series.step_seconds * 1000;
  return new Date(at).toISOString().slice(0, 16).replace('T', ' ');
}

function hasData(series) {
  return ['online', 'check_ins', 'inventory_updates'].some((key) => series[key].some((v) => v !== null));
}

/** One row per hour (24 h) or day (7 d): the highest online count and the sums, empty where nothing was recorded. */
function numbers(series, range) {
  const rows = [];
  for (let from = 0; from < series.buckets; from += range.group) {
    const part = (key) => series[key].slice(from, from + range.group).filter((v) => v !== null);
    const online = part('online');
    const sum = (key) => (part(key).length ? part(key).reduce((a, b) => a + b, 0) : '');
    rows.push(h('tr', {}, h('th', { scope: 'row' }, timeOf(series, from)),
      h('td', { class: 'number' }, online.length ? String(Math.max(...online)) : ''),
      h('td', { class: 'number' }, String(sum('check_ins'))),
      h('td', { class: 'number' }, String(sum('inventory_updates')))));
  }
  return h('details', { class: 'activity-numbers' }, h('summary', {}, `The numbers per ${range.rows}`),
    h('table', {}, h('caption', {}, `Activity per ${range.rows} (online: the highest count)`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'From'), h('th', { scope: 'col' }, 'Online'),
        h('th', { scope: 'col' }, 'Check-ins'), h('th', { scope: 'col' }, 'Inventory updates'))),
      h('tbody', {}, rows)));
}

function charts(series, range) {
  const times = (i) => timeOf(series, i);
  const figure = (id, caption, values, total) => h('figure', { id },
    h('figcaption', {}, caption), seriesChart(values, { label: caption, times, total }));
  return [h('div', { class: 'metric-charts' },
    figure('chart-online', range.per === 'minute' ? 'Computers online' : 'Computers online (highest per hour)',
      series.online, false),
    figure('chart-check-ins', `Agent check-ins per ${range.per}`, series.check_ins, true),
    figure('chart-inventory-updates', `Inventory updates per ${range.per}`, series.inventory_updates, true)),
  numbers(series, range)];
}

async function show(ui, range) {
  const series = await ui.call('oco.dashboard.series', { range: range.id });
  if (!series.available) return h('p', { class: 'muted', id: 'activity-hidden' }, `${series.reason}.`);
  if (!hasData(series)) {
    return h('p', { class: 'muted', id: 'activity-empty' }, 'No activity recorded yet: the server writes the '
      + 'computers online and the agents\u2019 check-ins once a minute, and the charts fill from then on.');
  }
  return charts(series, range);
}

/** The "Activity" section; loads by itself, so the rest of the dashboard does not wait for it. */
export function activitySection(ui) {
  const body = h('div', {}, h('p', { class: 'muted' }, 'Loading activity…'));
  const buttons = RANGES.map((range) => h('button', { type: 'button', class: 'range', 'data-range': range.id,
    'aria-pressed': String(range.id === '24h'), onclick: () => load(range) }, range.label));
  async function load(range) {
    buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.range === range.id)));
    try {
      fill(body, await show(ui, range));
    } catch (error) {
      fill(body, errorBox(error));
    }
  }
  load(RANGES[0]);
  return h('section', { class: 'widget activity', id: 'activity', 'aria-labelledby': 'activity-title' },
    h('div', { class: 'toolbar' }, h('h2', { id: 'activity-title' }, 'Activity'), h('span', { class: 'spacer' }),
      h('div', { role: 'group', 'aria-label': 'Time span' }, buttons)),
    body);
}
