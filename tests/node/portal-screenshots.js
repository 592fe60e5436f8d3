// Signs in to PuenteBot's clinician portal in Debian's Chromium (headless, through playwright-core) with the form's
// own fields, whatever the account's language, and saves screenshots of the queue, of one escalation's page, of the
// enrolment form, and of the family page it leads to (a web-chat family enrolled with the form's own fields).
// Prints the pages' visible text, so the test can tell a label left in the other language.
// usage: node portal-screenshots.js <baseUrl> <user> <password> <escalationId> <queue.png> <escalation.png> <enrol.png> <family.png>
'use strict';

const { launch } = require('./chromium');

const [baseUrl, user, password, escalationId, queueShot, escalationShot, enrolShot, familyShot] = process.argv.slice(2);

async function main() {
  const browser = await launch();
  const errors = [];
  const pages = {};
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 760 } });
    page.on('pageerror', error => errors.push(String(error)));
    page.on('response', response => {
      const path = new URL(response.url()).pathname;
      if (response.status() >= 400 && path !== '/favicon.ico') errors.push(`${response.status()} ${path}`);
    });

    await page.goto(baseUrl + '/portal', { waitUntil: 'load' });
    await page.locator('input[name=user]').fill(user);
    await page.locator('input[name=password]').fill(password);
    await Promise.all([page.waitForURL(url => url.pathname === '/portal'), page.locator('main form button[type=submit]').click()]);
    await page.locator('table.queue').waitFor({ timeout: 20000 });
    pages.queue = { lang: await page.locator('html').getAttribute('lang'), text: await page.locator('body').innerText() };
    await page.screenshot({ path: queueShot, fullPage: true });

    await page.goto(`${baseUrl}/portal/escalations/${encodeURIComponent(escalationId)}`, { waitUntil: 'load' });
    await page.locator('.escalation-summary').waitFor({ timeout: 20000 });
    pages.escalation = { lang: await page.locator('html').getAttribute('lang'), text: await page.locator('body').innerText() };
    await page.screenshot({ path: escalationShot, fullPage: true });

    await page.goto(baseUrl + '/portal/families/new', { waitUntil: 'load' });
    await page.locator('input[name=mrn]').waitFor({ timeout: 20000 });
    pages.enrol = { lang: await page.locator('html').getAttribute('lang'), text: await page.locator('body').innerText() };
    await page.screenshot({ path: enrolShot, fullPage: true });

    await page.locator('input[name=mrn]').fill('448812');
    await page.locator('input[name=childFirstName]').fill('Mateo');
    await page.locator('input[name=caregiverName]').fill('Rosa Jiménez');
    await page.locator('input[name=phone]').fill('+15558675309');
    await page.locator('input[name=channel][value=webchat]').check();
    await Promise.all([
      page.waitForURL(url => /^\/portal\/families\/[^/]+$/.test(url.pathname)),
      page.locator('main form button[type=submit]').click(),
    ]);
    await page.locator('a[href^="tel:"]').waitFor({ timeout: 20000 });
    pages.family = {
      lang: await page.locator('html').getAttribute('lang'),
      text: await page.locator('body').innerText(),
      tel: await page.locator('a[href^="tel:"]').getAttribute('href'),
    };
    await page.screenshot({ path: familyShot, fullPage: true });
  } finally {
    await browser.close();
  }

  console.log(JSON.stringify({ errors, pages }));
}

main().catch(error => {
  console.error(error && error.stack || String(error));
  process.exit(1);
});
