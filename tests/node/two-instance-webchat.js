// A web-chat family on instance A (the real botframework-directlinejs client, WebSocket) and a clinician signed in to
// the portal on instance B, two bot processes on one database. A is killed while the family's stream is open: the
// script prints "kill-a" and waits for "killed" on standard input, then reconnects the family to B with the same
// conversation, token and last watermark, and the handoff goes on there.
// usage: node two-instance-webchat.js <baseUrlA> <baseUrlB> <user> <password>
// Prints one JSON line (prefixed "result ") with what the family saw on each instance; exits 1 (reason on stderr)
// if a step did not happen.
'use strict';

global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const readline = require('readline');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const [baseA, baseB, user, password] = process.argv.slice(2);

function fail(reason) {
  console.error(reason);
  process.exit(1);
}

setTimeout(() => fail('timed out'), 90000).unref();

const lines = readline.createInterface({ input: process.stdin });
const stdinWaiters = [];
lines.on('line', line => {
  for (const waiter of [...stdinWaiters]) {
    if (waiter.line === line.trim()) {
      stdinWaiters.splice(stdinWaiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  }
});
const heard = line => new Promise(resolve => stdinWaiters.push({ line, resolve }));
const delay = ms => new Promise(resolve => setTimeout(resolve, ms));

/** The clinician's browser on one instance. */
const browser = baseUrl => require('./portal-browser')(baseUrl, fail);

/** One DirectLine client and everything it delivered, in order. */
function family(options, name) {
  const directLine = new DirectLine({ ...options, webSocket: true, pollingInterval: 200 });
  const seen = [];
  const waiters = [];
  let ignoreErrors = false;
  const subscription = directLine.activity$.subscribe(activity => {
    seen.push(activity);
    for (const waiter of [...waiters]) {
      if (waiter.match(activity, seen.length - 1)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(seen.length - 1);
      }
    }
  }, error => { if (!ignoreErrors) fail(`activity$ on ${name} failed: ${error && error.message}`); });
  const next = match => new Promise(resolve => {
    const found = seen.findIndex(match);
    if (found >= 0) resolve(found); else waiters.push({ match, resolve });
  });
  const online = new Promise(resolve => directLine.connectionStatus$.subscribe(status => {
    if (status === ConnectionStatus.Online) resolve();
    if (status === ConnectionStatus.FailedToConnect && !ignoreErrors) fail(`failed to connect to ${name}`);
  }));
  return { directLine, seen, next, online, subscription, ignore: () => { ignoreErrors = true; } };
}

const fromBot = a => a.from && a.from.role === 'bot';
const botAfter = (index, test) => (a, i) => i > index && fromBot(a) && test(a);
const withOptions = a => Array.isArray(a.suggestedActions && a.suggestedActions.actions);
const brief = a => ({ id: a.id, type: a.type, role: a.from && a.from.role, text: a.text || null, replyToId: a.replyToId || null });

async function main() {
  const response = await fetch(`${baseA}/v3/directline/tokens/generate`, { method: 'POST' });
  if (!response.ok) fail(`tokens/generate on A answered ${response.status}`);
  const { token, conversationId } = await response.json();

  let sequence = 0;
  const sayOn = client => async text => {
    const id = `client-${++sequence}`;
    await new Promise((resolve, reject) => client.directLine
      .postActivity({ type: 'message', from: { id: 'family_user' }, text, locale: 'es-MX', channelData: { clientActivityID: id } })
      .subscribe(resolve, reject));
    return client.next(a => a.channelData && a.channelData.clientActivityID === id);
  };

  // (1) The family on A: hello, consent, then words of danger (an urgent escalation the portal lists).
  const onA = family({ domain: `${baseA}/v3/directline`, token }, 'A');
  await onA.online;
  const sayA = sayOn(onA);
  const hola = await sayA('hola');
  await onA.next(botAfter(hola, withOptions));
  const yes = await sayA('sí');
  await onA.next(botAfter(yes, withOptions));
  const crisis = await sayA('quiero matarme');
  const safety = onA.seen[await onA.next(botAfter(crisis, a => /988/.test(a.text || '')))].text;

  // (2) The clinician on B: sign in, find the escalation, join and write; the family's stream on A gets both.
  const clinician = browser(baseB);
  const signIn = await clinician.submit('/portal/signin', '/portal/signin', { user, password, returnUrl: '/portal' });
  if (signIn.location !== '/portal') fail(`sign-in on B went to ${signIn.location}`);
  let escalation = null;
  for (let i = 0; i < 50 && !escalation; i++) {
    const queue = await clinician.get('/portal');
    escalation = (/data-id="([^"]+)"/.exec(queue.html) || [])[1];
    if (!escalation) await delay(100);
  }
  if (!escalation) fail('the queue on B is empty');
  const page = `/portal/escalations/${escalation}`;
  const notices = [];
  // B has heard of the conversation from the activity feed (a notification on PostgreSQL) by now: the family wrote
  // three messages on A before the clinician signed in.
  const join = await clinician.submit(page, page + '/join');
  notices.push(join.location);
  const joinedAt = await onA.next(botAfter(crisis, a => (a.text || '').includes('se unió')));
  const firstReply = await clinician.submit(page, page + '/reply', { text: 'Hola, soy Ana. ¿Puedo llamarle ahora?' });
  notices.push(firstReply.location);
  const firstReplyAt = await onA.next(botAfter(joinedAt, a => (a.text || '').includes('¿Puedo llamarle ahora?')));
  const onAConversationId = onA.directLine.conversationId;

  // (3) A is killed (SIGKILL) while the family's stream on it is open.
  onA.ignore();
  console.log('kill-a');
  await heard('killed');
  await delay(300);
  const watermarkAtKill = onA.directLine.watermark;
  const tokenAtKill = onA.directLine.token;
  const seenOnA = onA.seen.map(brief);
  onA.subscription.unsubscribe();
  onA.directLine.end();

  // The family's client reconnects to B: a new DirectLine, same conversation and token, the last watermark it saw.
  const onB = family({ domain: `${baseB}/v3/directline`, token: tokenAtKill, conversationId: onAConversationId, watermark: watermarkAtKill }, 'B');
  await onB.online;
  const sayB = sayOn(onB);
  const secondReply = await clinician.submit(page, page + '/reply', { text: '¿Sigue ahí? Aquí estoy.' });
  notices.push(secondReply.location);
  const secondReplyAt = await onB.next(a => fromBot(a) && (a.text || '').includes('¿Sigue ahí? Aquí estoy.'));
  const familyAt = await sayB('sí, sigo aquí');
  const handBack = await clinician.submit(page, page + '/handback');
  notices.push(handBack.location);
  const endedAt = await onB.next(botAfter(familyAt, () => true));
  const menuAt = await onB.next(botAfter(endedAt, withOptions));
  const pick = await sayB('2');
  const answerAt = await onB.next(botAfter(pick, a => a.replyToId === onB.seen[pick].id));
  await delay(500);
  const seenOnB = onB.seen.map(brief);
  const finalToken = onB.directLine.token;
  onB.directLine.end();

  console.log('result ' + JSON.stringify({
    conversationId,
    clientConversationId: onAConversationId,
    token: finalToken,
    watermarkAtKill,
    safety,
    notices,
    joined: onA.seen[joinedAt].text,
    firstReply: onA.seen[firstReplyAt].text,
    secondReply: onB.seen[secondReplyAt].text,
    familyOnB: onB.seen[familyAt].id,
    ended: onB.seen[endedAt].text,
    menu: onB.seen[menuAt].text,
    answer: onB.seen[answerAt].text,
    seenOnA,
    seenOnB
  }));
  process.exit(0);
}

main().catch(error => fail(error && error.stack || String(error)));
