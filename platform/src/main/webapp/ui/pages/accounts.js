// Accounts (permission accounts.manage): who may log in, with which role; create (a generated password is shown
// once), change role, disable, reset password, remove. Roles and their permissions are listed below.
import { h, fill, errorBox, table } from '../dom.js';

export async function accountsPage(root, ui) {
  const message = h('div', { id: 'accounts-message', 'aria-live': 'polite' });
  const list = h('div', {});
  const rolesArea = h('div', {});
  let roles = [];

  async function act(work, done) {
    try {
      const answer = await work();
      const shown = answer && answer.generated_password
        ? [`${done}. Password for ${answer.username} (shown once): `, h('code', { id: 'generated-password' },
          answer.generated_password)] : [done];
      fill(message, h('p', { class: 'ok', role: 'status' }, ...shown));
      await load();
    } catch (error) {
      fill(message, errorBox(error));
    }
  }

  function roleSelect(attributes, selected) {
    return h('select', attributes, roles.map((r) => h('option', { value: r.name, selected: r.name === selected },
      r.name)));
  }

  async function load() {
    const [accounts, roleList] = await Promise.all([ui.call('oco.admin.list'), ui.call('oco.role.list')]);
    roles = roleList.roles;
    fill(list, table([
      { key: 'username', label: 'User name' },
      { key: 'role', label: 'Role', render: (a) => roleSelect({ 'aria-label': `Role of ${a.username}`,
        'data-account-role': a.username, onchange: (event) => act(() => ui.call('oco.admin.update',
          { username: a.username, role: event.target.value }), `${a.username} is now ${event.target.value}`) },
      a.role) },
      { key: 'disabled', label: 'State', render: (a) => (a.disabled ? 'disabled'
        : (a.must_change_password ? 'must change password' : 'active')) },
      { key: 'last_login', label: 'Last login' },
      { key: 'actions', label: 'Action', render: (a) => [
        h('button', { type: 'button', 'data-account-toggle': a.username, onclick: () => act(() => ui.call(
          'oco.admin.update', { username: a.username, disabled: !a.disabled }),
        `${a.username} ${a.disabled ? 'enabled' : 'disabled'}`) }, a.disabled ? 'Enable' : 'Disable'), ' ',
        h('button', { type: 'button', 'data-account-reset': a.username, onclick: () => act(() => ui.call(
          'oco.admin.update', { username: a.username, reset_password: true }), 'Password reset') },
        'Reset password'), ' ',
        h('button', { type: 'button', class: 'danger', 'data-account-remove': a.username, onclick: () => {
          if (window.confirm(`Remove the account ${a.username}?`)) {
            act(() => ui.call('oco.admin.remove', { username: a.username }), `Removed ${a.username}`);
          }
        } }, 'Remove')] },
    ], accounts));
    fill(rolesArea, h('h2', {}, 'Roles'), table([
      { key: 'name', label: 'Role' },
      { key: 'built_in', label: 'Kind', render: (r) => (r.built_in ? 'built in' : 'custom') },
      { key: 'permissions', label: 'Permissions', render: (r) => r.permissions.join(', ') },
    ], roles));
    fill(roleField, ...roleSelect({ id: 'new-account-role', name: 'role' }, 'viewer').childNodes);
  }

  const username = h('input', { id: 'new-account-username', name: 'username', required: true, autocomplete: 'off' });
  const roleField = h('select', { id: 'new-account-role', name: 'role' });
  const create = h('form', { class: 'inline', id: 'new-account', onsubmit: (event) => {
    event.preventDefault();
    act(() => ui.call('oco.admin.create', { username: username.value.trim(), role: roleField.value }),
      `Created ${username.value.trim()}`).then(() => { username.value = ''; });
  } }, h('label', { for: 'new-account-username' }, 'User name'), ' ', username, ' ',
  h('label', { for: 'new-account-role' }, 'Role'), ' ', roleField, ' ',
  h('button', { type: 'submit', id: 'new-account-submit' }, 'Create account'));

  fill(root, h('h1', {}, 'Accounts'), h('p', { class: 'muted' }, 'A new account gets a generated password, shown '
    + 'once; it must choose its own at its first login.'), create, message, list, rolesArea);
  await load();
}
