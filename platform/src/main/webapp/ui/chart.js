// Charts as hand-made SVG (no library, no build step): a line chart of values over time with warn/crit levels,
// and a bar of parts (e.g. services by state). Every chart has a text alternative: colour is never the only cue.
import { h } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) element.setAttribute(name, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined) element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

function round(value) {
  return Math.abs(value) >= 100 ? Math.round(value) : Number(value.toPrecision(3));
}

/**
 * A line chart. points: [{time (text shown), value (number)}] oldest first; levels: {warn, crit} (numbers or
 * undefined); label: what is measured (for screen readers and the title). One circle per point, each with its
 * time and value as a tooltip.
 */
export function lineChart(points, { label = 'Values', warn, crit, width = 560, height = 180 } = {}) {
  const left = 48;
  const right = 64;
  const top = 12;
  const bottom = 24;
  const values = points.map((p) => p.value);
  const levels = [warn, crit].filter((v) => Number.isFinite(v));
  let min = Math.min(...values, ...levels);
  let max = Math.max(...values, ...levels);
  if (min > 0 && min < max / 2) min = 0;
  if (min === max) { min -= 1; max += 1; }
  const x = (i) => left + (points.length === 1 ? (width - left - right) / 2 : i * (width - left - right) / (points.length - 1));
  const y = (v) => top + (height - top - bottom) * (1 - (v - min) / (max - min));
  const level = (value, name) => (Number.isFinite(value) ? svg('g', { class: `level ${name}` },
    svg('line', { x1: left, x2: width - right, y1: y(value), y2: y(value) }),
    svg('text', { x: width - right + 4, y: y(value) + 4 }, `${name} ${round(value)}`)) : null);
  const state = (v) => (Number.isFinite(crit) && v >= crit ? 'crit' : Number.isFinite(warn) && v >= warn ? 'warn' : 'ok');
  const summary = `${label}: ${points.length} value(s) from ${points[0]?.time ?? '–'} to ${points[points.length - 1]?.time ?? '–'}`
    + `, lowest ${round(Math.min(...values))}, highest ${round(Math.max(...values))}`
    + (Number.isFinite(warn) ? `, warn at ${round(warn)}` : '') + (Number.isFinite(crit) ? `, crit at ${round(crit)}` : '');
  return svg('svg', { class: 'chart line-chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': summary,
    'data-points': points.length },
  svg('title', {}, summary),
  svg('g', { class: 'axis' },
    svg('line', { x1: left, x2: left, y1: top, y2: height - bottom }),
    svg('line', { x1: left, x2: width - right, y1: height - bottom, y2: height - bottom }),
    svg('text', { x: left - 4, y: top + 4, 'text-anchor': 'end' }, round(max)),
    svg('text', { x: left - 4, y: height - bottom, 'text-anchor': 'end' }, round(min)),
    svg('text', { x: left, y: height - 6 }, points[0]?.time ?? ''),
    points.length > 1 ? svg('text', { x: width - right, y: height - 6, 'text-anchor': 'end' }, points[points.length - 1].time) : null),
  level(warn, 'warn'), level(crit, 'crit'),
  svg('polyline', { class: 'series', points: points.map((p, i) => `${x(i)},${y(p.value)}`).join(' ') }),
  points.map((p, i) => svg('circle', { class: `point ${state(p.value)}`, cx: x(i), cy: y(p.value), r: 3.5 },
    svg('title', {}, `${p.time}: ${p.value}`))));
}

/**
 * A horizontal bar of parts: [{key, label, count}] (key picks the colour class, e.g. ok/warn/crit), with a legend
 * that names each part and its count, so the bar is readable without telling colours apart.
 */
