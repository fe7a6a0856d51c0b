// Computer panel of the wake-on-lan plugin: a wake button with the result per delivery target.
export async function render(root, ui, computer) {
  const { h } = ui;
  const result = h('div', { id: 'wol-result' });
  root.replaceChildren(h('button', { type: 'button', id: 'wol-wake', onclick: async () => {
    result.replaceChildren(h('p', { class: 'muted', role: 'status' }, 'Sending…'));
    try {
      const answers = await ui.call('oco.computer.wol', { id: computer.id });
      result.replaceChildren(...answers.map((a) => h('div', {},
        a.error ? h('p', { class: 'error', role: 'alert' }, a.error)
          : h('p', { class: 'ok', role: 'status' }, `Magic packet for ${a.macs.join(', ')}`),
        h('ul', { class: 'plain' }, (a.deliveries || []).map((d) => h('li', { class: d.ok ? 'ok' : 'error' },
          `${d.via} ${d.target}: ${d.ok ? 'sent' : d.error}`)),
        (a.skipped || []).map((s) => h('li', { class: 'muted' }, `skipped ${s.value}: ${s.reason}`))))));
    } catch (error) {
      result.replaceChildren(h('p', { class: 'error', role: 'alert' }, error.message));
    }
  } }, 'Wake up'), result);
}
