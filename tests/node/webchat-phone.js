// Opens PuenteBot's web chat as a phone would (390×844) in Debian's Chromium, in one language, goes from the
// welcome to a handout card, scrolls the conversation back up a little, takes screenshots, and prints layout facts
// measured in the page as JSON.
// usage: node webchat-phone.js <baseUrl> <en|es> <screenshot-prefix>
'use strict';

const { launch } = require('./chromium');

const [baseUrl, language, prefix] = process.argv.slice(2);
const words = {
  en: { consent: 'Is it OK to continue?', yes: 'Yes', menu: 'What would you like to talk about?', guides: 'Short guides', topic: 'Getting to visits', intro: 'Here' },
  es: { consent: '¿Le parece bien que sigamos?', yes: 'Sí', menu: '¿De qué le gustaría hablar?', guides: 'Guías cortas', topic: 'Cómo llegar a las citas', intro: 'Aquí' }
}[language];

// The style a family sees on a button: what makes two buttons look alike.
const styleKeys = ['font-family', 'font-size', 'font-weight', 'color', 'background-color', 'border-top-width', 'border-top-style',
  'border-top-color', 'border-top-left-radius', 'height', 'padding-left'];

async function main() {
  const browser = await launch();
  const errors = [];
  const facts = {};
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    page.on('pageerror', error => errors.push(String(error)));
    await page.goto(baseUrl + '/?lang=' + language, { waitUntil: 'load' });
    await page.getByText(words.consent).last().waitFor({ timeout: 20000 });
    facts.atStart = await measure(page);
    await page.screenshot({ path: prefix + '-welcome.png' });

    await page.getByRole('button', { name: words.yes, exact: true }).last().click();
    await page.getByText(words.menu).last().waitFor({ timeout: 20000 });
    await page.getByRole('button', { name: words.guides }).last().click();
    await page.getByRole('button', { name: words.topic }).last().waitFor({ timeout: 20000 });
    await page.getByRole('button', { name: words.topic }).last().click();
    await page.locator('.ac-pushButton').last().waitFor({ timeout: 20000 });
    await page.locator('.webchat__suggested-action').last().waitFor({ timeout: 20000 });
    await page.waitForTimeout(500);
    facts.afterScroll = await measure(page);
    facts.buttons = await page.evaluate(keys => {
      const styleOf = element => Object.fromEntries(keys.map(key => [key, getComputedStyle(element).getPropertyValue(key)]));
      const cards = [...document.querySelectorAll('.ac-pushButton')];
      const actions = [...document.querySelectorAll('.webchat__suggested-action')];
      return { card: styleOf(cards[cards.length - 1]), action: styleOf(actions[actions.length - 1]), cardText: cards[cards.length - 1].textContent };
    }, styleKeys);
    await page.screenshot({ path: prefix + '-handout.png' });

    // Web Chat keeps a conversation scrolled to its end while new cards arrive (a smooth scroll that can still be
    // running on a busy machine); a family scrolls back once it has settled, so wait for the transcript to stop moving
    // (600 ms without a change, at most 5 s) before scrolling up.
    await page.evaluate(() => new Promise(resolve => {
      const scroller = document.querySelector('.webchat__basic-transcript__scrollable');
      let last = scroller ? scroller.scrollTop : 0;
      let still = 0;
      const started = Date.now();
      const timer = setInterval(() => {
        const now = scroller ? scroller.scrollTop : 0;
        still = now === last ? still + 100 : 0;
        last = now;
        if (still >= 600 || Date.now() - started > 5000) { clearInterval(timer); resolve(); }
      }, 100);
    }));
    await page.mouse.move(195, 500);
    await page.mouse.wheel(0, -400);
    // The header slides back in on the scroll event; on a busy machine that takes longer than its transition, so wait
    // for it (up to 5 s) rather than a fixed time, and measure either way: the test judges what was measured.
    await page.waitForFunction(() => document.querySelector('header.top').getBoundingClientRect().top === 0, null, { timeout: 5000 }).catch(() => {});
    facts.scrolledBack = await measure(page);
  } finally {
    await browser.close();
  }

  console.log(JSON.stringify({ facts, errors }));
}

// Where the header, the banner and the chat are on screen, and whether anything is wider than the screen.
function measure(page) {
  return page.evaluate(() => {
    const box = selector => {
      const r = document.querySelector(selector).getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: r.height };
    };
    const scroller = document.querySelector('.webchat__basic-transcript__scrollable');
    return {
      viewport: { width: window.innerWidth, height: window.innerHeight },
      header: box('header.top'),
      banner: box('.emergency'),
      chat: box('#webchat'),
      sendBox: box('[data-id="webchat-sendbox-input"]'),
      transcriptScrollTop: scroller ? scroller.scrollTop : -1,
      pageWidth: document.documentElement.scrollWidth,
      widest: Math.max(...[...document.querySelectorAll('body *')].map(e => e.getBoundingClientRect().right))
    };
  });
}

main().catch(error => {
  console.error(error && error.stack || String(error));
  process.exit(1);
});
