// Actions on the computers selected in the list: Force update, Add to group, Remove (the platform's, each one
// JSON-RPC batch with the result per computer) and the computer actions of enabled plugins (their own module).
import { h, fill, errorBox } from '../dom.js';
import { allGroups } from './groups.js';

const MAX_SELECTED = 1000; // one request per action: keep it a size the server answers quickly

/** The outcome of a batch, one line per computer: "pc-1: failed reason" or "pc-2: done". */
function perComputer(computers, answers, done) {
  const failed = answers.filter((a) => !a.ok).length;
  return h('div', { id: 'action-result' },
    h('p', { class: failed ? 'error' : 'ok', role: 'status' }, `${done} ${answers.length - failed} computer(s)`,
      failed ? `; ${failed} failed` : ''),
    h('ul', { class: 'plain results' }, answers.map((a, i) => h('li', {
      class: a.ok ? 'ok' : 'error', 'data-result': computers[i].hostname,
    }, `${computers[i].hostname}: ${a.ok ? 'done' : a.error.message}`))));
}

/**
 * The toolbar part with the action buttons. selection: Map id → hostname (kept across pages);
 * message: where results go; reload: shows the list again after a change.
 */
export function computerActions(ui, selection, message, reload) {
  const buttons = [];
  const button = (attributes, label, onclick) => {
    const b = h('button', { type: 'button', 'data-needs': 'computers.manage', ...attributes, onclick }, label);
    buttons.push(b);
    return b;
  };
  /** The selected computers, or null (with a message) when there are none or too many. */
  const selected = () => {
    if (selection.size > MAX_SELECTED) {
      fill(message, errorBox(`${selection.size} computers are selected; an action takes at most ${MAX_SELECTED}`));
      return null;
    }
    return selection.size === 0 ? null : [...selection].map(([id, hostname]) => ({ id, hostname }));
  };

  async function batch(method, data, done, confirmText) {
    const computers = selected();
    if (!computers || (confirmText && !window.confirm(confirmText(computers.length)))) return;
    try {
      const answers = await ui.batch(computers.map((c) => [method, data(c)]));
      selection.clear();
      fill(message, perComputer(computers, answers, done));
      await reload();
    } catch (error) {
      fill(message, errorBox(error));
    }
  }

  const groupSelect = h('select', { id: 'bulk-group', 'data-needs': 'computers.manage', 'aria-label': 'Group to add the selected computers to' },
    h('option', { value: '' }, 'Add to group…'));
  const loadGroups = async () => {
    try {
      const groups = await allGroups(ui);
      fill(groupSelect, h('option', { value: '' }, groups.length === 0 ? 'no groups defined' : 'Add to group…'),
        groups.map((g) => h('option', { value: g.id }, g.path)));
    } catch (error) {
      fill(message, errorBox(error));
    }
  };

  const pluginButtons = ui.contributions.computer_actions.map((action) => button(
    { 'data-action': `${action.plugin}.${action.id}` }, action.title, async () => {
      const computers = selected();
      if (!computers) return;
      const area = h('div', { 'data-action-result': `${action.plugin}.${action.id}` });
      fill(message, area);
      try {
        const module = await import(action.module);
        await module.run(area, ui, computers);
      } catch (error) {
        fill(area, errorBox(`Plugin ${action.plugin}: ${error.message}`));
      }
    }));

  const count = h('span', { class: 'muted', id: 'selected-count' }, 'Selected: ');
  const element = h('span', { class: 'actions' }, count,
    button({ id: 'force-selected' }, 'Force update', () => batch('oco.computer.force_update', (c) => ({ id: c.id }),
      'Force update requested for')),
    pluginButtons,
    groupSelect,
    button({ id: 'add-selected-to-group' }, 'Add to group', () => {
      if (!groupSelect.value) {
        fill(message, errorBox('Choose the group to add the selected computers to'));
        groupSelect.focus();
        return;
      }
      const groupId = Number(groupSelect.value);
      batch('oco.computer.add_to_group', (c) => ({ computer_id: c.id, computer_group_id: groupId }),
        `Added to ${groupSelect.selectedOptions[0].textContent}:`);
    }),
    button({ id: 'remove-selected', class: 'danger' }, 'Remove', () => batch('oco.computer.remove',
      (c) => ({ id: c.id }), 'Removed', (n) => `Remove ${n} computer(s) and all their data?`)));

  return {
    element,
    loadGroups,
    /** Enables the buttons only while something is selected. */
    update: () => {
      buttons.forEach((b) => { b.disabled = selection.size === 0; });
      count.textContent = selection.size === 0 ? 'Selected: ' : `Selected (${selection.size}, on any page): `;
    },
  };
}
