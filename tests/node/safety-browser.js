// Opens PuenteBot's published crisis protocol (/safety/en and /safety/es) in Debian's Chromium (headless, through
// playwright-core) at a phone's width and saves a full-page screenshot of each.
// usage: node safety-browser.js <baseUrl> <screenshot-en.png> <screenshot-es.png>
'use strict';

const { launch } = require('./chromium');

const [baseUrl, english, spanish] = process.argv.slice(2);

async function main() {
  const browser = await launch();
  const steps = [];
  const errors = [];
  try {
    const page = await browser.newPage({ viewport: { width: 412, height: 860 } });
    page.on('pageerror', error => errors.push(String(error)));
    for (const [lang, file, heading] of [['en', english, 'How PuenteBot keeps families safe'], ['es', spanish, 'Cómo PuenteBot cuida la seguridad de las familias']]) {
      await page.goto(baseUrl + '/safety/' + lang, { waitUntil: 'load' });
      await page.getByRole('heading', { name: heading }).waitFor({ timeout: 20000 });
      steps.push('loaded:' + await page.evaluate(() => document.documentElement.lang));
      steps.push('sections:' + await page.locator('h2').count());
      await page.screenshot({ path: file, fullPage: true });
      steps.push('screenshot:' + lang);
    }
  } finally {
    await browser.close();
  }

  console.log(JSON.stringify({ steps, errors }));
}

main().catch(error => {
  console.error(error && error.stack || String(error));
  process.exit(1);
});
