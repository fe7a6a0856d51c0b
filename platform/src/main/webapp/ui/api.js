// The client API (/api-client.php) with the admin's web session: the session cookie authenticates, the
// X-CSRF-Token header proves the request comes from this page, and the server supplies params.api_key.

let csrfToken = null;
let whenExpired = () => {};
let nextId = 1;

/** An error answer of the client API: message is the server's text, code the JSON-RPC code. */
export class ApiError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

export function onSessionExpired(handler) {
  whenExpired = handler;
}

/** The current session ({username, csrf_token, …}) or null. */
export async function currentSession() {
  const response = await fetch('/ui-session', { credentials: 'same-origin', cache: 'no-store' });
  if (!response.ok) return null;
  const session = await response.json();
  csrfToken = session.csrf_token;
  return session;
}

export async function login(username, password) {
  const response = await fetch('/ui-session/login', {
    method: 'POST', credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(body.error || `Login failed (HTTP ${response.status})`, response.status);
  csrfToken = body.csrf_token;
  return body;
}

export async function logout() {
  await fetch('/ui-session/logout', {
    method: 'POST', credentials: 'same-origin', headers: { 'X-CSRF-Token': csrfToken || '' },
  });
  csrfToken = null;
}

function envelope(method, data) {
  return { jsonrpc: '2.0', id: nextId++, method, params: { data } };
}

async function post(body) {
  const response = await fetch('/api-client.php', {
    method: 'POST', credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken || '' },
    body: JSON.stringify(body),
  });
  if (response.status === 401) {
    whenExpired();
    throw new ApiError('Your session has ended: please log in again', 401);
  }
  if (!response.ok) throw new ApiError(errorText(await response.text()) || `HTTP ${response.status}`, response.status);
  return response.json();
}

/** The message of an error answer: plain text (client API checks) or {"error": "..."} (server failures, 503). */
function errorText(text) {
  try {
    const parsed = JSON.parse(text);
    return typeof parsed.error === 'string' ? parsed.error : text;
  } catch {
    return text;
  }
}

/**
 * The server's message for people: "params.data.hostname must be at most 200 characters" (the API's wording, with
 * the path a programmer needs) becomes "Hostname: at most 200 characters". Other messages are already words.
 */
export function inWords(message) {
  const found = /^params\.data\.((?:[A-Za-z_]+(?:\[\d+\])?\.)*)([A-Za-z_]+)(?:\[(\d+)\])? (.+)$/.exec(String(message));
  if (!found) return message;
  const [, , field, index, rest] = found;
  const label = field.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()) + (index ? ` ${Number(index) + 1}` : '');
  const words = rest.replace(/^must be at most/, 'at most').replace(/^is required( and cannot be empty)?$/, 'required')
    .replace(/^must be a string$/, 'must be text');
  return `${label}: ${words}`;
}

function unwrap(answer) {
  if (answer.error) throw new ApiError(inWords(answer.error.message), answer.error.code);
  return answer.result.data;
}

/** Calls one client API method; resolves to result.data, rejects with ApiError. */
export async function call(method, data = {}) {
  return unwrap(await post(envelope(method, data)));
}

/**
 * Calls several methods in one HTTP request (a JSON-RPC batch). Resolves to one entry per call, in order:
 * {ok: true, data} or {ok: false, error}.
 */
export async function batch(calls) {
  if (calls.length === 0) return [];
  const answers = await post(calls.map(([method, data]) => envelope(method, data || {})));
  return answers.map((answer) => {
    try {
      return { ok: true, data: unwrap(answer) };
    } catch (error) {
      return { ok: false, error };
    }
  });
}
