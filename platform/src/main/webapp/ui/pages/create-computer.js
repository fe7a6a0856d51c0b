// Pre-registration: the agent with exactly this hostname gets its keys on its first contact. The server
// validates (empty, too long, duplicate); its message is shown next to the field.
import { h, fill, errorBox } from '../dom.js';

export async function createComputerPage(root, ui) {
  const error = h('div', { id: 'create-error' });
  const hostname = h('input', { id: 'hostname', name: 'hostname', maxlength: 200, autocomplete: 'off',
    'aria-describedby': 'hostname-help create-error' });
  const notes = h('textarea', { id: 'notes', name: 'notes', rows: 3, maxlength: 2000 });
  const agentKey = h('input', { id: 'agent-key', name: 'agent_key', maxlength: 255, autocomplete: 'off' });
  const serverKey = h('input', { id: 'server-key', name: 'server_key', maxlength: 255, autocomplete: 'off' });
  const form = h('form', { class: 'stacked', onsubmit: async (event) => {
    event.preventDefault();
    fill(error);
    try {
      const data = { hostname: hostname.value.trim(), notes: notes.value };
      if (agentKey.value.trim()) data.agent_key = agentKey.value.trim();
      if (serverKey.value.trim()) data.server_key = serverKey.value.trim();
      const created = await ui.call('oco.computer.create', data);
      ui.flash(`Created ${hostname.value.trim()}`);
      ui.go(`#/computer/${created.id}`);
    } catch (e) {
      fill(error, errorBox(e));
      hostname.setAttribute('aria-invalid', 'true');
      hostname.focus();
    }
  } },
  h('label', { for: 'hostname' }, 'Hostname'), hostname,
  h('p', { id: 'hostname-help', class: 'muted' },
    'Exactly the hostname the agent reports (at most 200 characters, unique).'),
  h('label', { for: 'notes' }, 'Notes'), notes,
  h('details', { id: 'own-keys' }, h('summary', {}, 'Own agent and server key (optional)'),
    h('p', { class: 'muted' }, 'For an agent that already has keys, e.g. from another OCO server: it then signs '
      + 'with them and needs no registration. 16 to 255 characters without spaces.'),
    h('label', { for: 'agent-key' }, 'Agent key'), agentKey,
    h('label', { for: 'server-key' }, 'Server key'), serverKey),
  error,
  h('div', {}, h('button', { type: 'submit', id: 'create-submit' }, 'Create'), ' ',
    h('a', { href: '#/computers' }, 'Cancel')));
  fill(root, h('p', { class: 'crumbs' }, h('a', { href: '#/computers' }, 'Computers'), ' › '),
    h('h1', {}, 'New computer'), form);
  setTimeout(() => hostname.focus(), 0);
}
