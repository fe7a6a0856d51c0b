// The answer of oco.computer.wol as elements: one message saying how many computers got a magic packet, then per
// computer its packet (or why none was sent) and where each packet went. Shared by the computer panel and the
// computer list's "Wake up" action.
export function wakeResults(h, answers, withHostname) {
  const sent = answers.filter((a) => !a.error).length;
  const summary = answers.length === 1 ? null : h('p', { class: sent === answers.length ? 'ok' : 'error',
    role: sent === answers.length ? 'status' : 'alert' }, `Magic packets sent for ${sent} of ${answers.length} computers`);
  return [summary, h('ul', { class: 'results' }, answers.map((a) => h('li', { 'data-wol-computer': String(a.id),
    class: a.error ? 'error' : 'ok', role: answers.length === 1 ? (a.error ? 'alert' : 'status') : null },
  a.error ? (withHostname ? `${a.hostname}: ${a.error}` : a.error)
    : `${withHostname ? `${a.hostname}: ` : ''}Magic packet for ${a.macs.join(', ')}`,
  h('ul', { class: 'plain' }, (a.deliveries || []).map((d) => h('li', {},
    `${d.ok ? '✓' : '✗'} ${d.via} ${d.target}: ${d.ok ? 'sent' : d.error}`)),
  (a.skipped || []).map((s) => h('li', { class: 'muted' }, `skipped ${s.value}: ${s.reason}`))))))]
    .filter(Boolean); // callers may spread it into replaceChildren, which would print a null
}
