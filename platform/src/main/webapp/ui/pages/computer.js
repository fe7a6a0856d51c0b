// One computer: a header with its state and actions, then tabs (overview, hardware, software, network, disks,
// users, devices, the computer panels of enabled plugins, history); only the tab in view is built.
import { h, fill, errorBox } from '../dom.js';
import { allGroups } from './groups.js';
import { pluginArea } from './plugin-areas.js';
import { editComputer } from './edit-computer.js';
import { statusBadge } from './status.js';
import { ago } from '../format.js';
import { tabs } from '../tabs.js';
import { facts, listSection, OVERVIEW_FACTS, HARDWARE_FACTS } from './computer-inventory.js';
import { historyTimeline } from './computer-history.js';
import { computerPasswordsSection } from './laps.js';

const UNSAFE_LINK = /^\s*(javascript|data|vbscript|file):/i;

function commandLinks(commands) {
  return h('ul', { class: 'plain commands' }, commands.filter((c) => !UNSAFE_LINK.test(c.url))
    .map((c) => h('li', {}, h('a', { href: forThisDesktop(c.url), 'data-command': c.id }, c.label))));
}

// The commands for the hostname, then those aimed at the target once per reported address (as upstream).
function commandsSection(commands, perAddress) {
  return h('section', { id: 'section-commands', class: 'inventory' }, h('h2', {}, 'Commands'),
    commands.length === 0 ? h('p', { class: 'muted' }, 'No computer commands.') : commandLinks(commands),
    perAddress.filter((a) => a.commands.length > 0).map((a) => h('div', { class: 'address-commands',
      'data-address': a.address }, h('h3', {}, a.address), commandLinks(a.commands))));
}

