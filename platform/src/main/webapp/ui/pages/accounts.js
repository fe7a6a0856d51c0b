// Accounts (permission accounts.manage): who may log in, with which role and which computers (all, or some computer
// groups with their subgroups); create (a generated password is shown once), change role or groups, disable, reset
// password, remove. Roles and their permissions are listed below, with a form to make or change a custom role.
import { h, fill, errorBox, table } from '../dom.js';
import { allGroups } from './groups.js';

export async function accountsPage(root, ui) {
  const message = h('div', { id: 'accounts-message', 'aria-live': 'polite' });
  const list = h('div', {});
  const rolesArea = h('div', {});
  const roleFormArea = h('div', {});
  let roles = [];
  let permissions = [];
  let groups = [];

  /** A list to pick computer groups from; none picked = every computer. */
  function groupSelect(attributes, selected) {
    return h('select', { multiple: true, size: Math.min(6, Math.max(2, groups.length)), ...attributes },
      groups.map((g) => h('option', { value: g.id, selected: selected.includes(g.id) }, g.path)));
  }

  function picked(select) {
    const ids = [...select.selectedOptions].map((o) => Number(o.value));
    return ids.length === 0 ? null : ids;
  }

  function scopeText(ids) {
    if (ids === null || ids === undefined) return 'all computers';
    if (ids.length === 0) return 'none (its groups were removed)';
    return ids.map((id) => (groups.find((g) => g.id === id) || { path: `group ${id}` }).path).join(', ');
  }

  function scopeEditor(a) {
    if (a.role === 'administrator') return 'all computers';
    const select = groupSelect({ 'aria-label': `Computer groups of ${a.username}`, 'data-account-scope': a.username },
      a.computer_group_ids || []);
    return h('details', {}, h('summary', {}, scopeText(a.computer_group_ids)), select, ' ',
      h('button', { type: 'button', 'data-account-scope-save': a.username, onclick: () => act(() => ui.call(
        'oco.admin.update', { username: a.username, computer_group_ids: picked(select) }),
      `${a.username} now sees ${scopeText(picked(select))}`) }, 'Save groups'));
  }

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
    const [accounts, roleList, groupList] = await Promise.all([ui.call('oco.admin.list'), ui.call('oco.role.list'),
      allGroups(ui)]);
    roles = roleList.roles;
    permissions = roleList.permissions.filter((p) => p.id !== 'signed_in');
    groups = groupList;
    fill(list, table([
      { key: 'username', label: 'User name' },
      { key: 'role', label: 'Role', render: (a) => roleSelect({ 'aria-label': `Role of ${a.username}`,
        'data-account-role': a.username, onchange: (event) => act(() => ui.call('oco.admin.update',
          { username: a.username, role: event.target.value }), `${a.username} is now ${event.target.value}`) },
      a.role) },
      { key: 'computer_group_ids', label: 'Computers', render: scopeEditor },
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
      { key: 'actions', label: 'Action', render: (r) => (r.built_in ? '' : [
        h('button', { type: 'button', 'data-role-edit': r.name, onclick: () => {
          fill(roleFormArea, roleForm(r));
          roleFormArea.querySelector('input[data-permission]')?.focus();
        } }, 'Edit'), ' ',
        h('button', { type: 'button', class: 'danger', 'data-role-remove': r.name, onclick: () => act(
          () => ui.call('oco.role.remove', { name: r.name }), `Removed the role ${r.name}`) }, 'Remove')]) },
    ], roles), roleFormArea);
    fill(roleFormArea, roleForm(null));
    fill(roleField, ...roleSelect({ id: 'new-account-role', name: 'role' }, 'viewer').childNodes);
    fill(groupField, ...groupSelect({}, []).childNodes);
    groupField.size = Math.min(6, Math.max(2, groups.length));
  }

  /**
   * A custom role: a name and the permissions it holds (every role may sign in). With {@code role}, that role's
   * permissions are changed (its name stays); without, a new role is made.
   */
  function roleForm(role) {
    const name = h('input', { id: 'new-role-name', name: 'name', required: true, autocomplete: 'off',
      title: 'lower-case letters, digits, _ . -', value: role ? role.name : '', readOnly: Boolean(role) });
    const boxes = permissions.map((p) => h('label', { class: 'check' }, h('input', { type: 'checkbox',
      'data-permission': p.id, value: p.id, checked: Boolean(role && role.permissions.includes(p.id)) }), ' ', p.id,
    h('span', { class: 'muted' }, ` — ${p.description}`)));
    return h('form', { id: 'new-role', onsubmit: (event) => {
      event.preventDefault();
      const chosen = boxes.map((b) => b.querySelector('input')).filter((i) => i.checked).map((i) => i.value);
      const data = { name: name.value.trim(), permissions: chosen };
      act(() => ui.call(role ? 'oco.role.update' : 'oco.role.create', data),
        `${role ? 'Changed' : 'Created'} the role ${data.name}`);
    } }, h('h3', {}, role ? `Change the role ${role.name}` : 'New custom role'),
    h('label', { for: 'new-role-name' }, 'Name'), ' ', name,
    h('fieldset', {}, h('legend', {}, 'Permissions'), boxes.map((b) => h('div', {}, b))),
    h('button', { type: 'submit', id: 'new-role-submit' }, role ? 'Save role' : 'Create role'),
    role ? [' ', h('button', { type: 'button', id: 'role-edit-cancel', onclick: () => fill(roleFormArea,
      roleForm(null)) }, 'Cancel')] : []);
  }

  const username = h('input', { id: 'new-account-username', name: 'username', required: true, autocomplete: 'off' });
  const roleField = h('select', { id: 'new-account-role', name: 'role' });
  const groupField = h('select', { id: 'new-account-groups', name: 'computer_group_ids', multiple: true });
  const create = h('form', { class: 'inline', id: 'new-account', onsubmit: (event) => {
    event.preventDefault();
    const data = { username: username.value.trim(), role: roleField.value };
    if (picked(groupField)) data.computer_group_ids = picked(groupField);
    act(() => ui.call('oco.admin.create', data), `Created ${username.value.trim()}`)
      .then(() => { username.value = ''; });
  } }, h('label', { for: 'new-account-username' }, 'User name'), ' ', username, ' ',
  h('label', { for: 'new-account-role' }, 'Role'), ' ', roleField, ' ',
  h('label', { for: 'new-account-groups' }, 'Computer groups (none picked: all computers)'), ' ', groupField, ' ',
  h('button', { type: 'submit', id: 'new-account-submit' }, 'Create account'));

  fill(root, h('h1', {}, 'Accounts'), h('p', { class: 'muted' }, 'A new account gets a generated password, shown '
    + 'once; it must choose its own at its first login. An account limited to computer groups sees and acts on '
    + 'the computers of those groups and their subgroups only.'), create, message, list, rolesArea);
  await load();
}
