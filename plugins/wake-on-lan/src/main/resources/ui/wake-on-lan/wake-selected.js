// Computer-list action of the wake-on-lan plugin: wakes the selected computers in one request and shows, per
// computer, its packet and deliveries (or the server's error when none of them can be woken).
import { wakeResults } from './results.js';

export async function run(root, ui, computers) {
  const { h } = ui;
  root.replaceChildren(h('p', { class: 'muted', role: 'status' }, `Waking ${computers.length} computer(s)…`));
  try {
    const answers = await ui.call('oco.computer.wol', { ids: computers.map((c) => c.id) });
    root.replaceChildren(h('div', { id: 'wol-bulk-result' }, wakeResults(h, answers, true)));
  } catch (error) {
    root.replaceChildren(h('p', { class: 'error', role: 'alert', id: 'wol-bulk-result' }, error.message));
  }
}
