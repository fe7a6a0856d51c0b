// Static computer groups: a tree (children loaded when a node is opened), a group's members and subgroups,
// create / rename / move / remove (a non-empty group only after a second confirmation, with "force").
import { h, fill, errorBox, table } from '../dom.js';
import { passwordRulesSection } from './laps.js';

function ok(area, text) {
  fill(area, h('p', { class: 'ok', role: 'status' }, text));
}

/** One tree node: a toggle that loads the subgroups, the group's link. */
function treeNode(ui, group) {
  const children = h('ul', { class: 'tree', hidden: true });
  let loaded = false;
  const toggle = h('button', { type: 'button', class: 'toggle', 'aria-expanded': 'false',
    'aria-label': `Subgroups of ${group.name}`, onclick: async () => {
      const open = toggle.getAttribute('aria-expanded') === 'true';
      toggle.setAttribute('aria-expanded', String(!open));
      toggle.textContent = open ? '▸' : '▾';
      children.hidden = open;
      if (!open && !loaded) {
        loaded = true;
        try {
          const answer = await ui.call('oco.computer.list', { computer_group_id: group.id });
          fill(children, answer.groups.length === 0 ? h('li', { class: 'muted' }, 'no subgroups')
            : answer.groups.map((g) => treeNode(ui, g)));
        } catch (error) {
          fill(children, h('li', {}, errorBox(error)));
        }
      }
    } }, '▸');
  return h('li', { 'data-group': group.name }, toggle, ' ', h('a', { href: `#/groups/${group.id}` }, group.name), children);
}

function createForm(ui, parentId, message, reload) {
  const name = h('input', { id: 'group-name', name: 'name', maxlength: 200, autocomplete: 'off',
    'aria-label': 'Name of the new group' });
  return h('form', { class: 'inline', id: 'group-create', 'data-needs': 'groups.manage', onsubmit: async (event) => {
    event.preventDefault();
    try {
      await ui.call('oco.computer_group.create', { name: name.value.trim(), parent_computer_group_id: parentId });
      const created = name.value.trim();
      name.value = '';
      name.removeAttribute('aria-invalid');
      await reload();
      ok(message, `Created group ${created}`);
    } catch (error) {
      fill(message, errorBox(error));
      name.setAttribute('aria-invalid', 'true');
    }
  } }, name, ' ', h('button', { type: 'submit', id: 'group-create-submit' },
    parentId ? 'Add subgroup' : 'Add group'));
}

export async function groupsPage(root, ui) {
  const message = h('div', { id: 'group-message' });
  const tree = h('ul', { class: 'tree', id: 'group-tree' });
  async function load() {
    const answer = await ui.call('oco.computer.list', { limit: 1 }); // root groups without every computer
    fill(tree, answer.groups.length === 0 ? h('li', { class: 'muted' }, 'No groups yet.')
      : answer.groups.map((g) => treeNode(ui, g)));
  }
  fill(root, h('h1', {}, 'Groups'), message, createForm(ui, null, message, load), tree);
  await load();
}