// As upstream: macOS's "Windows App" wants the legacy RDP URI (full address=s:host); others, and the OCO Client
// Extension, take rdp://host.
function forThisDesktop(url) {
  const rdp = /^rdp:\/\/([^/?#]+)$/i.exec(url);
  return rdp && /Mac/.test(navigator.userAgent) ? `rdp://full%20address=s:${rdp[1]}` : url;
}

/** The computer's groups: remove from one, add to one chosen from every group. */
function groupsSection(ui, id, initial) {
  const section = h('section', { id: 'section-groups', class: 'inventory' });
  const message = h('div', { id: 'groups-message' });
  async function show(groups, done) {
    const select = h('select', { id: 'add-group', 'aria-label': 'Group to add the computer to' },
      h('option', { value: '' }, 'loading groups…'));
    fill(section, h('h2', {}, 'Groups'),
      groups.length === 0 ? h('p', { class: 'muted' }, 'In no group.')
        : h('ul', { class: 'plain', id: 'computer-groups' }, groups.map((g) => h('li', { 'data-group': g.name },
          h('a', { href: `#/groups/${g.id}` }, g.name), ' ',
          h('button', { type: 'button', 'data-needs': 'computers.manage', 'aria-label': `Remove from ${g.name}`, onclick: () => change(
            'oco.computer.remove_from_group', g.id, `Removed from ${g.name}`) }, 'Remove')))),
      h('form', { class: 'inline', 'data-needs': 'computers.manage', onsubmit: (event) => {
        event.preventDefault();
        if (!select.value) return;
        change('oco.computer.add_to_group', Number(select.value),
          `Added to ${select.selectedOptions[0].textContent}`);
      } }, select, ' ', h('button', { type: 'submit', id: 'add-group-submit' }, 'Add to group')),
      message);
    if (done) fill(message, h('p', { class: 'ok', role: 'status' }, done));
    try {
      const all = await allGroups(ui);
      const member = new Set(groups.map((g) => g.id));
      fill(select, h('option', { value: '' }, all.length === 0 ? 'no groups defined' : 'choose a group'),
        all.filter((g) => !member.has(g.id)).map((g) => h('option', { value: g.id }, g.path)));
    } catch (error) {
      fill(message, errorBox(error));
    }
  }
  async function change(method, groupId, done) {
    try {
      await ui.call(method, { computer_id: id, computer_group_id: groupId });
      const computer = await ui.call('oco.computer.get', { id });
      await show(computer.groups || [], done);
    } catch (error) {
      fill(message, errorBox(error));
    }
  }
  show(initial);
  return section;
}

// Sections plugins' collectors report themselves (docs/plugins.md "Custom inventory sections"): shown as sent.
function customSections(sections) {
  return sections.map((s) => h('section', { id: `section-custom-${s.key}`, class: 'inventory custom-section' },
    h('h2', {}, s.key, ' ', h('span', { class: 'count' }, `(plugin ${s.plugin}, ${s.updated})`)),
    h('pre', { class: 'custom-content' }, JSON.stringify(s.content, null, 2))));
}

/** A tab id from a plugin panel's title ("Wake-on-LAN" → "wake-on-lan"). */
function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'panel';
}

function computerTabs(ui, computer, id, groupsArea) {
  const g = computer.general;
  const list = (key) => computer[key] || [];
  const core = [
    { id: 'overview', label: 'Overview', render: () => [
      h('section', { id: 'section-general', class: 'inventory' }, h('h2', {}, 'Overview'), facts(g, OVERVIEW_FACTS)),
      commandsSection(computer.commands || [], computer.address_commands || []), groupsArea()] },
    { id: 'hardware', label: 'Hardware', render: () =>
      h('section', { id: 'section-hardware', class: 'inventory' }, h('h2', {}, 'Hardware'), facts(g, HARDWARE_FACTS)) },
    { id: 'software', label: 'Software', count: list('recognised_software').length, render: () =>
      listSection('recognised_software', 'Software', list('recognised_software'), { pageSize: 25 }) },
    { id: 'network', label: 'Network', count: list('networks').length, render: () =>
      listSection('networks', 'Network', list('networks')) },
    { id: 'disks', label: 'Disks', count: list('filesystems').length, render: () =>
      listSection('filesystems', 'File systems', list('filesystems')) },
    { id: 'users', label: 'Users & logins', count: list('local_users').length + list('logins').length, render: () => [
      listSection('local_users', 'Local users', list('local_users')), listSection('logins', 'Logins', list('logins'))] },
    { id: 'devices', label: 'Devices', count: list('devices').length + list('screens').length + list('printers').length,
      render: () => [listSection('devices', 'Devices', list('devices')), listSection('screens', 'Screens', list('screens')),
        listSection('printers', 'Printers', list('printers'))] },
    { id: 'passwords', label: 'Passwords', render: () => computerPasswordsSection(ui, id) },
  ];
  const custom = computer.custom_sections || [];
  if (custom.length > 0) {
    core.push({ id: 'custom', label: 'Custom inventory', count: custom.length, render: () => customSections(custom) });
  }
  const taken = new Set(core.map((t) => t.id).concat('history'));
  const plugins = ui.contributions.computer_panels.map((panel) => {
    let tabId = slug(panel.title);
    if (taken.has(tabId)) tabId = `${slug(panel.plugin)}-${tabId}`;
    taken.add(tabId);
    return { id: tabId, label: panel.title, render: () => pluginArea(ui, panel, 'inventory plugin-panel', g) };
  });
  const history = { id: 'history', label: 'History', count: (computer.history || []).length, render: () =>
    h('section', { id: 'section-history', class: 'inventory' }, h('h2', {}, 'Change history'),
      historyTimeline(computer.history || [])) };
  return core.concat(plugins, history);
}

/** Online/offline, last contact, agent and OS in one line under the name. */
function stateLine(g) {
  const status = g.last_ping ? (g.online ? 'online' : 'offline') : 'never';
  const os = `${g.os || ''} ${g.os_version || ''}`.trim();
  return h('p', { class: 'state', id: 'computer-state' }, statusBadge(status),
    g.last_ping ? h('span', {}, 'Last contact ', h('time', { title: g.last_ping }, ago(g.last_contact_seconds) || g.last_ping))
      : null,
    g.agent_version ? h('span', {}, `Agent ${g.agent_version}`) : null,
    os ? h('span', {}, os) : null,
    h('span', {}, 'Last inventory: ', h('strong', { id: 'last-refresh' }, g.last_update || 'never')));
}

export async function computerPage(root, ui, id, tab) {
  const computer = await ui.call('oco.computer.get', { id });
  let shownTab = tab;
  const g = computer.general;
  const message = h('div', { id: 'detail-message' });
  const forceButton = h('button', { type: 'button', id: 'force-update', 'data-needs': 'computers.manage', onclick: async () => {
    try {
      await ui.call('oco.computer.force_update', { id });
      fill(message, h('p', { class: 'ok', role: 'status' },
        'Force update requested: the agent sends a full inventory at its next contact.'));
      forceState.textContent = 'requested';
    } catch (error) {
      fill(message, errorBox(error));
    }
  } }, 'Force update');
  const forceState = h('span', { id: 'force-state', class: 'muted' }, g.force_update ? 'requested' : '');
  // docs/protocol.md "Clock recovery": an agent whose clock ran ahead is refused until this is done
  const clockButton = h('button', { type: 'button', id: 'reset-agent-clock', 'data-needs': 'computers.manage',
    title: 'Let an agent whose clock ran ahead, and was corrected, check in again', onclick: async () => {
      if (!window.confirm(`Accept ${g.hostname}'s corrected clock? Do this only after its clock was fixed.`)) return;
      try {
        await ui.call('oco.computer.reset_agent_clock', { id });
        fill(message, h('p', { class: 'ok', role: 'status' },
          'Agent clock reset: the next request of the agent is accepted again.'));
      } catch (error) {
        fill(message, errorBox(error));
      }
    } }, 'Reset agent clock');
  const removeButton = h('button', { type: 'button', class: 'danger', id: 'remove-computer', 'data-needs': 'computers.manage', onclick: async () => {
    if (!window.confirm(`Remove ${g.hostname} and all its data?`)) return;
    try {
      await ui.call('oco.computer.remove', { id });
      ui.flash(`Removed ${g.hostname}`);
      ui.go('#/computers');
    } catch (error) {
      fill(message, errorBox(error));
    }
  } }, 'Remove');

  const tabbed = tabs(computerTabs(ui, computer, id, () => groupsSection(ui, id, computer.groups || [])), tab,
    (chosen) => { // into the address (without a new history entry), so a reload or a shared link shows it
      shownTab = chosen;
      window.history.replaceState(null, '', `#/computer/${id}/${chosen}`);
    }, `Sections of ${g.hostname}`);
  fill(root,
    h('p', { class: 'crumbs' }, h('a', { href: '#/computers' }, 'Computers'), ' › '),
    h('div', { class: 'computer-head' },
      // elementtiming: the browser records when the page is on screen (the browser test reads it)
      h('h1', { elementtiming: 'computer-page' }, g.hostname),
      stateLine(g),
      h('div', { class: 'actions', id: 'computer-actions' }, forceButton, forceState, clockButton,
        editComputer(ui, id, g, () => computerPage(root, ui, id, shownTab)), removeButton)),
    message,
    tabbed);
}
