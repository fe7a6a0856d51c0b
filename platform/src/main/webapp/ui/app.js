// The admin UI shell: login, navigation (core pages + pages of enabled plugins), hash routing.
import * as api from './api.js';
import { h, fill, errorBox } from './dom.js';
import { lineChart, partsBar } from './chart.js';
import { downloadCsv, pagedCsv } from './csv.js';
import { dashboardPage } from './pages/dashboard.js';
import { computersPage } from './pages/computers.js';
import { computerPage } from './pages/computer.js';
import { createComputerPage } from './pages/create-computer.js';
import { groupsPage, groupPage } from './pages/groups.js';
import { reportsPage, reportPage, newReportPage } from './pages/reports.js';
import { softwarePage, softwareDetailPage } from './pages/software.js';
import { pluginsPage } from './pages/plugins.js';
import { settingsPage } from './pages/settings.js';
import { accountsPage } from './pages/accounts.js';
import { auditPage } from './pages/audit.js';
import { myAccountPage } from './pages/my-account.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const top = document.getElementById('top');
const flashArea = document.getElementById('flash');

// Each page is listed only for accounts holding its permission (docs/accounts.md); the server checks anyway.
const CORE_PAGES = [
  { href: '#/', title: 'Dashboard', needs: 'computers.read' },
  { href: '#/computers', title: 'Computers', needs: 'computers.read' },
  { href: '#/groups', title: 'Groups', needs: 'computers.read' },
  { href: '#/reports', title: 'Reports', needs: 'computers.read' },
  { href: '#/software', title: 'Software', needs: 'computers.read' },
  { href: '#/plugins', title: 'Plugins', needs: 'settings.manage' },
  { href: '#/settings', title: 'Settings', needs: 'settings.manage' },
  { href: '#/accounts', title: 'Accounts', needs: 'accounts.manage' },
  { href: '#/audit', title: 'Audit log', needs: 'audit.read' },
  { href: '#/account', title: 'My account', needs: 'signed_in' },
];

// Buttons and forms marked data-needs="<permission>" are hidden (app.css) unless the body carries can-<permission>.
const MARKED_PERMISSIONS = ['computers.manage', 'groups.manage', 'reports.manage', 'events.manage',
  'settings.manage', 'accounts.manage', 'passwords.read'];

const NO_CONTRIBUTIONS = { pages: [], computer_panels: [], dashboard_widgets: [], computer_actions: [] };

/** What every page gets: the API, element helpers, the plugin contributions, navigation and messages. */
const ui = {
  call: api.call,
  batch: api.batch,
  h,
  // CSV export of a paged list for plugin pages: const { csv } = await ui.csv.paged({method, data, key, columns})
  csv: { paged: (options) => pagedCsv(api.call, options), download: downloadCsv },
  charts: { line: lineChart, parts: partsBar },
  contributions: { ...NO_CONTRIBUTIONS },
  go: (hash) => { window.location.hash = hash; },
  flash,
  refreshNavigation,
  session: null,
  can: (permission) => Boolean(ui.session && ui.session.permissions.includes(permission)),
  restart: (message) => start(message),
};

function flash(message) {
  fill(flashArea, message ? h('p', {}, message) : null);
}

async function refreshNavigation() {
  try {
    ui.contributions = await api.call('oco.ui.contributions');
  } catch (error) {
    ui.contributions = { ...NO_CONTRIBUTIONS };
  }
  const entries = CORE_PAGES.filter((p) => ui.can(p.needs)).concat(ui.contributions.pages.map((p) => ({
    href: `#/p/${encodeURIComponent(p.plugin)}/${encodeURIComponent(p.id)}`, title: p.title,
  })));
  fill(nav, h('ul', {}, entries.map((e) => h('li', {}, h('a', { href: e.href }, e.title)))));
  markCurrent();
}

function markCurrent() {
  const hash = window.location.hash || '#/';
  for (const link of nav.querySelectorAll('a')) {
    const href = link.getAttribute('href');
    const current = href === '#/' ? hash === '#/' : hash === href || hash.startsWith(`${href}/`)
      || hash.startsWith(`${href}?`);
    if (current) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  }
}

/** A plugin's page; params: the address's "?a=b" after the page id (e.g. a pre-set filter). */
async function pluginPage(root, pluginId, pageId, params) {
  const page = ui.contributions.pages.find((p) => p.plugin === pluginId && p.id === pageId);
  if (!page) {
    fill(root, errorBox(`No page ${pageId} of plugin ${pluginId} (is the plugin enabled?)`));
    return;
  }
  fill(root, h('h1', {}, page.title));
  const body = h('div', { class: 'plugin-page' });
  root.append(body);
  const module = await import(page.module);
  await module.render(body, ui, params);
}