export async function groupPage(root, ui, id) {
  const message = h('div', { id: 'group-message' });
  const body = h('div', {});
  let name = '';

  async function load() {
    const answer = await ui.call('oco.computer.list', { computer_group_id: id });
    name = answer.name;
    fill(body,
      h('h1', {}, answer.name),
      actions(),
      message,
      h('h2', {}, 'Subgroups'),
      createForm(ui, id, message, load),
      answer.groups.length === 0 ? h('p', { class: 'muted' }, 'No subgroups.')
        : h('ul', { class: 'tree', id: 'subgroups' }, answer.groups.map((g) => treeNode(ui, g))),
      h('h2', {}, 'Members ', h('span', { class: 'count' }, `(${answer.computers.length})`)),
      answer.computers.length === 0 ? h('p', { class: 'muted', id: 'group-members' }, 'No computers in this group.')
        : h('div', { id: 'group-members' }, table([
          { key: 'hostname', label: 'Hostname', render: (c) => h('a', { href: `#/computer/${c.id}` }, c.hostname) },
          { key: 'os', label: 'OS' },
          { key: 'last_ping', label: 'Last contact' },
          { key: 'action', label: 'Action', render: (c) => h('button', { type: 'button', 'data-needs': 'computers.manage', onclick: async () => {
            try {
              await ui.call('oco.computer.remove_from_group', { computer_id: c.id, computer_group_id: id });
              await load();
              ok(message, `Removed ${c.hostname} from ${name}`);
            } catch (error) {
              fill(message, errorBox(error));
            }
          } }, 'Remove from group') },
        ], answer.computers)),
      passwordRulesSection(ui, id));
  }

  /** Move below another group or to the top; the server refuses a cycle (below itself or a subgroup). */
  function moveForm() {
    const parent = h('select', { id: 'group-move', 'aria-label': 'New parent group' },
      h('option', { value: '' }, 'loading groups…'));
    allGroups(ui).then((groups) => fill(parent, h('option', { value: '' }, 'Move to…'),
      h('option', { value: '0' }, '(top level)'),
      groups.filter((g) => g.id !== id).map((g) => h('option', { value: g.id }, g.path))))
      .catch((error) => fill(message, errorBox(error)));
    return h('form', { class: 'inline', 'data-needs': 'groups.manage', onsubmit: async (event) => {
      event.preventDefault();
      if (!parent.value) return;
      const target = parent.selectedOptions[0].textContent;
      try {
        await ui.call('oco.computer_group.move', { id, parent_computer_group_id: Number(parent.value) });
        await load();
        ok(message, `Moved to ${target}`);
      } catch (error) {
        fill(message, errorBox(error));
      }
    } }, parent, ' ', h('button', { type: 'submit', id: 'group-move-submit' }, 'Move'));
  }

  function actions() {
    const newName = h('input', { id: 'group-rename', value: name, maxlength: 200, 'aria-label': 'New name' });
    return h('div', { class: 'toolbar' },
      h('form', { class: 'inline', 'data-needs': 'groups.manage', onsubmit: async (event) => {
        event.preventDefault();
        try {
          await ui.call('oco.computer_group.rename', { id, name: newName.value.trim() });
          await load();
          ok(message, `Renamed to ${name}`);
        } catch (error) {
          fill(message, errorBox(error));
        }
      } }, newName, ' ', h('button', { type: 'submit', id: 'group-rename-submit' }, 'Rename')),
      moveForm(),
      h('span', { class: 'spacer' }),
      h('button', { type: 'button', class: 'danger', id: 'group-remove', 'data-needs': 'groups.manage', onclick: async () => {
        if (!window.confirm(`Remove the group ${name}?`)) return;
        try {
          await ui.call('oco.computer_group.remove', { id });
        } catch (error) {
          if (!window.confirm(`${error.message}\n\nRemove it with all subgroups anyway? (Computers are kept.)`)) {
            fill(message, errorBox(error));
            return;
          }
          try {
            await ui.call('oco.computer_group.remove', { id, force: true });
          } catch (again) {
            fill(message, errorBox(again));
            return;
          }
        }
        ui.flash(`Removed group ${name}`);
        ui.go('#/groups');
      } }, 'Remove group'));
  }

  fill(root, h('p', { class: 'crumbs' }, h('a', { href: '#/groups' }, 'Groups'), ' › '), body);
  await load();
}

/** Every group as [{id, path}], walked level by level (one batch request per level). */
export async function allGroups(ui) {
  const result = [];
  let level = (await ui.call('oco.computer.list', { limit: 1 })).groups.map((g) => ({ id: g.id, path: g.name }));
  for (let depth = 0; level.length > 0 && depth < 10; depth++) {
    result.push(...level);
    const answers = await ui.batch(level.map((g) => ['oco.computer.list', { computer_group_id: g.id }]));
    level = answers.flatMap((a, i) => (a.ok ? a.data.groups.map((g) => ({ id: g.id, path: `${level[i].path} / ${g.name}` })) : []));
  }
  return result.sort((a, b) => a.path.localeCompare(b.path));
}
