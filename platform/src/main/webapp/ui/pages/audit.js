// The audit log (permission audit.read): who did what, when, from where, and what was refused; filtered and paged.
import { h, fill, table, display } from '../dom.js';

const PAGE = 50;

export async function auditPage(root, ui) {
  const actor = h('input', { id: 'audit-actor', name: 'actor', placeholder: 'any' });
  const action = h('input', { id: 'audit-action', name: 'action', placeholder: 'e.g. oco.admin.*' });
  const outcome = h('select', { id: 'audit-outcome', name: 'outcome' }, h('option', { value: '' }, 'any'),
    h('option', { value: 'ok' }, 'ok'), h('option', { value: 'refused' }, 'refused'));
  const list = h('div', { id: 'audit-entries' });
  let offset = 0;

  async function load() {
    const filter = { limit: PAGE, offset };
    if (actor.value.trim()) filter.actor = actor.value.trim();
    if (action.value.trim()) filter.action = action.value.trim();
    if (outcome.value) filter.outcome = outcome.value;
    const { total, entries } = await ui.call('oco.audit.list', filter);
    fill(list, table([
      { key: 'at', label: 'Time' },
      { key: 'actor', label: 'Account' },
      { key: 'action', label: 'Action' },
      { key: 'object_ref', label: 'Target' },
      { key: 'outcome', label: 'Outcome' },
      { key: 'remote_address', label: 'Address' },
      { key: 'detail', label: 'Detail', render: (e) => h('code', {}, display(e.detail)) },
    ], entries), h('p', {}, `${total === 0 ? 0 : offset + 1}–${offset + entries.length} of ${total} `,
      h('button', { type: 'button', id: 'audit-prev', disabled: offset === 0, onclick: () => {
        offset = Math.max(0, offset - PAGE); load();
      } }, 'Newer'), ' ',
      h('button', { type: 'button', id: 'audit-next', disabled: offset + entries.length >= total, onclick: () => {
        offset += PAGE; load();
      } }, 'Older')));
  }

  fill(root, h('h1', {}, 'Audit log'), h('form', { class: 'inline', id: 'audit-filter', onsubmit: (event) => {
    event.preventDefault();
    offset = 0;
    load();
  } }, h('label', { for: 'audit-actor' }, 'Account'), ' ', actor, ' ', h('label', { for: 'audit-action' }, 'Action'),
  ' ', action, ' ', h('label', { for: 'audit-outcome' }, 'Outcome'), ' ', outcome, ' ',
  h('button', { type: 'submit', id: 'audit-filter-submit' }, 'Show')), list);
  await load();
}
