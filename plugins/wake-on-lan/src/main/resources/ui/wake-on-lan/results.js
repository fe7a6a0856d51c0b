// The answer of oco.computer.wol as elements: per computer, its magic packet (or why none was sent) and where
// each packet went. Shared by the computer panel and the computer list's "Wake up" action.
export function wakeResults(h, answers, withHostname) {
  return answers.map((a) => h('div', { 'data-wol-computer': String(a.id) },
    a.error ? h('p', { class: 'error', role: 'alert' }, withHostname ? `${a.hostname}: ${a.error}` : a.error)
      : h('p', { class: 'ok', role: 'status' },
        `${withHostname ? `${a.hostname}: ` : ''}Magic packet for ${a.macs.join(', ')}`),
    h('ul', { class: 'plain' }, (a.deliveries || []).map((d) => h('li', { class: d.ok ? 'ok' : 'error' },
      `${d.via} ${d.target}: ${d.ok ? 'sent' : d.error}`)),
    (a.skipped || []).map((s) => h('li', { class: 'muted' }, `skipped ${s.value}: ${s.reason}`)))));
}
