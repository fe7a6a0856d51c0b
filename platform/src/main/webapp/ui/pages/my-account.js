// The signed-in account's own page: change the password (the current one is required), see the live sessions and
// end them all, make and revoke personal API tokens. A generated password leads here first: nothing else works
// until it is changed.
import { h, fill, errorBox, table } from '../dom.js';

export async function myAccountPage(root, ui, { forced = false } = {}) {
  const message = h('div', { id: 'password-message', 'aria-live': 'polite' });
  const current = h('input', { id: 'current-password', type: 'password', autocomplete: 'current-password',
    required: true });
  const next = h('input', { id: 'new-password', type: 'password', autocomplete: 'new-password', required: true,
    minlength: 12 });
  const sessions = h('div', { id: 'own-sessions' });
  const tokens = h('div', { id: 'own-tokens' });
  const tokenMessage = h('div', { id: 'token-message', 'aria-live': 'polite' });
  const tokenName = h('input', { id: 'token-name', required: true, autocomplete: 'off' });
  const tokenDays = h('input', { id: 'token-days', type: 'number', min: 1, max: 366, value: '90' });

  const form = h('form', { id: 'password-form', onsubmit: async (event) => {
    event.preventDefault();
    try {
      await ui.call('oco.admin.password', { current_password: current.value, new_password: next.value });
      current.value = '';
      next.value = '';
      fill(message, h('p', { class: 'ok', role: 'status' }, 'Password changed.'));
      if (forced) await ui.restart();
    } catch (error) {
      fill(message, errorBox(error));
    }
  } }, h('h2', {}, 'Change password'),
  h('label', { for: 'current-password' }, 'Current password'), current,
  h('label', { for: 'new-password' }, 'New password (12 characters or more, not your user name)'), next,
  h('button', { type: 'submit', id: 'password-submit' }, 'Change password'));

  async function loadSessions() {
    const list = await ui.call('oco.admin.sessions');
    fill(sessions, h('h2', {}, 'Sessions'), table([
      { key: 'created', label: 'Logged in' },
      { key: 'last_seen', label: 'Last used' },
      { key: 'remote_address', label: 'Address' },
    ], list), h('button', { type: 'button', id: 'logout-everywhere', class: 'danger', onclick: async () => {
      await ui.call('oco.admin.logout_everywhere');
      await ui.restart('You are logged out everywhere.');
    } }, 'Log out everywhere'));
  }

  async function loadTokens() {
    const list = await ui.call('oco.token.list');
    fill(tokens, table([
      { key: 'name', label: 'Token' },
      { key: 'permissions', label: 'Permissions',
        render: (t) => (t.permissions ? t.permissions.join(', ') : 'all of mine') },
      { key: 'expires', label: 'Expires', render: (t) => (t.expired ? `${t.expires} (expired)` : t.expires) },
      { key: 'last_used', label: 'Last used' },
      { key: 'actions', label: 'Action', render: (t) => h('button', { type: 'button', class: 'danger',
        'data-token-revoke': t.name, onclick: async () => {
          await ui.call('oco.token.revoke', { id: t.id });
          fill(tokenMessage, h('p', { class: 'ok', role: 'status' }, `Revoked ${t.name}`));
          await loadTokens();
        } }, 'Revoke') },
    ], list));
  }

  const tokenForm = h('form', { class: 'inline', id: 'token-form', onsubmit: async (event) => {
    event.preventDefault();
    try {
      const made = await ui.call('oco.token.create', { name: tokenName.value.trim(),
        expires_days: Number(tokenDays.value) });
      fill(tokenMessage, h('p', { class: 'ok', role: 'status' }, `Token ${made.name} (shown once, copy it now): `,
        h('code', { id: 'new-token' }, made.token)));
      tokenName.value = '';
      await loadTokens();
    } catch (error) {
      fill(tokenMessage, errorBox(error));
    }
  } }, h('label', { for: 'token-name' }, 'Name'), ' ', tokenName, ' ',
  h('label', { for: 'token-days' }, 'Days valid'), ' ', tokenDays, ' ',
  h('button', { type: 'submit', id: 'token-submit' }, 'Create API token'));

  fill(root, h('h1', {}, forced ? 'Choose your password' : 'My account'),
    forced ? h('p', { role: 'alert' }, 'Your password was generated for you: choose your own before you go on.')
      : null, message, form, forced ? null : sessions,
    forced ? null : h('section', {}, h('h2', {}, 'API tokens'), h('p', { class: 'muted' },
      'For scripts: send a token as "Authorization: Bearer …", or as params.api_key with your user name and '
      + 'password. It acts as you.'), tokenForm, tokenMessage, tokens));
  if (!forced) await Promise.all([loadSessions(), loadTokens()]);
}
