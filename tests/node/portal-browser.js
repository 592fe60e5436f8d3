// The clinician's browser for the portal scripts: a cookie jar, no redirects followed, forms posted with the page's
// anti-forgery token. usage: const browser = require('./portal-browser')(baseUrl, fail);
'use strict';

module.exports = (baseUrl, fail) => {
  const cookies = new Map();
  const send = async (path, init = {}) => {
    const headers = { ...(init.headers || {}), Cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    const response = await fetch(baseUrl + path, { ...init, headers, redirect: 'manual' });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return { status: response.status, location: response.headers.get('location'), html: await response.text() };
  };
  const token = html => {
    const match = /name="__RequestVerificationToken" value="([^"]+)"/.exec(html);
    if (!match) fail('no anti-forgery token on the page');
    return match[1];
  };
  return {
    get: path => send(path),
    submit: async (page, action, fields = {}) => {
      const { html } = await send(page);
      const body = new URLSearchParams({ ...fields, __RequestVerificationToken: token(html) });
      return send(action, { method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    }
  };
};
