// Tabs (WAI-ARIA tab pattern): a tab list of buttons, one panel shown; arrow keys, Home and End move between
// tabs. A panel is built the first time it is shown, so a page with many tabs paints only the one in view.
import { h, fill } from './dom.js';

/**
 * list: [{id, label, count?, render: () => nodes}]; selected: the id shown first (unknown → the first tab);
 * onSelect(id) runs when the user picks another tab (e.g. to put it into the address).
 */
export function tabs(list, selected, onSelect, label) {
  const current = list.some((t) => t.id === selected) ? selected : list[0].id;
  const built = new Set();
  const buttons = new Map();
  const panels = new Map();
  for (const tab of list) {
    buttons.set(tab.id, h('button', { type: 'button', role: 'tab', id: `tab-${tab.id}`, 'data-tab': tab.id,
      'aria-controls': `panel-${tab.id}`, onclick: () => show(tab.id, true), onkeydown: (e) => key(e, tab.id) },
    tab.label, tab.count === undefined ? null : h('span', { class: 'count' }, ` ${tab.count}`)));
    panels.set(tab.id, h('div', { role: 'tabpanel', id: `panel-${tab.id}`, 'aria-labelledby': `tab-${tab.id}`,
      tabindex: 0, class: 'tabpanel' }));
  }

  function show(id, byUser) {
    for (const tab of list) {
      const on = tab.id === id;
      const button = buttons.get(tab.id);
      button.setAttribute('aria-selected', String(on));
      button.tabIndex = on ? 0 : -1;
      panels.get(tab.id).hidden = !on;
      if (on && !built.has(tab.id)) {
        built.add(tab.id);
        fill(panels.get(tab.id), tab.render());
      }
    }
    if (byUser && onSelect) onSelect(id);
  }

  function key(event, id) {
    const at = list.findIndex((t) => t.id === id);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: list.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const target = list[(to + list.length) % list.length].id;
    show(target, true);
    buttons.get(target).focus();
  }

  show(current, false);
  return h('div', { class: 'tabs' },
    h('div', { role: 'tablist', class: 'tablist', 'aria-label': label }, [...buttons.values()]),
    [...panels.values()]);
}
