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
