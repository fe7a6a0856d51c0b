// Areas that plugin modules fill (computer panels, dashboard widgets): a titled section each, loaded in
// parallel without holding up the page; a module that fails shows its error in its own section only.
import { h, fill, errorBox } from '../dom.js';

/** contributions: [{plugin, title, module}]; args: what render(root, ui, ...args) gets after root and ui. */
export function pluginAreas(ui, contributions, className, ...args) {
  return contributions.map((contribution) => pluginArea(ui, contribution, className, ...args));
}

/** One contribution's section, starting to load at once. */
export function pluginArea(ui, contribution, className, ...args) {
  const body = h('div', {}, h('p', { class: 'muted' }, 'Loading…'));
  load(ui, contribution, body, args);
  return h('section', { class: className, 'data-plugin': contribution.plugin },
    h('h2', {}, contribution.title), body);
}

async function load(ui, contribution, body, args) {
  try {
    const module = await import(contribution.module);
    const root = h('div', {});
    await module.render(root, ui, ...args);
    fill(body, root);
  } catch (error) {
    fill(body, errorBox(`Plugin ${contribution.plugin}: ${error.message}`));
  }
}
