// Event rules page (UiContribution of the event-monitoring plugin): the event query rules with the three
// examples as one-click templates, editing a rule, the server's validation message. The events are on events.js.

const TEMPLATES = [
  { title: 'Linux: udisks2 mounts', log: 'journalctl',
    query: '{"unit": "udisks2.service", "priority": "0,1,2,3,4,5", "grep": "mounted"}' },
  { title: 'Windows: Group Policy errors (1130)', log: 'System',
    query: '<QueryList><Query Id="0" Path="System"><Select Path="System">*[System[(EventID=1130)]]</Select></Query></QueryList>' },
  { title: 'Windows Defender warnings and errors', log: 'Microsoft-Windows-Windows Defender/Operational',
    query: '<QueryList><Query Id="0" Path="Microsoft-Windows-Windows Defender/Operational"><Select Path="Microsoft-Windows-Windows Defender/Operational">*[System[(Level=1 or Level=2 or Level=3)]]</Select></Query></QueryList>' },
];

function rulesPart(ui) {
  const { h } = ui;
  const message = h('div', { id: 'rule-message' });
  const list = h('div', { id: 'rule-list' });
  const log = h('input', { id: 'rule-log', maxlength: 200, autocomplete: 'off' });
  const query = h('textarea', { id: 'rule-query', rows: 4, spellcheck: 'false' });
  const heading = h('h3', { id: 'rule-form-title' }, 'New rule');
  const submit = h('button', { type: 'submit', id: 'rule-submit' }, 'Add rule');
  const cancel = h('button', { type: 'button', id: 'rule-cancel', hidden: true, onclick: () => edit(null) }, 'Cancel');
  let editing = null; // the rule being edited, or null for a new one

  /** Puts a rule into the form for editing (null: back to a new rule). */
  function edit(rule) {
    editing = rule;
    log.value = rule ? rule.log : '';
    query.value = rule ? rule.query : '';
    query.removeAttribute('aria-invalid');
    heading.textContent = rule ? `Edit the rule for ${rule.log}` : 'New rule';
    submit.textContent = rule ? 'Save rule' : 'Add rule';
    cancel.hidden = !rule;
    if (rule) log.focus();
  }
  const show = (node) => message.replaceChildren(node || '');
  const ok = (text) => show(h('p', { class: 'ok', role: 'status' }, text));
  const fail = (error) => show(h('p', { class: 'error', role: 'alert' }, error.message));

  async function load() {
    const rules = await ui.call('oco.event_rule.list');
    list.replaceChildren(rules.length === 0 ? h('p', { class: 'muted' }, 'No rules: agents collect no events.')
      : h('table', {}, h('thead', {}, h('tr', {}, ['Log', 'Query', ''].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, rules.map((rule) => h('tr', { 'data-rule-log': rule.log, 'data-rule-id': String(rule.id) },
          h('td', {}, rule.log), h('td', {}, h('code', {}, rule.query)),
          h('td', { 'data-needs': 'events.manage' }, h('button', { type: 'button', 'data-edit-rule': String(rule.id), onclick: () => edit(rule) },
            'Edit'), ' ', h('button', { type: 'button', class: 'danger', onclick: async () => {
            if (!window.confirm(`Remove the rule for ${rule.log}?`)) return;
            try {
              await ui.call('oco.event_rule.remove', { id: rule.id });
              await load();
              ok(`Removed the rule for ${rule.log}`);
            } catch (error) {
              fail(error);
            }
          } }, 'Remove')))))));
  }

  const form = h('form', { class: 'stacked', id: 'rule-form', 'data-needs': 'events.manage', onsubmit: async (event) => {
    event.preventDefault();
    const data = { log: log.value.trim(), query: query.value };
    try {
      if (editing) await ui.call('oco.event_rule.update', { id: editing.id, ...data });
      else await ui.call('oco.event_rule.create', data);
      await load();
      ok(`${editing ? 'Saved' : 'Created'} a rule for ${data.log}`);
      edit(null);
    } catch (error) {
      fail(error);
      query.setAttribute('aria-invalid', 'true');
    }
  } },
  h('p', {}, 'Templates: ', TEMPLATES.map((t, i) => [i > 0 ? ' ' : null, h('button', { type: 'button',
    'data-template': String(i), onclick: () => { log.value = t.log; query.value = t.query; query.focus(); } }, t.title)])),
  h('label', { for: 'rule-log' }, 'Log (journalctl or a Windows event log channel)'), log,
  h('label', { for: 'rule-query' }, 'Query (JSON for journalctl, a QueryList for Windows)'), query,
  h('div', {}, submit, ' ', cancel));

  return { element: h('section', { id: 'event-rules' }, h('h2', {}, 'Rules'), message, list,
    heading, form), load };
}

export async function render(root, ui) {
  const rules = rulesPart(ui);
  root.replaceChildren(ui.h('p', {}, 'The events the agents collected by these rules are on the ',
    ui.h('a', { href: '#/p/event-monitoring/events' }, 'Events'), ' page.'), rules.element);
  await rules.load();
}
