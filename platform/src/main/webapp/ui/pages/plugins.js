// Plugins: id, version, state (a refused plugin says which rule it broke); enable/disable takes effect at once (and on other nodes within seconds).
import { h, fill, errorBox, table } from '../dom.js';

export async function pluginsPage(root, ui) {
  const message = h('div', { id: 'plugin-message' });
  const list = h('div', {});

  async function toggle(plugin) {
    try {
      const updated = await ui.call(plugin.enabled ? 'oco.plugin.disable' : 'oco.plugin.enable', { id: plugin.id });
      fill(message, h('p', { class: 'ok', role: 'status' },
        `${updated.id} is now ${updated.enabled ? 'enabled' : 'disabled'}`));
      await ui.refreshNavigation();
      await load();
    } catch (error) {
      fill(message, errorBox(error));
    }
  }

  async function load() {
    const plugins = await ui.call('oco.plugin.list');
    fill(list, plugins.length === 0 ? h('p', { class: 'muted' }, 'No plugins installed.') : table([
      { key: 'id', label: 'Plugin' },
      { key: 'name', label: 'Description' },
      { key: 'version', label: 'Version' },
      { key: 'state', label: 'State', render: (p) => h('span', { 'data-plugin-state': p.id },
        p.state === 'refused' ? `refused: ${p.problem}` : p.enabled ? 'enabled' : `disabled (${p.state})`) },
      { key: 'actions', label: 'Action', render: (p) => p.state === 'refused' ? '' : h('button', { type: 'button',
        'data-needs': 'settings.manage', 'data-plugin-toggle': p.id, onclick: () => toggle(p) },
      p.enabled ? 'Disable' : 'Enable') },
    ], plugins));
  }

  fill(root, h('h1', {}, 'Plugins'), message, list);
  await load();
}
