// Computer panel of the wake-on-lan plugin: a wake button with the result per delivery target.
import { wakeResults } from './results.js';

export async function render(root, ui, computer) {
  const { h } = ui;
  const result = h('div', { id: 'wol-result' });
  root.replaceChildren(h('button', { type: 'button', id: 'wol-wake', onclick: async () => {
    result.replaceChildren(h('p', { class: 'muted', role: 'status' }, 'Sending…'));
    try {
      result.replaceChildren(...wakeResults(h, await ui.call('oco.computer.wol', { id: computer.id }), false));
    } catch (error) {
      result.replaceChildren(h('p', { class: 'error', role: 'alert' }, error.message));
    }
  } }, 'Wake up'), result);
}
