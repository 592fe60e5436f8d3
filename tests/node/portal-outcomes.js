// Signs in to PuenteBot's clinician portal in Debian's Chromium (headless, through playwright-core) and saves a
// full-page screenshot of the outcomes page for the given days. Prints the page's language, visible text, how many
// charts it drew and how many bars they hold, so the test can check the labels and that the charts are real.
// usage: node portal-outcomes.js <baseUrl> <user> <password> <path-and-query> <outcomes.png>
'use strict';

const { launch } = require('./chromium');

const [baseUrl, user, password, path, shot] = process.argv.slice(2);

async function main() {
  const browser = await launch();
  const errors = [];
  let result = {};
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('pageerror', error => errors.push(String(error)));
    page.on('response', response => {
      const pathname = new URL(response.url()).pathname;
      if (response.status() >= 400 && pathname !== '/favicon.ico') errors.push(`${response.status()} ${pathname}`);
    });

    await page.goto(baseUrl + '/portal', { waitUntil: 'load' });
    await page.locator('input[name=user]').fill(user);
    await page.locator('input[name=password]').fill(password);
    await Promise.all([page.waitForURL(url => url.pathname === '/portal'), page.locator('main form button[type=submit]').click()]);
    await page.goto(baseUrl + path, { waitUntil: 'load' });
    await page.locator('section.outcomes').first().waitFor({ timeout: 20000 });
    result = {
      lang: await page.locator('html').getAttribute('lang'),
      text: await page.locator('body').innerText(),
      charts: await page.locator('figure.chart svg').count(),
      bars: await page.locator('figure.chart svg rect').count(),
      barWidth: await page.locator('figure.chart svg rect').evaluateAll(rects => Math.max(0, ...rects.map(r => r.getBoundingClientRect().width))),
    };
    await page.screenshot({ path: shot, fullPage: true });
  } finally {
    await browser.close();
  }

  console.log(JSON.stringify({ errors, ...result }));
}

main().catch(error => {
  console.error(error && error.stack || String(error));
  process.exit(1);
});
