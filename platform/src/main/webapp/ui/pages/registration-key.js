// The agent registration key on the settings page: "Rotate" lets the server make a new random key, which is
// shown this once (the API never sends it again); refused while the server's environment pins the key.
import { h, fill, errorBox } from '../dom.js';

export function registrationKeySection(ui, setting) {
  const result = h('div', { id: 'registration-key-result' });
  const pinned = setting.source === 'environment';
  const rotate = h('button', { type: 'button', id: 'rotate-registration-key', disabled: pinned, onclick: async () => {
    if (!window.confirm('Replace the agent registration key by a new random one? Agents that already registered '
      + 'keep working; new agents need the new key.')) return;
    try {
      const { key } = await ui.call('oco.registration_key.rotate');
      const field = h('input', { id: 'new-registration-key', readonly: true, value: key, size: key.length + 2,
        'aria-label': 'New registration key', onfocus: (e) => e.target.select() });
      fill(result, h('div', { class: 'ok', role: 'status' },
        h('p', {}, 'New registration key — copy it now, it is not shown again:'), field));
      field.focus();
    } catch (error) {
      fill(result, errorBox(error));
    }
  } }, 'Rotate key');
  return h('section', { class: 'inventory', id: 'registration-key' }, h('h2', {}, 'Agent registration key'),
    h('p', { class: 'muted' }, 'Agents sign their first contact with this key. It is never shown; rotating makes '
      + 'the server generate a new one and shows it once.'),
    pinned ? h('p', { class: 'muted', id: 'registration-key-pinned' },
      `Fixed by ${setting.environment} in the server's environment: change it there.`) : null,
    rotate, result);
}
