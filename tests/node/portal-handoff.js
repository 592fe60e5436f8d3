// A live handoff with the real botframework-directlinejs client as the family (as Web Chat talks) and plain HTTP
// as the clinician's browser (cookies, forms with their anti-forgery token): crisis, sign in, join, reply, the
// family writes, hand back.
// usage: node portal-handoff.js <baseUrl> <user> <password> <polling|websocket>
// Prints one JSON line with what each side saw; exits 1 (with the reason on stderr) if a step did not happen.
'use strict';

global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const [baseUrl, user, password, mode] = process.argv.slice(2);

function fail(reason) {
  console.error(reason);
  process.exit(1);
}

setTimeout(() => fail('timed out'), 45000).unref();

/** The clinician's browser. */
const browser = () => require('./portal-browser')(baseUrl, fail);

async function main() {
  const response = await fetch(`${baseUrl}/v3/directline/tokens/generate`, { method: 'POST' });
  const { token } = await response.json();
  const directLine = new DirectLine({ domain: `${baseUrl}/v3/directline`, token, webSocket: mode === 'websocket', pollingInterval: 200 });

  const seen = [];
  const waiters = [];
  directLine.activity$.subscribe(activity => {
    seen.push(activity);
    for (const waiter of [...waiters]) {
      if (waiter.match(activity, seen.length - 1)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(seen.length - 1);
      }
    }
  }, error => fail(`activity$ failed: ${error && error.message}`));
  const next = (match, what) => new Promise(resolve => {
    const found = seen.findIndex(match);
    if (found >= 0) resolve(found); else waiters.push({ match, resolve, what });
  });
  const fromBot = a => a.from && a.from.role === 'bot';
  const botAfter = (index, test) => (a, i) => i > index && fromBot(a) && test(a);
  await new Promise(resolve => directLine.connectionStatus$.subscribe(status => {
    if (status === ConnectionStatus.Online) resolve();
    if (status === ConnectionStatus.FailedToConnect) fail('failed to connect');
  }));
  let sequence = 0;
  const say = async text => {
    const id = `client-${++sequence}`;
    await new Promise((resolve, reject) => directLine
      .postActivity({ type: 'message', from: { id: 'family_user' }, text, locale: 'es-MX', channelData: { clientActivityID: id } })
      .subscribe(resolve, reject));
    return next(a => a.channelData && a.channelData.clientActivityID === id);
  };
  const withOptions = a => Array.isArray(a.suggestedActions && a.suggestedActions.actions);

  const hola = await say('hola');
  await next(botAfter(hola, withOptions));
  const yes = await say('sí');
  await next(botAfter(yes, withOptions));
  const crisis = await say('quiero matarme');
  const safety = seen[await next(botAfter(crisis, a => /988/.test(a.text || '')))].text;

  const clinician = browser();
  const signIn = await clinician.submit('/portal/signin', '/portal/signin', { user, password, returnUrl: '/portal' });
  if (signIn.location !== '/portal') fail(`sign-in went to ${signIn.location}`);
  const queue = await clinician.get('/portal');
  const escalation = (/data-id="([^"]+)"/.exec(queue.html) || fail('the queue is empty'))[1];
  const page = `/portal/escalations/${escalation}`;

  const join = await clinician.submit(page, page + '/join');
  const joinedAt = await next(botAfter(crisis, a => (a.text || '').includes('se unió')));
  const reply = await clinician.submit(page, page + '/reply', { text: 'Hola, soy Ana. ¿Puedo llamarle ahora?' });
  const replyAt = await next(botAfter(joinedAt, a => (a.text || '').includes('¿Puedo llamarle ahora?')));

  const familyAt = await say('sí, llámeme por favor');
  const transcript = await clinician.get(page + '/transcript');
  const handBack = await clinician.submit(page, page + '/handback');
  const firstAfterFamily = await next(botAfter(familyAt, () => true));
  const menuAt = await next(botAfter(firstAfterFamily, withOptions));

  directLine.end();
  console.log(JSON.stringify({
    mode,
    safety,
    notices: [join.location, reply.location, handBack.location],
    joined: seen[joinedAt].text,
    clinicianText: seen[replyAt].text,
    transcriptHasFamily: transcript.html.includes('sí, llámeme por favor'),
    firstAfterFamily: seen[firstAfterFamily].text,
    menuText: seen[menuAt].text,
    menuOptions: seen[menuAt].suggestedActions.actions.map(a => a.title)
  }));
  process.exit(0);
}

main().catch(error => fail(error && error.stack || String(error)));