export function partsBar(parts, { label = 'Parts' } = {}) {
  const total = parts.reduce((sum, p) => sum + p.count, 0);
  let at = 0;
  const bar = svg('svg', { class: 'chart parts-bar', viewBox: '0 0 100 6', preserveAspectRatio: 'none', role: 'img',
    'aria-label': `${label}: ${parts.map((p) => `${p.label} ${p.count}`).join(', ')}` },
  parts.filter((p) => p.count > 0).map((p) => {
    const width = (100 * p.count) / total;
    const rect = svg('rect', { class: `part ${p.key}`, x: at, y: 0, width, height: 6 }, svg('title', {}, `${p.label}: ${p.count}`));
    at += width;
    return rect;
  }));
  return h('figure', { class: 'parts' }, total === 0 ? null : bar,
    h('figcaption', {}, h('ul', { class: 'legend' }, parts.map((p) => h('li', { 'data-part': p.key },
      h('span', { class: `swatch ${p.key}`, 'aria-hidden': 'true' }), `${p.label} ${p.count}`)))));
}

/** Labelled horizontal bars, longest first as given: [{label, count}] (e.g. computers per OS). */
export function barList(items, { label = 'Counts' } = {}) {
  const max = Math.max(1, ...items.map((i) => i.count));
  return h('table', { class: 'bar-list', 'aria-label': label },
    h('tbody', {}, items.map((item) => h('tr', {},
      h('th', { scope: 'row' }, item.label),
      h('td', { class: 'bar' }, svg('svg', { viewBox: '0 0 100 4', preserveAspectRatio: 'none', 'aria-hidden': 'true' },
        svg('rect', { x: 0, y: 0, height: 4, width: (100 * item.count) / max }))),
      h('td', { class: 'number' }, String(item.count))))));
}

/** The smallest of 1, 2, 5 × 10^n at or above value (so the axis reads in round numbers). */
function roundUp(value) {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((f) => f * power).find((v) => v >= value);
}

/**
 * Values at equal steps over time, e.g. a count per minute: values (numbers, null where nothing was recorded: a gap
 * in the line), times(i) → the text of the i-th value's time, label (the title). From 0 up to a round maximum; the
 * text alternative (title, desc, aria-label) gives the span and the latest, lowest, highest value and the total.
 */
export function seriesChart(values, { label, times, total = false, width = 560, height = 150 }) {
  const left = 44;
  const right = 12;
  const top = 10;
  const bottom = 22;
  const known = values.filter((v) => v !== null && v !== undefined);
  const max = roundUp(Math.max(0, ...known));
  const n = values.length;
  const x = (i) => left + (n === 1 ? 0 : (i * (width - left - right)) / (n - 1));
  const y = (v) => top + (height - top - bottom) * (1 - v / max);
  const segments = [];
  values.forEach((v, i) => {
    if (v === null || v === undefined) return;
    const previous = values[i - 1];
    if (i === 0 || previous === null || previous === undefined) segments.push([]);
    segments[segments.length - 1].push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  });
  const latest = [...values].reverse().find((v) => v !== null && v !== undefined);
  const summary = `${label}, ${times(0)} to ${times(n - 1)}: `
    + (known.length === 0 ? 'nothing recorded'
      : `latest ${latest}, lowest ${Math.min(...known)}, highest ${Math.max(...known)}`
        + (total ? `, ${known.reduce((a, b) => a + b, 0)} in all` : '')
        + (known.length < n ? `; nothing recorded for ${n - known.length} of ${n}` : ''));
  return svg('svg', { class: 'chart series-chart', viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': summary, 'data-latest': latest ?? '', 'data-highest': known.length ? Math.max(...known) : '' },
  svg('title', {}, label),
  svg('desc', {}, summary),
  svg('g', { class: 'grid' }, (max % 2 === 0 ? [0, max / 2, max] : [0, max]).map((v) => svg('g', {},
    svg('line', { x1: left, x2: width - right, y1: y(v), y2: y(v) }),
    svg('text', { x: left - 4, y: y(v) + 4, 'text-anchor': 'end' }, round(v))))),
  svg('g', { class: 'times' },
    svg('text', { x: left, y: height - 6 }, times(0)),
    svg('text', { x: (left + width - right) / 2, y: height - 6, 'text-anchor': 'middle' }, times(Math.floor((n - 1) / 2))),
    svg('text', { x: width - right, y: height - 6, 'text-anchor': 'end' }, times(n - 1))),
  segments.map((points) => (points.length === 1
    ? svg('circle', { class: 'series', cx: points[0].split(',')[0], cy: points[0].split(',')[1], r: 2 })
    : svg('polyline', { class: 'series', points: points.join(' ') }))));
}
