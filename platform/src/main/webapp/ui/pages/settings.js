// Settings, from their declarations: value edited by type, validated by the server (its message is shown on
// the row), secrets never shown, settings pinned by the server's environment read-only. Also the registration
// key's rotation and the computer commands (their own modules).
import { h, fill, errorBox } from '../dom.js';
import { registrationKeySection } from './registration-key.js';
import { computerCommandsSection } from './computer-commands.js';

const REGISTRATION_KEY = 'agent.registration-key';

/** "wake-on-lan.broadcast-addresses" → "Broadcast addresses" (the key itself is shown under it). */
function label(setting) {
  const prefix = `${setting.owner}.`;
  const name = setting.key.startsWith(prefix) ? setting.key.slice(prefix.length) : setting.key;
  return name.replace(/[-._]/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

function editor(setting) {
  const id = `setting-${setting.key}`;
  if (setting.type === 'boolean') {
    return h('select', { id, 'aria-label': label(setting) },
      h('option', { value: 'true', selected: setting.value === 'true' }, 'true'),
      h('option', { value: 'false', selected: setting.value !== 'true' }, 'false'));
  }
  return h('input', { id, 'aria-label': label(setting), inputmode: setting.type === 'integer' ? 'numeric' : null,
    type: setting.secret ? 'password' : 'text', autocomplete: 'off',
    value: setting.secret ? '' : setting.value, placeholder: setting.secret ? 'unchanged (secret)' : null });
}

/** What the server accepts beyond the type, in words ("1 to 65535", "at least 16 characters"), or null. */
function allowed(setting) {
  if (setting.min !== undefined && setting.max !== undefined) return `${setting.min} to ${setting.max}`;
  if (setting.min !== undefined) return `at least ${setting.min}`;
  if (setting.max !== undefined) return `at most ${setting.max}`;
  return setting.hint || null;
}

function row(setting, ui, reload) {
  const pinned = setting.source === 'environment';
  const feedback = h('div', { class: 'feedback', id: `feedback-${setting.key}` });
  const input = editor(setting);
  input.disabled = pinned;
  const save = h('button', { type: 'submit', disabled: pinned }, 'Save');
  return h('tr', { 'data-setting': setting.key },
    h('th', { scope: 'row' }, h('span', { class: 'setting-label' }, label(setting)), ' ',
      h('code', { class: 'setting-key' }, setting.key), h('div', { class: 'muted' }, setting.description),
      allowed(setting) ? h('div', { class: 'muted', 'data-setting-allowed': setting.key },
        `Allowed: ${allowed(setting)}`) : null),
    h('td', {}, h('form', { class: 'inline', onsubmit: async (event) => {
      event.preventDefault();
      fill(feedback);
      if (setting.secret && input.value === '') {
        fill(feedback, errorBox('Enter a new value to replace the secret'));
        return;
      }
      try {
        await ui.call('oco.setting.set', { key: setting.key, value: input.value });
        await reload(`Saved ${setting.key}`);
      } catch (error) {
        fill(feedback, errorBox(error));
        input.setAttribute('aria-invalid', 'true');
      }
    } }, input, ' ', save), feedback),
    h('td', {}, pinned ? `environment (${setting.environment})` : setting.source),
    h('td', {}, h('code', {}, setting.secret ? '••••' : setting.default)));
}

/** An in-page link that does not touch the router's hash. */
function jump(id) {
  return (event) => {
    event.preventDefault();
    const target = document.getElementById(id);
    target.scrollIntoView();
    target.querySelector('button, input')?.focus();
  };
}

export async function settingsPage(root, ui) {
  const message = h('div', { id: 'settings-message' });
  const groups = h('div', { id: 'setting-groups' });
  const keyArea = h('div', {});
  const commands = computerCommandsSection(ui);

  async function load(done) {
    const settings = await ui.call('oco.setting.list');
    // one table per owner: the server's own settings first, then each plugin's
    const owners = [...new Set(settings.map((s) => s.owner))]
      .sort((a, b) => (a === 'core' ? -1 : b === 'core' ? 1 : a.localeCompare(b)));
    fill(groups, owners.map((owner) => h('section', { class: 'setting-group', 'data-owner': owner },
      h('h2', {}, owner === 'core' ? 'Server' : `Plugin ${owner}`),
      h('table', { class: 'settings' },
        h('thead', {}, h('tr', {}, ['Setting', 'Value', 'Source', 'Default'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, settings.filter((s) => s.owner === owner).map((s) => row(s, ui, load)))))));
    fill(message, done ? h('p', { class: 'ok', role: 'status' }, done) : null);
    const key = settings.find((s) => s.key === REGISTRATION_KEY);
    fill(keyArea, key ? registrationKeySection(ui, key) : null);
  }

  fill(root, h('h1', {}, 'Settings'),
    h('p', { class: 'muted' }, 'Settings fixed in the server\'s environment are read-only here. '
      + 'Secret values are never shown; enter a new one to replace it.'),
    h('p', {}, 'Further down: ', h('a', { href: '#registration-key', onclick: jump('registration-key') },
      'Agent registration key'), ' · ', h('a', { href: '#computer-commands', onclick: jump('computer-commands') },
      'Computer commands')),
    message,
    groups,
    keyArea, commands.element);
  await Promise.all([load(), commands.load()]);
}
