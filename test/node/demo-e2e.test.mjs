// The demo, driven like a person would: real clicks on highlighted words, keys, paste,
// copy. Key states are compared with reference screenshots in test/e2e-screenshots/
// (UPDATE_SCREENSHOTS=1 rewrites them). Runs against scripts/serve.mjs on a free port.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { serveDemo } from './demo-server.mjs';

const SHOTS = fileURLToPath(new URL('../e2e-screenshots/', import.meta.url));
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';
/** Share of pixels that may differ: anti-aliasing noise passes, a moved block does not. */
const MAX_DIFF_RATIO = 0.01;
/** Pixels a screenshot's width or height may differ by before it is a layout change. */
const MAX_SIZE_DELTA = 4;

const demo = serveDemo();

/** A fresh, deterministic browser context: fixed viewport, no motion, light scheme, clipboard allowed. */
async function open(path) {
  const context = await demo.browser.newContext({
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    colorScheme: 'light',
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demo.base });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const problems = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
  await page.goto(`${demo.base}${path}`);
  return { page, context, problems };
}

/** Every card on the page has rendered its claim (or the page has none). */
async function cardsRendered(page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('claim-card:not([hidden])')].every((c) => c.shadowRoot?.querySelector('[part="statement"]')),
  );
  await page.evaluate(() => document.fonts.ready);
}

function cropTo(png, width, height) {
  if (png.width === width && png.height === height) return png.data;
  const out = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) png.data.copy(out, y * width * 4, y * png.width * 4, y * png.width * 4 + width * 4);
  return out;
}

/** Compares a screenshot of `locator` with test/e2e-screenshots/`name`. */
async function matchScreenshot(locator, name) {
  await locator.page().mouse.move(0, 0); // no hover states in the picture
  const buffer = await locator.screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' });
  const file = join(SHOTS, name);
  if (UPDATE || !existsSync(file)) {
    mkdirSync(SHOTS, { recursive: true });
    writeFileSync(file, buffer);
    return;
  }
  const actual = PNG.sync.read(buffer);
  const expected = PNG.sync.read(readFileSync(file));
  const keep = () => {
    const dir = mkdtempSync(join(tmpdir(), 'claim-cards-e2e-'));
    writeFileSync(join(dir, name), buffer);
    return dir;
  };
  if (Math.abs(actual.width - expected.width) > MAX_SIZE_DELTA || Math.abs(actual.height - expected.height) > MAX_SIZE_DELTA) {
    assert.fail(
      `${name}: ${actual.width}×${actual.height}, the reference is ${expected.width}×${expected.height} (screenshot kept in ${keep()}; ` +
        'UPDATE_SCREENSHOTS=1 accepts it)',
    );
  }
  const width = Math.min(actual.width, expected.width);
  const height = Math.min(actual.height, expected.height);
  const diff = new PNG({ width, height });
  const changed = pixelmatch(cropTo(actual, width, height), cropTo(expected, width, height), diff.data, width, height, { threshold: 0.2 });
  const area = Math.max(actual.width * actual.height, expected.width * expected.height);
  const ratio = (changed + area - width * height) / area;
  if (ratio > MAX_DIFF_RATIO) {
    const dir = keep();
    writeFileSync(join(dir, name.replace(/\.png$/, '.diff.png')), PNG.sync.write(diff));
    assert.fail(`${name}: ${(ratio * 100).toFixed(2)}% of pixels differ (screenshot and diff in ${dir}; UPDATE_SCREENSHOTS=1 accepts it)`);
  }
}

/** Centre of the first occurrence of `words` in the text of `selector`, scrolled into view. */
function wordsCentre(page, selector, words) {
  return page.evaluate(
    ([selector, words]) => {
      const root = document.querySelector(selector);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(words);
        if (at < 0) continue;
        node.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        const box = range.getClientRects()[0];
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
      throw new Error(`"${words}" is not in ${selector}`);
    },
    [selector, words],
  );
}

const popoverOpen = (page, story) =>
  page.evaluate((story) => document.querySelector(`${story} claim-annotator`).shadowRoot.querySelector('[popover]').matches(':popover-open'), story);

const cardText = (page, selector, part) =>
  page.evaluate(([selector, part]) => document.querySelector(selector).shadowRoot.querySelector(part).textContent.trim(), [selector, part]);

