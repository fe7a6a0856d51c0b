// Self-registration page (UiContribution of the self-registration plugin): shows whether agents with unknown
// hostnames may register, and switches it through the plugin's setting.
const KEY = 'self-registration.enabled';

export async function render(root, ui) {
  const { h } = ui;
  const settings = await ui.call('oco.setting.list');
  const setting = settings.find((s) => s.key === KEY);
  const enabled = setting.value === 'true';
  const pinned = setting.source === 'environment';
  const feedback = h('div', {});
  root.replaceChildren(
    h('p', { id: 'self-registration-state' }, enabled
      ? 'Agents with an unknown hostname may register themselves with the registration key.'
      : 'Only pre-registered computers may register; agents with unknown hostnames are refused.'),
    pinned ? h('p', { class: 'muted' }, `Fixed by ${setting.environment} in the server's environment.`)
      : h('button', { type: 'button', id: 'self-registration-toggle', onclick: async () => {
        try {
          await ui.call('oco.setting.set', { key: KEY, value: String(!enabled) });
          await render(root, ui);
        } catch (error) {
          feedback.replaceChildren(h('p', { class: 'error', role: 'alert' }, error.message));
        }
      } }, enabled ? 'Turn self-registration off' : 'Turn self-registration on'),
    feedback);
}
