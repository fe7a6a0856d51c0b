// Editing a computer (oco.computer.update): a renamed machine keeps its keys, inventory, groups and history; the
// edit itself is recorded in the change history. The server validates; its message is shown next to the form.
import { h, fill, errorBox } from '../dom.js';

/** An "Edit" button that opens the form in place of itself; `done` runs after a successful save. */
export function editComputer(ui, id, general, done) {
  const holder = h('div', { id: 'edit-computer' });
  const open = () => {
    const error = h('div', { id: 'edit-error' });
    const hostname = h('input', { id: 'edit-hostname', name: 'hostname', maxlength: 200, autocomplete: 'off',
      value: general.hostname, 'aria-describedby': 'edit-hostname-help edit-error' });
    const notes = h('textarea', { id: 'edit-notes', name: 'notes', rows: 3, maxlength: 2000 });
    notes.value = general.notes || '';
    fill(holder, h('form', { class: 'stacked', onsubmit: async (event) => {
      event.preventDefault();
      fill(error);
      try {
        await ui.call('oco.computer.update', { id, hostname: hostname.value.trim(), notes: notes.value });
        ui.flash(`Saved ${hostname.value.trim()}`);
        done();
      } catch (e) {
        fill(error, errorBox(e));
        hostname.focus();
      }
    } },
    h('label', { for: 'edit-hostname' }, 'Hostname'), hostname,
    h('p', { id: 'edit-hostname-help', class: 'muted' },
      'Rename when the machine was renamed: its agent then reports the new name and keeps its keys.'),
    h('label', { for: 'edit-notes' }, 'Notes'), notes,
    error,
    h('div', {}, h('button', { type: 'submit', id: 'edit-submit' }, 'Save'), ' ',
      h('button', { type: 'button', id: 'edit-cancel', onclick: closed }, 'Cancel'))));
    hostname.focus();
  };
  const closed = () => fill(holder, h('button', { type: 'button', id: 'edit-open', 'data-needs': 'computers.manage',
    onclick: open }, 'Edit'));
  closed();
  return holder;
}