describe('home', () => {
  let page;
  let context;
  let problems;

  before(async () => {
    ({ page, context, problems } = await open('/demo/'));
    await cardsRendered(page);
    // Every story's claims are found in its text and painted.
    await page.waitForFunction(() => CSS.highlights.size > 0 && [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0) >= 7);
  });
  after(() => context?.close());

  test('the gallery shows every verdict tone', async () => {
    const tones = await page.$$eval('#gallery-cards [data-gallery="verdicts"] claim-card', (cards) =>
      cards.map((c) => c.shadowRoot.querySelector('[part="base"]').className.replace('card ', '')),
    );
    assert.deepEqual(tones, ['tone-false', 'tone-misleading', 'tone-mixed', 'tone-true', 'tone-unrated']);
    await matchScreenshot(page.locator('#gallery-cards .gallery-group').first(), 'home-gallery-verdicts.png');
  });

  test('clicking highlighted words opens their card; Esc closes it', async () => {
    const at = await wordsCentre(page, '#story-permits', 'granted to North Korean workers');
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(() => document.querySelector('#story-permits claim-annotator').shadowRoot.querySelector('[popover]:popover-open claim-card'));
    const popover = page.locator('#story-permits claim-annotator [part="popover"]');
    await page.waitForFunction(() =>
      document.querySelector('#story-permits claim-annotator').shadowRoot.querySelector('claim-card')?.shadowRoot?.querySelector('[part="statement"]'),
    );
    assert.match(await popover.locator('[part="statement"]').textContent(), /No new work permits have been issued/);
    await matchScreenshot(popover, 'home-highlight-card.png');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('#story-permits claim-annotator').shadowRoot.querySelector('[popover]:popover-open'));
    assert.equal(await popoverOpen(page, '#story-permits'), false);
  });

  test('the index opens a card from the keyboard, and Esc returns focus to it', async () => {
    const entry = page.locator('#story-accord claim-annotator [part="entry"]').first();
    await entry.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#story-accord claim-annotator').shadowRoot.querySelector('[popover]:popover-open'));
    assert.match(await page.locator('#story-accord claim-annotator [part="popover"] [part="statement"]').textContent(), /not a violation/);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('#story-accord claim-annotator').shadowRoot.querySelector('[popover]:popover-open'));
    // Focus comes back with the popover's toggle event, a task later.
    await page.waitForFunction(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('data-id') === 'not-a-violation', null, {
      timeout: 5000,
    });
  });

  test('the theme switch turns the page and its cards dark, except cards with a fixed theme', async () => {
    await page.getByRole('button', { name: 'Dark', exact: true }).click();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    const background = (selector) =>
      page.evaluate((s) => getComputedStyle(document.querySelector(s).shadowRoot.querySelector('[part="base"]')).backgroundColor, selector);
    assert.equal(await background('#story-permits claim-card'), 'rgb(23, 25, 29)');
    assert.equal(await background('#gallery-cards [data-gallery="themes"] claim-card[theme="light"]'), 'rgb(255, 255, 255)');
  });

  test('the language switch relabels the gallery; Arabic turns it right to left', async () => {
    const first = '#gallery-cards [data-gallery="verdicts"] claim-card';
    await page.getByRole('button', { name: 'Русский' }).click();
    await page.waitForFunction((s) => document.querySelector(s).shadowRoot.querySelector('.kicker')?.textContent === 'Проверка фактов', first);
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.waitForFunction((s) => document.querySelector(s).shadowRoot.querySelector('.kicker')?.textContent === 'تدقيق الحقائق', first);
    assert.equal(await page.evaluate((s) => getComputedStyle(document.querySelector(s)).direction, first), 'rtl');
    assert.equal(await page.getAttribute('#gallery-cards', 'lang'), 'ar');
    // Cards with their own lang keep it.
    assert.equal(await cardText(page, '#gallery-cards claim-card[lang="ru"]', '.kicker'), 'Проверка фактов');
    await cardsRendered(page);
    await matchScreenshot(page.locator('#gallery-cards .gallery-group').first(), 'home-gallery-verdicts-ar-dark.png');
  });

  test('registering German adds it to the language switch', async () => {
    const german = page.getByRole('button', { name: 'Deutsch' });
    assert.equal(await german.isDisabled(), true);
    assert.match(await page.textContent('#german-code'), /registerStrings\('de', \{/);
    await page.getByRole('button', { name: 'Register German on this page' }).click();
    assert.match(await page.textContent('#german-status'), /German registered/);
    await german.click();
    const first = '#gallery-cards [data-gallery="verdicts"] claim-card';
    await page.waitForFunction((s) => document.querySelector(s).shadowRoot.querySelector('.kicker')?.textContent === 'Faktencheck', first);
    assert.equal(await page.evaluate((s) => getComputedStyle(document.querySelector(s)).direction, first), 'ltr');
    assert.deepEqual(problems, []);
  });
});

