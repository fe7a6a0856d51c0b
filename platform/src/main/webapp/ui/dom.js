// Building DOM without HTML strings: every value from the server ends up as text, never as markup.

/** h('a', {href: '#/x', onclick: fn}, 'text', child, [more]) */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'checked' || name === 'value' || name === 'disabled' || name === 'selected') {
      element[name] = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces the children of an element. */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** A message box for an error (role=alert, read out by screen readers). */
export function errorBox(error) {
  return h('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error));
}

export function formatBytes(value) {
  const n = Number(value);
  if (!Number.isFinite(n) || value === '' || value === null) return value ?? '';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
  return `${v.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}

/** A table of objects: columns [{key, label, render?}], rows [object]. */
export function table(columns, rows, caption) {
  return h('table', {},
    caption ? h('caption', {}, caption) : null,
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col' }, c.label)))),
    h('tbody', {}, rows.map((row) => h('tr', {}, columns.map((c) =>
      h('td', {}, c.render ? c.render(row) : display(row[c.key])))))));
}

export function display(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A "Copy" button that puts text() on the clipboard and says so (falls back to selecting it outside HTTPS). */
export function copyButton(text, label = 'Copy', id = null) {
  const button = h('button', { type: 'button', id, onclick: async () => {
    try {
      await navigator.clipboard.writeText(text());
      button.textContent = 'Copied';
    } catch (error) { // the clipboard API needs HTTPS or localhost: the older way works on plain HTTP
      const area = h('textarea', { 'aria-hidden': 'true', class: 'offscreen' });
      area.value = text();
      document.body.append(area);
      area.select();
      button.textContent = document.execCommand('copy') ? 'Copied' : 'Select and copy the text';
      area.remove();
    }
    setTimeout(() => { button.textContent = label; }, 2000);
  } }, label);
  return button;
}
