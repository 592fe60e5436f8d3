// Talks to PuenteBot's embedded Direct Line with the real botframework-directlinejs client, as Web Chat does.
// usage: node directline-conversation.js <baseUrl> <polling|websocket>
// Prints one JSON line with what was seen; exits 1 (with the reason on stderr) if a step did not happen.
'use strict';

global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const [baseUrl, mode] = process.argv.slice(2);
const userId = 'dl_test_user';

function fail(reason) {
  console.error(reason);
  process.exit(1);
}

setTimeout(() => fail('timed out'), 30000).unref();

async function main() {
  const response = await fetch(`${baseUrl}/v3/directline/tokens/generate`, { method: 'POST' });
  if (!response.ok) fail(`tokens/generate answered ${response.status}`);
  const { token, conversationId } = await response.json();

  const directLine = new DirectLine({
    domain: `${baseUrl}/v3/directline`,
    token,
    webSocket: mode === 'websocket',
    pollingInterval: 200
  });

  const seen = [];
  const waiters = [];
  directLine.activity$.subscribe(activity => {
    seen.push(activity);
    for (const waiter of [...waiters]) {
      if (waiter.match(activity)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(activity);
      }
    }
  }, error => fail(`activity$ failed: ${error && error.message}`));

  const next = match => new Promise(resolve => {
    const already = seen.find(match);
    if (already) resolve(already); else waiters.push({ match, resolve });
  });

  await new Promise(resolve => directLine.connectionStatus$.subscribe(status => {
    if (status === ConnectionStatus.Online) resolve();
    if (status === ConnectionStatus.FailedToConnect) fail('failed to connect');
  }));

  const post = (text, clientActivityID) => new Promise((resolve, reject) => directLine
    .postActivity({ type: 'message', from: { id: userId, name: 'Ana' }, text, locale: 'es-MX', channelData: { clientActivityID } })
    .subscribe(resolve, reject));

  const offersOptions = a => a.from.role === 'bot' && Array.isArray(a.suggestedActions && a.suggestedActions.actions);
  const firstId = await post('hola', 'client-1');
  const echo = await next(a => a.channelData && a.channelData.clientActivityID === 'client-1');
  const consent = await next(a => offersOptions(a) && a.replyToId === firstId);
  const greeting = seen.find(a => a.from.role === 'bot' && /soy PuenteBot/.test(a.text || ''));

  const consentId = await post('sí', 'client-2');
  const menu = await next(a => offersOptions(a) && a.replyToId === consentId);

  const pickId = await post('2', 'client-3');
  const answer = await next(a => a.from.role === 'bot' && a.replyToId === pickId);

  directLine.end();
  console.log(JSON.stringify({
    mode,
    conversationId,
    firstId,
    echoId: echo.id,
    echoRole: echo.from.role,
    greeting: greeting && greeting.text,
    consentOptions: consent.suggestedActions.actions.map(a => a.title),
    menuText: menu.text,
    menuOptions: menu.suggestedActions.actions.map(a => a.title),
    menuInputHint: menu.inputHint,
    answer: answer.text,
    botIds: [...new Set(seen.filter(a => a.from.role === 'bot').map(a => a.from.id))],
    timestampsPresent: seen.every(a => typeof a.timestamp === 'string'),
    idsPresent: seen.every(a => typeof a.id === 'string')
  }));
  process.exit(0);
}

main().catch(error => fail(error && error.stack || String(error)));