const ROUTES = [
  [/^#?\/?$/, (root) => dashboardPage(root, ui)],
  [/^#\/computers$/, (root) => computersPage(root, ui)],
  [/^#\/computers\/new$/, (root) => createComputerPage(root, ui)],
  [/^#\/computer\/(\d+)(?:\/([a-z0-9-]+))?$/, (root, id, tab) => computerPage(root, ui, Number(id), tab)],
  [/^#\/groups$/, (root) => groupsPage(root, ui)],
  [/^#\/groups\/(\d+)$/, (root, id) => groupPage(root, ui, Number(id))],
  [/^#\/reports$/, (root) => reportsPage(root, ui)],
  [/^#\/reports\/new$/, (root) => newReportPage(root, ui)],
  [/^#\/reports\/(\d+)$/, (root, id) => reportPage(root, ui, Number(id))],
  [/^#\/software$/, (root) => softwarePage(root, ui)],
  [/^#\/software\/(.+)$/, (root, name) => softwareDetailPage(root, ui, decodeURIComponent(name))],
  [/^#\/plugins$/, (root) => pluginsPage(root, ui)],
  [/^#\/settings$/, (root) => settingsPage(root, ui)],
  [/^#\/accounts$/, (root) => accountsPage(root, ui)],
  [/^#\/audit$/, (root) => auditPage(root, ui)],
  [/^#\/account$/, (root) => myAccountPage(root, ui)],
  [/^#\/p\/([^/]+)\/([^/?]+)(?:\?(.*))?$/, (root, plugin, page, query) =>
    pluginPage(root, decodeURIComponent(plugin), decodeURIComponent(page), new URLSearchParams(query || ''))],
];

let renderCount = 0;

async function route() {
  const hash = window.location.hash || '#/';
  markCurrent();
  const found = ROUTES.map(([pattern, render]) => [hash.match(pattern), render]).find(([m]) => m);
  const mine = ++renderCount;
  const root = h('div', { class: 'page' });
  try {
    if (!found) {
      fill(root, h('h1', {}, 'Not found'), h('p', {}, h('a', { href: '#/' }, 'Back to the dashboard')));
    } else {
      await found[1](root, ...found[0].slice(1));
    }
  } catch (error) {
    root.append(errorBox(error));
  }
  if (mine === renderCount) { // a later navigation wins over a slow earlier one
    fill(main, root);
    const heading = main.querySelector('h1');
    document.title = heading ? `${heading.textContent} · OCO-J` : 'OCO-J';
  }
}

function showLogin(message) {
  top.hidden = true;
  const error = h('div', { id: 'login-error' }, message ? errorBox(message) : null);
  const username = h('input', { id: 'username', name: 'username', autocomplete: 'username', required: true });
  const password = h('input', { id: 'password', name: 'password', type: 'password',
    autocomplete: 'current-password', required: true });
  const form = h('form', { class: 'login', onsubmit: async (event) => {
    event.preventDefault();
    fill(error);
    try {
      await api.login(username.value, password.value);
      await start();
    } catch (e) {
      fill(error, errorBox(e));
      password.value = '';
      password.focus();
    }
  } },
  h('h1', {}, 'OCO-J administration'),
  h('label', { for: 'username' }, 'User name'), username,
  h('label', { for: 'password' }, 'Password'), password,
  error,
  h('button', { type: 'submit', id: 'login-submit' }, 'Log in'));
  fill(main, form);
  username.focus();
}

async function start(message) {
  const session = await api.currentSession();
  ui.session = session;
  if (!session) {
    showLogin(message);
    return;
  }
  for (const permission of MARKED_PERMISSIONS) {
    document.body.classList.toggle(`can-${permission.replace('.', '-')}`, ui.can(permission));
  }
  const whoami = document.getElementById('whoami');
  whoami.textContent = session.username;
  whoami.title = `Role: ${session.role}`;
  top.hidden = false;
  if (session.must_change_password) { // nothing else would work: the server refuses it until then
    fill(nav);
    const root = h('div', { class: 'page' });
    fill(main, root);
    await myAccountPage(root, ui, { forced: true });
    return;
  }
  if (message) flash(message);
  await refreshNavigation();
  await route();
}

api.onSessionExpired(() => showLogin('Your session has ended: please log in again.'));
document.getElementById('logout').addEventListener('click', async () => {
  await api.logout();
  flash('');
  showLogin('You are logged out.');
});
window.addEventListener('hashchange', () => { flash(''); route(); });
// A field marked invalid by a failed save is unmarked as soon as it is edited (no red border after a fix).
document.addEventListener('input', (event) => event.target.removeAttribute?.('aria-invalid'));
start().catch((error) => fill(main, errorBox(error)));