// Pasted into the editor: a missing comma after "id", and a link without a scheme.
const BROKEN = `{
  "version": 1,
  "claims": [
    {
      "id": "diplomat-couriers"
      "statement": "North Korean diplomats posted to Russia carry cash and letters from labourers to their families back home.",
      "claimant": { "name": "Sources familiar with the matter" },
      "source": { "url": "reports.example/couriers", "title": "Press report, 12 August 2024" },
      "verdict": { "label": "Unproven", "rating": 2, "best": 5, "worst": 1 },
      "review": { "url": "https://example.org/demo/fact-checks/diplomat-couriers", "publisher": "Demo Desk (illustration)" }
    }
  ]
}`;

describe('editor', () => {
  let page;
  let context;
  let problems;
  const selection = () =>
    page.evaluate(() => {
      const area = document.getElementById('source');
      return { start: area.selectionStart, end: area.selectionEnd, text: area.value.slice(area.selectionStart, area.selectionEnd), focused: document.activeElement === area };
    });
  const summaryIs = (pattern) =>
    page.waitForFunction((source) => new RegExp(source).test(document.getElementById('summary').textContent), pattern.source);

  before(async () => {
    ({ page, context, problems } = await open('/demo/editor.html'));
    await page.waitForSelector('html[data-editor-ready]');
    await cardsRendered(page);
  });
  after(() => context?.close());

  test('opens on an example that is valid, with its card and highlights', async () => {
    await summaryIs(/^Valid claim JSON: 2 claims/);
    assert.match(await page.locator('#preview-card [part="statement"]').textContent(), /No new work permits/);
    await page.waitForFunction(() => /All 2 claims were found/.test(document.getElementById('anchor-status').textContent));
  });

  test('the example with mistakes lists each problem with its path', async () => {
    await page.getByRole('button', { name: 'An example with mistakes' }).click();
    await summaryIs(/5 problems/);
    const paths = await page.$$eval('#errors button code', (codes) => codes.map((c) => c.textContent));
    assert.deepEqual(paths, ['claims[0].date', 'claims[0].source.url', 'claims[1].id', 'claims[1].statement', 'claims[1].verdict.rating']);
    await matchScreenshot(page.locator('.problems'), 'editor-problems.png');
    // An error inside the second claim selects its value and brings that claim into the form.
    await page.locator('#errors button', { hasText: 'claims[1].verdict.rating' }).click();
    assert.deepEqual(await selection(), { ...(await selection()), text: '7', focused: true });
    assert.equal(await page.inputValue('#claim-pick'), '1');
    assert.equal(await page.inputValue('#f-verdict'), 'Partly true');
  });

  test('pasted broken JSON: the error jumps to its line and column; fixing it shows the preview', async () => {
    await page.evaluate((text) => navigator.clipboard.writeText(text), BROKEN);
    await page.locator('#source').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
    assert.equal(await page.inputValue('#source'), BROKEN);
    await summaryIs(/not valid JSON/);
    assert.match(await page.textContent('#errors'), /at line 6, column 7/);
    assert.equal(await page.locator('#preview-card').isHidden(), true);

    // Keyboard only: Tab from the text reaches the error; Enter puts the caret there.
    await page.locator('#source').focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.closest('#errors') !== null), true);
    await page.keyboard.press('Enter');
    let at = await selection();
    assert.equal(at.focused, true);
    assert.equal(at.start, BROKEN.indexOf('"statement"'));
    assert.equal(at.end, at.start);
    await page.keyboard.type(',');

    // Now valid JSON, but the source link has no scheme: click the error, type over the selection.
    await summaryIs(/^claim JSON: 1 problem/);
    await page.locator('#errors button', { hasText: 'claims[0].source.url' }).click();
    at = await selection();
    assert.equal(at.focused, true);
    assert.equal(at.text, '"reports.example/couriers"');
    await page.keyboard.type('"https://example.org/demo/couriers"');
    await summaryIs(/^Valid claim JSON: 1 claim/);
    await page.waitForFunction(() => !document.getElementById('preview-card').hidden);
    await cardsRendered(page);
    assert.match(await page.locator('#preview-card [part="statement"]').textContent(), /North Korean diplomats posted to Russia/);
    await matchScreenshot(page.locator('#card-stage'), 'editor-preview.png');
  });

  test('the form edits the claim and the JSON together', async () => {
    await page.locator('#f-verdict').fill('Unsupported');
    await page.waitForFunction(() => JSON.parse(document.getElementById('source').value).claims[0].verdict.label === 'Unsupported');
    await page.waitForFunction(() => /Unsupported/.test(document.querySelector('#preview-card').shadowRoot.querySelector('[part="verdict"]').textContent));
  });

  test('copying the embed code puts it on the clipboard and says so', async () => {
    await page.getByRole('button', { name: 'Copy the embed code' }).click();
    await page.waitForFunction(() => /Copied the embed code/.test(document.querySelector('[data-copy-status="snippet-embed"]').textContent));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/claim-cards@[^"]+\/dist\/cdn\/claim-cards\.js"><\/script>/);
    assert.match(copied, /<claim-card src="\/fact-checks\/claims\.json" claim-id="diplomat-couriers">/);
    assert.equal(copied, await page.textContent('#snippet-embed'));

    await page.getByRole('button', { name: 'Copy the JSON-LD' }).click();
    const jsonld = await page.evaluate(() => navigator.clipboard.readText());
    const review = JSON.parse(jsonld.replace(/^<script type="application\/ld\+json">\n|\n<\/script>$/g, ''));
    assert.equal(review['@type'], 'ClaimReview');
    assert.equal(review.reviewRating.alternateName, 'Unsupported');
  });

  test('where the Clipboard API is refused, the fallback copies and says so', async () => {
    const other = await demo.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    try {
      const fallback = await other.newPage();
      await fallback.addInitScript(() => {
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
        // What execCommand('copy') copies: the selection in the focused text field.
        document.addEventListener('copy', () => {
          const field = document.activeElement;
          window.copiedByFallback = field.value.slice(field.selectionStart, field.selectionEnd);
        });
      });
      await fallback.goto(`${demo.base}/demo/editor.html`);
      await fallback.waitForSelector('html[data-editor-ready]');
      const button = fallback.getByRole('button', { name: 'Copy the claims file' });
      await button.click();
      await fallback.waitForFunction(() => /Copied the claims file/.test(document.querySelector('[data-copy-status="snippet-json"]').textContent));
      assert.equal(await fallback.evaluate(() => window.copiedByFallback), await fallback.textContent('#snippet-json'));
      assert.equal(await fallback.evaluate(() => document.activeElement.dataset.copy), 'snippet-json', 'focus stays on the button');
    } finally {
      await other.close();
    }
  });

  test('a reload keeps the draft', async () => {
    // Typed just before the reload: leaving the page saves what the debounce has not.
    await page.locator('#source').press('End');
    await page.keyboard.type(' ');
    const before = await page.inputValue('#source');
    await page.reload();
    await page.waitForSelector('html[data-editor-ready]');
    assert.equal(await page.inputValue('#source'), before);
    assert.match(await page.textContent('#draft-status'), /draft from last time/);
    await summaryIs(/^Valid claim JSON: 1 claim/);
    assert.deepEqual(problems, []);
  });
});

