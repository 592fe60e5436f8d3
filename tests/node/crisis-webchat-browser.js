// A crisis episode in PuenteBot's web chat page, in Debian's Chromium (headless, through playwright-core): a
// Spanish-speaking mother writes that her partner hit her in front of the children; the reply must show the
// domestic violence line as tap-to-call links (tel:), a tap on "text START to 88788" must open sms:, and the safety
// question must come with Yes / No buttons. Saves a screenshot.
// usage: node crisis-webchat-browser.js <baseUrl> <screenshot.png>
'use strict';

const { launch } = require('./chromium');

const [baseUrl, screenshot] = process.argv.slice(2);

async function say(page, text) {
  const input = page.locator('[data-id="webchat-sendbox-input"]');
  await input.fill(text);
  await input.press('Enter');
}

async function main() {
  const browser = await launch();
  const steps = [];
  const errors = [];
  const links = {};
  try {
    const page = await browser.newPage({ viewport: { width: 412, height: 900 }, locale: 'es-MX' });
    page.on('pageerror', error => errors.push(String(error)));
    await page.goto(baseUrl + '/?lang=es', { waitUntil: 'load' });
    await page.getByText('¿Le parece bien que sigamos?').last().waitFor({ timeout: 20000 });
    steps.push('welcomed');
    await page.getByRole('button', { name: 'Sí' }).last().click();
    await page.getByText('¿De qué le gustaría hablar?').last().waitFor({ timeout: 20000 });
    steps.push('consented');

    await say(page, 'mi pareja me pegó delante de los niños');
    await page.getByText('Línea Nacional sobre la Violencia Doméstica').last().waitFor({ timeout: 20000 });
    await page.getByText('¿Usted y su hijo o hija están a salvo en este momento?').last().waitFor({ timeout: 20000 });
    steps.push('crisis');
    for (const href of ['tel:911', 'tel:+18007997233', 'sms:88788?body=START']) {
      links[href] = await page.locator(`.webchat__bubble a[href="${href}"]`).count();
    }
    links.yes = await page.getByRole('button', { name: 'Sí' }).count();
    await page.evaluate(() => { window.open = url => { window.opened = url; return null; }; });
    await page.locator('.webchat__bubble button[value="sms:88788?body=START"]').last().click();
    links.textOpened = await page.evaluate(() => window.opened || null);
    links.safety = await page.locator('a[href="/safety/es"]').count();

    await page.screenshot({ path: screenshot, fullPage: true });
    steps.push('screenshot');
  } finally {
    await browser.close();
  }

  console.log(JSON.stringify({ steps, errors, links }));
}

main().catch(error => {
  console.error(error && error.stack || String(error));
  process.exit(1);
});
