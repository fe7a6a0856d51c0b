// Pre-registration: the agent with exactly this hostname gets its keys on its first contact. The server
// validates (empty, too long, duplicate); its message is shown next to the field.
import { h, fill, errorBox } from '../dom.js';

export async function createComputerPage(root, ui) {
  const error = h('div', { id: 'create-error' });
  const hostname = h('input', { id: 'hostname', name: 'hostname', maxlength: 200, autocomplete: 'off',
    'aria-describedby': 'hostname-help create-error' });
  const notes = h('textarea', { id: 'notes', name: 'notes', rows: 3, maxlength: 2000 });
  const form = h('form', { class: 'stacked', onsubmit: async (event) => {
    event.preventDefault();
    fill(error);
    try {
      const created = await ui.call('oco.computer.create', { hostname: hostname.value.trim(), notes: notes.value });
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
  error,
  h('div', {}, h('button', { type: 'submit', id: 'create-submit' }, 'Create'), ' ',
    h('a', { href: '#/computers' }, 'Cancel')));
  fill(root, h('p', { class: 'crumbs' }, h('a', { href: '#/computers' }, 'Computers'), ' › '),
    h('h1', {}, 'New computer'), form);
  setTimeout(() => hostname.focus(), 0);
}
