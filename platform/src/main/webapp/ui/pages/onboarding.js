// The empty dashboard's guide to the first agent: the registration key (generated here and shown once, with a
// copy button), an oco-agent.ini with this server's URL, the install commands, and where self-registration is
// switched. The key itself is never readable later (docs/ui.md, Settings).
import { h, fill, errorBox, copyButton } from '../dom.js';

const KEY_SETTING = 'agent.registration-key';
const KEY_PLACEHOLDER = '<the registration key>';

function iniText(url, key) {
  return `[agent]\nagent-key = ${key}\n\n[server]\napi-url = ${url}\n`;
}

export function onboarding(ui) {
  const url = `${window.location.origin}/api-agent.php`;
  let key = KEY_PLACEHOLDER;
  const ini = h('pre', { class: 'snippet', id: 'onboarding-ini' }, iniText(url, key));
  const keyArea = h('div', { id: 'onboarding-key' });

  function showKey(newKey) {
    key = newKey;
    fill(ini, iniText(url, key));
    const field = h('input', { id: 'onboarding-new-key', readonly: true, value: newKey, size: newKey.length + 2,
      'aria-label': 'New registration key', onfocus: (e) => e.target.select() });
    fill(keyArea, h('p', { class: 'ok', role: 'status' }, 'New registration key — copy it now, it is not shown again: ',
      field, ' ', copyButton(() => newKey, 'Copy key', 'copy-registration-key')));
  }

  async function keyChoice() {
    if (!ui.can('settings.manage')) {
      fill(keyArea, h('p', {}, 'An administrator knows the registration key (Settings).'));
      return;
    }
    try {
      const settings = await ui.call('oco.setting.list');
      const setting = settings.find((s) => s.key === KEY_SETTING);
      if (setting && setting.source === 'environment') {
        fill(keyArea, h('p', {}, `The key is fixed by ${setting.environment} in the server's environment: use its value.`));
        return;
      }
      fill(keyArea, h('p', {}, 'The key generated at the first start is in generated-secrets.txt in the server\'s data '
        + 'directory; or make a new one here (agents set up with the old key then need the new one): ',
      h('button', { type: 'button', id: 'onboarding-rotate-key', onclick: async () => {
        try {
          showKey((await ui.call('oco.registration_key.rotate')).key);
        } catch (error) {
          keyArea.append(errorBox(error));
        }
      } }, 'Generate a new registration key')));
    } catch (error) {
      fill(keyArea, errorBox(error));
    }
  }
  keyChoice();

  return h('section', { class: 'inventory', id: 'onboarding', 'aria-labelledby': 'onboarding-title' },
    h('h2', { id: 'onboarding-title' }, 'Connect the first agent'),
    h('p', {}, 'No computer has been added yet. An agent on a computer reports it to this server:'),
    h('ol', {},
      h('li', {}, h('strong', {}, 'Registration key. '), 'Agents sign their first contact with it.', keyArea),
      h('li', {}, h('strong', {}, 'Configure the agent: '), 'its oco-agent.ini needs this server\'s URL and the key.',
        ini, copyButton(() => iniText(url, key), 'Copy oco-agent.ini', 'copy-ini')),
      h('li', {}, h('strong', {}, 'Install the agent: '), 'Debian/Ubuntu: ', h('code', {}, 'apt install ./oco-agent_*.deb'),
        '; RPM: ', h('code', {}, 'dnf install ./oco-agent-*.rpm'), '; Windows: ', h('code', {}, 'install.ps1'),
        '; macOS: ', h('code', {}, 'install.sh'), ' from the agent bundle — the full guide is docs/agent.md ',
        '(sections “Install (Linux)”, “Install (Windows)”, “Install (macOS)”) in the OCO-J documentation.'),
      h('li', {}, h('strong', {}, 'Which computers may register: '), 'a computer added under ',
        h('a', { href: '#/computers/new' }, 'New computer'), ' registers with the key; an unknown one only while '
        + 'self-registration is on (the Self-registration box below, when its plugin is enabled).')));
}
