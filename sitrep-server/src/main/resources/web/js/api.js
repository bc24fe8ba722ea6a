// The server's JSON API: one fetch wrapper (bearer token when reads are closed, {error, detail} errors).

const TOKEN_KEY = 'sitrep.token';
let unauthorized = () => {};

export class ApiError extends Error {
  constructor(status, error, detail) {
    super(detail || error || 'HTTP ' + status);
    this.status = status;
    this.error = error;
  }
}

/** A query string of the parameters that have a value. */
export function query(params) {
  const q = new URLSearchParams();
  Object.entries(params || {}).forEach(([k, v]) => {
    if (v !== '' && v !== null && v !== undefined) q.set(k, String(v));
  });
  return q.toString();
}

export function apiUrl(path, params) {
  const q = query(params);
  return q ? path + '?' + q : path;
}

export function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(value) {
  if (value) sessionStorage.setItem(TOKEN_KEY, value);
  else sessionStorage.removeItem(TOKEN_KEY);
}

/** Called when the server asks for a token (reads closed with serve --read-token). */
export function whenUnauthorized(fn) {
  unauthorized = fn;
}

function headers() {
  const h = { Accept: 'application/json' };
  const t = token();
  if (t) h.Authorization = 'Bearer ' + t;
  return h;
}

async function fetchOk(url, signal) {
  const response = await fetch(url, { headers: headers(), signal });
  if (!response.ok) {
    let body = {};
    try { body = await response.json(); } catch (e) { /* not JSON: keep the status */ }
    if (response.status === 401) unauthorized();
    throw new ApiError(response.status, body.error, body.detail || response.statusText);
  }
  return response;
}

/** POSTs a JSON body with the signed-in user's token; answers the JSON reply. */
export async function postJson(path, body) {
  const h = { ...headers(), 'Content-Type': 'application/json' };
  const response = await fetch(path, { method: 'POST', headers: h, body: JSON.stringify(body) });
  let answer = {};
  try { answer = await response.json(); } catch (e) { /* not JSON: keep the status */ }
  if (!response.ok) throw new ApiError(response.status, answer.error, answer.detail || response.statusText);
  return answer;
}

/** DELETEs with the signed-in user's token; an error answer throws as ApiError. */
export async function deleteWith(path) {
  const response = await fetch(path, { method: 'DELETE', headers: headers() });
  if (!response.ok) {
    let body = {};
    try { body = await response.json(); } catch (e) { /* not JSON: keep the status */ }
    throw new ApiError(response.status, body.error, body.detail || response.statusText);
  }
}

export async function getJson(path, params, signal) {
  return (await fetchOk(apiUrl(path, params), signal)).json();
}

/** Downloads a file through fetch (so the token goes along) and hands it to the browser. */
export async function download(url, fileName) {
  const blob = await (await fetchOk(url)).blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

export function isAbort(e) {
  return e && e.name === 'AbortError';
}
