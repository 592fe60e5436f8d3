// Signs in to PuenteBot's clinician portal in Debian's Chromium (headless, through playwright-core) through the
// form, reads the queue, opens the first escalation, sees a message the family then writes (Direct Line
// conversation and token given) appear without reloading, and saves screenshots of both pages.
// usage: node portal-queue.js <baseUrl> <user> <password> <queue.png> <escalation.png> <conversationId> <token>
'use strict';

const { launch } = require('./chromium');

const [baseUrl, user, password, queueShot, escalationShot, conversationId, token] = process.argv.slice(2);
const familyWords = 'Sigo aquí, ¿me pueden llamar?';

async function main() {
  const browser = await launch();
  const steps = [];
  const errors = [];
  let rows = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 760 } });
    page.on('pageerror', error => errors.push(String(error)));
    page.on('console', message => {
      if (message.type() === 'error' && !/^Failed to load resource/.test(message.text())) errors.push(message.text());
    });
    page.on('response', response => {
      const path = new URL(response.url()).pathname;
      if (response.status() >= 400 && path !== '/favicon.ico') errors.push(`${response.status()} ${path}`);
    });

    await page.goto(baseUrl + '/portal', { waitUntil: 'load' });
    steps.push('redirected:' + new URL(page.url()).pathname);

    await page.getByLabel('User name').fill(user);
    await page.getByLabel('Password').fill(password);
    await Promise.all([page.waitForURL(url => url.pathname === '/portal'), page.getByRole('button', { name: 'Sign in' }).click()]);
    await page.locator('table.queue').waitFor({ timeout: 20000 });
    steps.push('signed-in');

    rows = await page.locator('table.queue tbody tr').evaluateAll(trs => trs.map(tr => ({
      id: tr.getAttribute('data-id'),
      className: tr.className,
      cells: [...tr.querySelectorAll('td')].map(td => td.innerText.trim())
    })));
    const deadLetter = page.locator('tr.dead-letter .badge.state-dead_letter');
    const background = await page.locator('tr.dead-letter').first().evaluate(tr => getComputedStyle(tr).backgroundColor);
    steps.push('dead-letter-visible:' + await deadLetter.first().isVisible() + ':' + background);
    await page.screenshot({ path: queueShot, fullPage: true });
    steps.push('queue-screenshot');

    await Promise.all([page.waitForURL(url => url.pathname.startsWith('/portal/escalations/')), page.getByRole('link', { name: 'Open' }).first().click()]);
    await page.locator('.escalation-summary').waitFor({ timeout: 20000 });
    steps.push('opened:' + new URL(page.url()).pathname.split('/').pop());

    const posted = await fetch(`${baseUrl}/v3/directline/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', from: { id: 'family_user' }, text: familyWords })
    });
    steps.push('family-wrote:' + posted.status);
    await page.locator('#transcript').getByText(familyWords).waitFor({ timeout: 15000 });
    steps.push('polled');
    await page.screenshot({ path: escalationShot, fullPage: true });
    steps.push('escalation-screenshot');
  } finally {
    await browser.close();
  }

  console.log(JSON.stringify({ steps, errors, rows }));
}

main().catch(error => {
  console.error(error && error.stack || String(error));
  process.exit(1);
});
