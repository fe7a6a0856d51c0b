// Computer commands on the settings page: the built-in and plugin commands (read-only) and the admins' own URL
// templates (add, edit, remove), validated by the server (scheme, placeholders) with its message shown.
import { h, fill, errorBox, table } from '../dom.js';

const PLACEHOLDERS = '$$TARGET$$ or $$HOSTNAME$$ (hostname), $$ADDRESS$$ (network address), $$ID$$';

export function computerCommandsSection(ui) {
  const message = h('div', { id: 'command-message' });
  const list = h('div', { id: 'command-list' });
  const label = h('input', { id: 'command-label', maxlength: 200, autocomplete: 'off' });
  const template = h('input', { id: 'command-template', maxlength: 1000, size: 50, autocomplete: 'off',
    placeholder: 'https://$$ADDRESS$$:8443/' });
  const submit = h('button', { type: 'submit', id: 'command-submit' }, 'Add command');
  const cancel = h('button', { type: 'button', id: 'command-cancel', hidden: true, onclick: () => edit(null) }, 'Cancel');
  let editing = null;

  function edit(command) {
    editing = command;
    label.value = command ? command.label : '';
    template.value = command ? command.template : '';
    template.removeAttribute('aria-invalid');
    submit.textContent = command ? `Save ${command.label}` : 'Add command';
    cancel.hidden = !command;
    if (command) label.focus();
  }

  async function change(method, data, done) {
    try {
      await ui.call(method, data);
      edit(null);
      await load();
      fill(message, h('p', { class: 'ok', role: 'status' }, done));
    } catch (error) {
      fill(message, errorBox(error));
      template.setAttribute('aria-invalid', 'true');
    }
  }

  async function load() {
    const commands = await ui.call('oco.computer_command.list');
    fill(list, table([
      { key: 'label', label: 'Label' },
      { key: 'template', label: 'URL template', render: (c) => h('code', {}, c.template) },
      { key: 'source', label: 'Source' },
      { key: 'actions', label: 'Action', render: (c) => (c.source !== 'admin' ? '' : [
        h('button', { type: 'button', 'data-edit-command': c.label, onclick: () => edit(c) }, 'Edit'), ' ',
        h('button', { type: 'button', class: 'danger', 'data-remove-command': c.label, onclick: () => {
          if (window.confirm(`Remove the command ${c.label}?`)) {
            change('oco.computer_command.remove', { id: c.command_id }, `Removed ${c.label}`);
          }
        } }, 'Remove')]) },
    ], commands));
  }

  const form = h('form', { class: 'stacked', id: 'command-form', onsubmit: (event) => {
    event.preventDefault();
    const data = { label: label.value.trim(), template: template.value.trim() };
    if (editing) change('oco.computer_command.update', { id: editing.command_id, ...data }, `Saved ${data.label}`);
    else change('oco.computer_command.create', data, `Added ${data.label}`);
  } },
  h('label', { for: 'command-label' }, 'Label'), label,
  h('label', { for: 'command-template' }, 'URL template'), template,
  h('p', { class: 'muted' }, `Placeholders: ${PLACEHOLDERS}. The URL must start with a scheme (ssh:, https:, …).`),
  h('div', {}, submit, ' ', cancel));

  return { element: h('section', { class: 'inventory', id: 'computer-commands' }, h('h2', {}, 'Computer commands'),
    h('p', { class: 'muted' }, 'Links shown on every computer\'s page, with the placeholders filled for it.'),
    message, list, form), load };
}