describe('theme builder', () => {
  let page;
  let context;
  let problems;
  const firstCard = '#theme-gallery [data-gallery="verdicts"] claim-card';
  const style = (property) =>
    page.evaluate(([s, p]) => getComputedStyle(document.querySelector(s).shadowRoot.querySelector('[part="base"]'))[p], [firstCard, property]);

  before(async () => {
    ({ page, context, problems } = await open('/demo/theme.html'));
    await page.waitForSelector('html[data-theme-ready]');
    await cardsRendered(page);
  });
  after(() => context?.close());

  test('a preset restyles the gallery and writes the CSS', async () => {
    await page.selectOption('#preset', 'broadsheet');
    assert.equal(await style('borderTopLeftRadius'), '0px');
    assert.match(await style('fontFamily'), /Georgia/);
    assert.match(await page.textContent('#css-output'), /--claim-radius: 0;/);
    await cardsRendered(page);
    await matchScreenshot(page.locator('#theme-gallery figure').first(), 'theme-broadsheet-card.png');
  });

  test('sliders and colour fields apply at once; dark cards keep dark colours', async () => {
    await page.locator('#c-radius').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await page.textContent('#c-radius-out'), '0.15em');
    assert.match(await page.textContent('#css-output'), /--claim-radius: 0\.15em;/);
    assert.equal(await style('borderTopLeftRadius'), '2.4px');

    await page.locator('#light--claim-background').fill('#fff4d6');
    assert.equal(await style('backgroundColor'), 'rgb(255, 244, 214)');
    await page.getByRole('button', { name: 'Dark', exact: true }).click();
    await page.waitForFunction((s) => document.querySelector(s).getAttribute('theme') === 'dark', firstCard);
    assert.equal(await style('backgroundColor'), 'rgb(23, 25, 29)');
  });

  test('copying gives exactly the CSS shown, and settings survive a reload', async () => {
    await page.getByRole('button', { name: 'Copy the CSS' }).click();
    await page.waitForFunction(() => /Copied the CSS/.test(document.getElementById('copy-css-status').textContent));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await page.textContent('#css-output'));
    assert.match(copied, /claim-card\[theme='dark'\],/);
    await page.reload();
    await page.waitForSelector('html[data-theme-ready]');
    assert.equal(await page.textContent('#c-radius-out'), '0.15em');
    assert.deepEqual(problems, []);
  });
});
