// Loads PuenteBot's web chat page in Debian's Chromium (headless, through playwright-core), has a short
// conversation as a caregiver would, and saves a screenshot.
// usage: node webchat-browser.js <baseUrl> <screenshot.png>
'use strict';

const { launch } = require('./chromium');

const [baseUrl, screenshot] = process.argv.slice(2);

async function main() {
  const browser = await launch();
  const steps = [];
  const errors = [];
  try {
    const page = await browser.newPage({ viewport: { width: 412, height: 860 } });
    page.on('pageerror', error => errors.push(String(error)));
    await page.goto(baseUrl + '/', { waitUntil: 'load' });
    steps.push('loaded:' + await page.evaluate(() => document.documentElement.lang));

    await page.getByText('Is it OK to continue?').last().waitFor({ timeout: 20000 });
    steps.push('welcomed');

    await page.getByRole('button', { name: 'Yes' }).last().click();
    await page.getByText('What would you like to talk about?').last().waitFor({ timeout: 20000 });
    steps.push('consented');

    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill('help');
    await input.press('Enter');
    await page.getByText('I can help you').last().waitFor({ timeout: 20000 });
    steps.push('replied');

    const button = page.getByRole('button', { name: 'Talk to a person' }).last();
    await button.waitFor({ timeout: 20000 });
    const bubbles = await page.locator('.webchat__bubble').count();
    await button.click();
    await page.waitForFunction(count => document.querySelectorAll('.webchat__bubble').length > count + 1, bubbles, { timeout: 20000 });
    steps.push('clicked');

    // On a phone-sized screen the header is out of view by now: scrolling the conversation back up brings it back.
    // A reply that arrives meanwhile scrolls the conversation on and the header away again, so scroll up until the
    // header stays in view long enough to tap.
    const spanish = page.getByRole('button', { name: 'Español' });
    await page.mouse.move(200, 500);
    for (let attempt = 1; ; attempt++) {
      await page.mouse.wheel(0, -400);
      await page.waitForFunction(() => !document.body.classList.contains('scrolled-away'), null, { timeout: 5000 });
      try {
        await spanish.click({ timeout: 3000 });
        break;
      } catch (error) {
        if (attempt === 5) { throw error; }
      }
    }
    await page.getByText('Claro, seguimos en español.').last().waitFor({ timeout: 20000 });
    steps.push('switched:' + await page.evaluate(() => document.documentElement.lang));

    await page.screenshot({ path: screenshot, fullPage: true });
    steps.push('screenshot');
  } finally {
    await browser.close();
  }

  console.log(JSON.stringify({ steps, errors }));
}

main().catch(error => {
  console.error(error && error.stack || String(error));
  process.exit(1);
});
