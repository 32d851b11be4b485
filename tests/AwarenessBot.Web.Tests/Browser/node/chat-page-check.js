// Drives the chat page in Debian's chromium (playwright-core) like a person would: welcome,
// a suggested action, an awareness question with its source, a danger message, axe-core,
// and the quick exit (button and Shift x3) with no way Back. Nothing leaves the machine:
// names resolve only to loopback and every request to another origin is aborted, except the
// quick exit's destination, answered with a local blank page.
// usage: node chat-page-check.js URL SCREENSHOT_DIR   (env CHROMIUM, default /usr/bin/chromium)
'use strict';
const path = require('path');
const { chromium } = require('playwright-core');

const [url, shots] = process.argv.slice(2);
const origin = new URL(url).origin;
const WAIT = 20000;
const SENDBOX = '[data-id="webchat-sendbox-input"]';
const BOT = '.webchat__basic-transcript__activity:not(:has([class*="--from-user"]))';
let failures = 0;
setTimeout(() => { console.log('FAIL the check did not finish within 200 s'); process.exit(1); }, 200000).unref();

async function check(name, fn) {
  try { const info = await fn(); console.log(`ok ${name}${info ? ' — ' + info : ''}`); } catch (e) { failures++; console.log(`FAIL ${name} — ${String(e.message || e).split('\n')[0]}`); }
}

async function botTextMatching(page, re, after) {
  const end = Date.now() + WAIT;
  for (;;) {
    const texts = await page.$$eval(BOT, els => els.map(e => e.innerText.replace(/\s+/g, ' ').trim()));
    const hit = texts.slice(after).find(t => re.test(t));
    if (hit) return hit;
    if (Date.now() > end) throw new Error(`no bot message matching ${re}; bot said ${JSON.stringify(texts.slice(after).join(' | ').slice(0, 200))}`);
    await page.waitForTimeout(200);
  }
}

async function send(page, text) {
  const before = await page.$$eval(BOT, els => els.length);
  await page.fill(SENDBOX, text);
  await page.press(SENDBOX, 'Enter');
  return before;
}

async function leftForGood(page) {
  await page.waitForURL(u => u.origin !== origin, { timeout: WAIT });
  const gone = page.url();
  await page.goBack({ timeout: 5000 }).catch(() => null);
  const back = page.url();
  if (back.startsWith(origin)) throw new Error(`Back returned to ${back}`);
  return `went to ${gone}; Back: ${back || 'nothing'}`;
}

async function run(browser, name, viewport, mobile) {
  const context = await browser.newContext({ viewport, isMobile: mobile, hasTouch: mobile, locale: 'en-US', serviceWorkers: 'block' });
  const offOrigin = [], cspErrors = [];
  await context.route('**/*', route => {
    const req = route.request();
    if (new URL(req.url()).origin === origin) return route.continue();
    if (req.isNavigationRequest() && req.url().startsWith('https://www.bbc.co.uk/')) {
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html lang="en"><title>Weather</title><p>Weather</p></html>' });
    }
    offOrigin.push(req.url());
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', m => { if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text().slice(0, 160)); });
  await page.goto(url, { waitUntil: 'load' });
  const shot = file => page.screenshot({ path: path.join(shots, `${name}-${file}.png`) });

  await check(`${name}: welcome from the bot`, async () => {
    await page.waitForSelector(SENDBOX, { state: 'visible', timeout: WAIT });
    return (await botTextMatching(page, /\S/, 0)).slice(0, 60);
  });
  await check(`${name}: upload button hidden`, async () => {
    if (await page.locator('.webchat__upload-button').count()) throw new Error('upload button shown');
  });
  await shot('welcome');
  await check(`${name}: a suggested action from the welcome gets an answer`, async () => {
    const action = page.locator('.webchat__suggested-action').first();
    await action.waitFor({ state: 'visible', timeout: WAIT });
    const before = await page.$$eval(BOT, els => els.length);
    await action.click();
    return (await botTextMatching(page, /\S/, before)).slice(0, 60);
  });
  await check(`${name}: awareness question answered with coercion and its source`, async () => {
    const before = await send(page, 'What is human trafficking?');
    const answer = await botTextMatching(page, /coercion/i, before);
    if (!/source|\.pdf|https?:|\.md/i.test(answer)) throw new Error('no source in ' + JSON.stringify(answer.slice(0, 200)));
    return answer.slice(0, 60);
  });
  await check(`${name}: danger message answered with emergency contacts`, async () => {
    const before = await send(page, 'please help he locked me in the room');
    return (await botTextMatching(page, /911/, before)).slice(0, 60);
  });
  await shot('chat');
  await check(`${name}: axe-core finds no serious or critical violation`, async () => {
    // Evaluated through the DevTools protocol: a script tag would be (rightly) refused by the page's CSP.
    await page.evaluate(require('fs').readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const r = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const bad = r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
    if (bad.length) throw new Error(bad.map(v => `${v.id}: ${v.nodes.slice(0, 2).map(n => n.target.join(' ')).join(', ')}`).join('; '));
    return `minor/moderate: ${r.violations.map(v => v.id).join(', ') || 'none'}`;
  });
  await check(`${name}: quick exit comes before the send box in Tab order`, async () => {
    await page.evaluate(() => {
      const start = document.createElement('span');
      start.tabIndex = -1;
      document.body.prepend(start);
      start.focus();
    });
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement && document.activeElement.id);
    if (first !== 'quick-exit') throw new Error('first Tab stop is ' + first);
  });
  await check(`${name}: the quick exit button leaves and Back does not return`, async () => {
    await page.click('#quick-exit');
    return leftForGood(page);
  });
  const second = await context.newPage();
  await second.goto(url, { waitUntil: 'load' });
  await second.evaluate(() => sessionStorage.setItem('probe', '1'));
  await check(`${name}: three presses of Shift leave and clear session storage`, async () => {
    await second.keyboard.press('Shift'); await second.keyboard.press('Shift'); await second.keyboard.press('Shift');
    const info = await leftForGood(second);
    return info;
  });
  await second.screenshot({ path: path.join(shots, `${name}-after-exit.png`) });
  await check(`${name}: no request to another host, no CSP violation`, async () => {
    if (offOrigin.length) throw new Error('off-origin: ' + offOrigin.slice(0, 3).join(', '));
    if (cspErrors.length) throw new Error('CSP: ' + cspErrors.slice(0, 2).join(' | '));
  });
  await context.close();
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
  });
  try {
    await run(browser, 'phone', { width: 390, height: 844 }, true);
    await run(browser, 'desktop', { width: 1280, height: 800 }, false);
  } finally { await browser.close(); }
  console.log(failures ? `FAIL ${failures} checks failed` : 'all checks hold');
  process.exit(failures ? 1 : 0);
})().catch(e => { console.log('FAIL ' + e.message); process.exit(1); });
