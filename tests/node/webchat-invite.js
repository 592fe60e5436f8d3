// Opens a family's web-chat invitation link in Debian's Chromium (headless, through playwright-core), as the caregiver
// would from the clinic's text or email: the page greets them in the invitation's language, the invitation leaves the
// address bar, and they consent. Prints the steps and the address the page ended on.
// usage: node webchat-invite.js <inviteUrl>
'use strict';

const { launch } = require('./chromium');

const [inviteUrl] = process.argv.slice(2);

async function main() {
  const browser = await launch();
  const steps = [];
  const errors = [];
  let address = '';
  try {
    const page = await browser.newPage({ viewport: { width: 412, height: 860 } });
    page.on('pageerror', error => errors.push(String(error)));
    await page.goto(inviteUrl, { waitUntil: 'load' });
    steps.push('loaded:' + await page.evaluate(() => document.documentElement.lang));

    await page.getByText('¿Le parece bien que sigamos?').last().waitFor({ timeout: 20000 });
    steps.push('welcomed');
    address = page.url();

    await page.getByRole('button', { name: 'Sí' }).last().click();
    await page.getByText('¿De qué le gustaría hablar?').last().waitFor({ timeout: 20000 });
    steps.push('consented');
  } finally {
    await browser.close();
  }

  console.log(JSON.stringify({ steps, errors, address }));
}

main().catch(error => {
  console.error(error && error.stack || String(error));
  process.exit(1);
});
