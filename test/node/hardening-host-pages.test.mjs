// Hostile host pages, each a real page loading the CDN bundle: quirks mode, Prototype.js's
// built-ins, <claim-card> already taken by another class, the library loaded twice,
// elements and properties there before the script, a late script, and 100 removals and
// re-insertions with no leaked observers, listeners or timers.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PROTOTYPE_LIKE } from './hardening-prototype-js.mjs';
import { claimsJson, launchChromium, openPage, startServer } from './hardening-support.mjs';

const ARTICLE = `<article id="story">
  <p>The ambassador said no new workers have been given permit post-sanction period, and nothing more.</p>
  <p>North Korean diplomats in Russia carry cash and letters from labourers to their families.</p>
</article>`;

/** Every element, every common input path. `head` goes before the library. */
const page = ({ doctype = true, head = '', script = '<script type="module" src="/dist/cdn/claim-cards.js"></script>', body = '' } = {}) => `${doctype ? '<!doctype html>\n' : ''}<html lang="en">
<head><meta charset="utf-8"><title>host page</title>${head}${script}</head>
<body>
<claim-card id="attrs" statement="Attribute claim." claimant="Someone" date="2018-08-01" source="https://example.org/" source-title="A source" verdict="Misleading"></claim-card>
<claim-card id="inline"><script type="application/json">{"id":"inline","statement":"Inline claim.","verdict":{"label":"True","rating":5},"review":{"url":"https://example.org/review"}}</script></claim-card>
<claim-card id="src" src="/claims.json" claim-id="no-new-permits" jsonld></claim-card>
<claim-list id="list" src="/claims.json" selectable></claim-list>
<claim-annotator id="annotator" src="/claims.json" target="#story" markers></claim-annotator>
${ARTICLE}
${body}
</body></html>`;

/** Waits for every element to settle and reports what each shows. Runs in the page. */
async function outcome() {
  await Promise.all(['claim-card', 'claim-list', 'claim-annotator'].map((tag) => customElements.whenDefined(tag)));
  const annotator = document.querySelector('#annotator');
  await annotator.ready;
  const settled = () =>
    [...document.querySelectorAll('body > claim-card')].every((c) => c.shadowRoot?.querySelector('[part="statement"], [part="status"]:not([role])')) &&
    document.querySelector('#list').shadowRoot?.querySelectorAll('claim-card').length === 3;
  for (let i = 0; i < 300 && !settled(); i++) await new Promise((r) => setTimeout(r, 20));
  annotator.open('diplomat-couriers');
  await new Promise((r) => setTimeout(r, 200));
  const popover = annotator.shadowRoot.querySelector('[popover]');
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return { width: Math.round(r.width), height: Math.round(r.height) };
  };
  return {
    cards: Object.fromEntries(
      [...document.querySelectorAll('body > claim-card')].map((c) => [c.id, c.shadowRoot?.querySelector('[part="statement"]')?.textContent.trim() ?? 'no statement']),
    ),
    list: [...document.querySelector('#list').shadowRoot.querySelectorAll('claim-card')].map((c) => c.shadowRoot?.querySelector('[part="statement"]') ? c.claim.id : 'not rendered'),
    entries: [...annotator.shadowRoot.querySelectorAll('[part="entry"]')].map((b) => b.dataset.id),
    markers: document.querySelectorAll('#story .claim-cards-marker').length,
    popoverOpen: popover.matches(':popover-open'),
    popoverCard: popover.querySelector('claim-card')?.shadowRoot?.querySelector('[part="statement"]')?.textContent.trim(),
    jsonld: JSON.parse(document.querySelector('#src > script[data-claim-cards]')?.textContent ?? 'null')?.itemReviewed?.['@type'],
    reviewLink: box(document.querySelector('#inline').shadowRoot.querySelector('[part="review"] a')),
    badge: getComputedStyle(document.querySelector('#attrs').shadowRoot.querySelector('.badge')).borderTopStyle,
    statementFontSize: getComputedStyle(document.querySelector('#attrs').shadowRoot.querySelector('[part="statement"] p')).fontSize,
    cardBox: box(document.querySelector('#attrs').shadowRoot.querySelector('[part="base"]')),
    compatMode: document.compatMode,
  };
}

const EXPECTED = {
  cards: {
    attrs: 'Attribute claim.',
    inline: 'Inline claim.',
    src: 'No new permits have been issued to North Korean workers since the sanctions took effect.',
  },
  list: ['diplomat-couriers', 'no-new-permits', 'not-a-violation'],
  entries: ['no-new-permits', 'not-a-violation', 'diplomat-couriers'],
  markers: 2,
  popoverOpen: true,
  popoverCard: 'North Korean diplomats in Russia carry cash and letters from labourers to their families.',
  jsonld: 'Claim',
};

const routes = {
  '/claims.json': { body: claimsJson, type: 'application/json' },
  '/favicon.ico': { body: '', type: 'image/x-icon' },
  '/prototype.js': { body: PROTOTYPE_LIKE, type: 'text/javascript' },
};

let server;
let browser;
before(async () => {
  server = await startServer(routes);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Serves `html` at a fresh path and opens it. */
async function open(html, options) {
  const path = `/page-${Math.random().toString(36).slice(2)}`;
  routes[path] = { body: html };
  return openPage(browser, `${server.base}${path}`, options);
}

/** The orphan line is expected (one claim's quote is not in the article); nothing else. */
const unexpected = (log) => [...log.errors, ...log.pageErrors, ...log.warnings.filter((w) => !w.includes('nowhere in the article'))];

describe('hostile host pages', () => {
  let standards;

  test('a standards-mode page (the reference)', async () => {
    const { page, log } = await open(page_());
    standards = await page.evaluate(outcome);
    const { reviewLink, badge, statementFontSize, cardBox, compatMode, ...shown } = standards;
    assert.deepEqual(shown, EXPECTED);
    assert.equal(compatMode, 'CSS1Compat');
    assert.ok(reviewLink.height >= 24);
    assert.deepEqual(unexpected(log), []);
    await page.close();
  });

  test('quirks mode (no doctype): the same content, the same layout', async (t) => {
    const { page, log } = await open(page_({ doctype: false }));
    const quirks = await page.evaluate(outcome);
    const { reviewLink, badge, statementFontSize, cardBox, compatMode, ...shown } = quirks;
    assert.equal(compatMode, 'BackCompat');
    t.diagnostic(`card ${JSON.stringify(cardBox)} in quirks mode, ${JSON.stringify(standards.cardBox)} in standards mode`);
    assert.deepEqual(shown, EXPECTED);
    assert.equal(badge, 'solid');
    assert.equal(statementFontSize, standards.statementFontSize);
    assert.ok(reviewLink.height >= 24, `review link ${reviewLink.height}px tall`);
    assert.equal(cardBox.width, standards.cardBox.width);
    assert.ok(Math.abs(cardBox.height - standards.cardBox.height) <= standards.cardBox.height * 0.1, `card ${cardBox.height}px vs ${standards.cardBox.height}px`);
    assert.deepEqual(unexpected(log), []);
    await page.close();
  });

  test('Prototype.js built-ins (Array.from = $A, Enumerable on Array.prototype)', async () => {
    const { page, log } = await open(page_({ head: '<script src="/prototype.js"></script>' }));
    assert.equal(await page.evaluate(() => window.__prototypeLike && Array.from(new Set([1, 2])).length === 0 && [1].entries()[0] === 1), true, 'the page really is hostile');
    const result = await page.evaluate(outcome);
    const { reviewLink, badge, statementFontSize, cardBox, compatMode, ...shown } = result;
    assert.deepEqual(shown, EXPECTED);
    // The reader's controls still work: search, filter, sort, "Select".
    const list = page.locator('#list');
    await list.locator('[part="search"]').fill('diplomats');
    await list.locator('[part="sort"]').selectOption('oldest');
    assert.equal(await page.evaluate(() => document.querySelector('#list').shadowRoot.querySelector('[part="count"]').textContent), 'Showing 1 of 3 claims');
    const selected = page.evaluate(() => new Promise((resolve) => document.addEventListener('claim-select', (e) => resolve(e.claim.id), { once: true })));
    await list.locator('[part="select"]').click();
    assert.equal(await selected, 'diplomat-couriers');
    assert.deepEqual(unexpected(log), []);
    await page.close();
  });

  test('<claim-card> already defined by another script: it keeps the tag; one warning; nothing throws', async () => {
    const theirs = `<script>
      customElements.define('claim-card', class TheirCard extends HTMLElement {
        connectedCallback() { this.dataset.theirs = 'yes'; }
      });
    </script>`;
    const { page, log } = await open(page_({ head: theirs }));
    await page.evaluate(() => Promise.all(['claim-list', 'claim-annotator'].map((t) => customElements.whenDefined(t))));
    await page.evaluate(() => document.querySelector('#annotator').ready);
    await page.waitForTimeout(300);
    const result = await page.evaluate(() => ({
      theirs: customElements.get('claim-card').name,
      untouched: [...document.querySelectorAll('body > claim-card')].every((c) => c.dataset.theirs === 'yes' && !c.shadowRoot),
      list: !!document.querySelector('#list').shadowRoot.querySelector('[part="controls"]'),
      entries: document.querySelector('#annotator').shadowRoot.querySelectorAll('[part="entry"]').length,
    }));
    assert.deepEqual(result, { theirs: 'TheirCard', untouched: true, list: true, entries: 3 });
    const clash = log.warnings.filter((w) => w.includes('<claim-card>'));
    assert.equal(clash.length, 1);
    assert.match(clash[0], /already defined by another script; that definition stays/);
    assert.deepEqual([...log.errors, ...log.pageErrors], []);
    await page.close();
  });

  test('the library loaded twice, from two URLs: one copy wins each tag, no errors', async () => {
    const twice = '<script type="module" src="/dist/cdn/claim-cards.js"></script><script type="module" src="/copy-b/dist/cdn/claim-cards.js"></script>';
    const { page, log } = await open(page_({ script: twice }));
    const result = await page.evaluate(outcome);
    const { reviewLink, badge, statementFontSize, cardBox, compatMode, ...shown } = result;
    assert.deepEqual(shown, EXPECTED);
    assert.equal(server.hits.get('/copy-b/dist/cdn/claim-cards.js'), 1, 'the second copy did load');
    // Each tag is warned about at most once, by name.
    for (const tag of ['claim-card', 'claim-list', 'claim-annotator']) {
      assert.ok(log.warnings.filter((w) => w.includes(`<${tag}> is already defined`)).length <= 1, tag);
    }
    assert.deepEqual([...log.errors, ...log.pageErrors], []);
    await page.close();
  });

  test('elements and properties set before the script loads (late, after the page has loaded)', async () => {
    const early = `<claim-card id="early"></claim-card>
      <claim-list id="early-list"></claim-list>
      <claim-annotator id="early-annotator"></claim-annotator>
      <article id="early-story"><p>Set before the upgrade: the annotator finds this passage.</p></article>
      <script>
        document.querySelector('#early').claim = { id: 'early', statement: 'Set before the upgrade.', verdict: { label: 'True' } };
        document.querySelector('#early').variant = 'compact';
        document.querySelector('#early-list').claims = [{ id: 'a', statement: 'First, set early.' }, { id: 'b', statement: 'Second, set early.' }];
        document.querySelector('#early-list').pageSize = 1;
        const annotator = document.querySelector('#early-annotator');
        annotator.claims = [{ id: 'p', statement: 'the annotator finds this passage' }];
        annotator.target = '#early-story';
        annotator.markers = true;
        addEventListener('load', () => setTimeout(() => {
          const script = document.createElement('script');
          script.type = 'module';
          script.src = '/dist/cdn/claim-cards.js';
          document.head.append(script);
        }, 200));
      </script>`;
    const { page, log } = await open(page_({ script: '', body: early }));
    await page.evaluate(() => Promise.all(['claim-card', 'claim-list', 'claim-annotator'].map((t) => customElements.whenDefined(t))));
    await page.evaluate(() => document.querySelector('#early-annotator').ready);
    await page.waitForTimeout(300);
    const result = await page.evaluate(() => ({
      card: document.querySelector('#early').shadowRoot.querySelector('[part="statement"]')?.textContent.trim(),
      compact: document.querySelector('#early').getAttribute('variant'),
      list: [...document.querySelector('#early-list').shadowRoot.querySelectorAll('claim-card')].map((c) => c.claim.id),
      more: document.querySelector('#early-list').shadowRoot.querySelector('[part="more"]')?.textContent.trim(),
      markers: document.querySelectorAll('#early-story .claim-cards-marker').length,
    }));
    assert.deepEqual(result, { card: 'Set before the upgrade.', compact: 'compact', list: ['a'], more: 'Show more (1 left)', markers: 1 });
    assert.deepEqual(unexpected(log), []);
    await page.close();
  });
});

// Counts, in the page, from before the library loads: MutationObservers observing,
// pending timers. Listeners on window and document are read through the DevTools protocol
// (DOMDebugger.getEventListeners), which also sees `once` listeners go.
const INSTRUMENT = `
(function () {
  const observing = new Set();
  const NativeObserver = window.MutationObserver;
  window.MutationObserver = class extends NativeObserver {
    observe(...args) { observing.add(this); return super.observe(...args); }
    disconnect() { observing.delete(this); return super.disconnect(); }
  };
  const pending = new Set();
  const set = window.setTimeout.bind(window);
  const clear = window.clearTimeout.bind(window);
  window.setTimeout = function (fn, ms, ...args) {
    const id = set(function () { pending.delete(id); if (typeof fn === 'function') fn.apply(this, args); }, ms);
    pending.add(id);
    return id;
  };
  window.clearTimeout = function (id) { pending.delete(id); return clear(id); };
  window.__counts = () => ({ observers: observing.size, timers: pending.size, highlighted: [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0) });
})();`;

describe('removal and re-insertion, 100 times', () => {
  test('no leaked observers, listeners or timers; the article is restored each time', async (t) => {
    routes['/instrument.js'] = { body: INSTRUMENT, type: 'text/javascript' };
    const { page, log } = await open(page_({ head: '<script src="/instrument.js"></script>' }));
    const cdp = await page.context().newCDPSession(page);
    const listeners = async () => {
      const counts = {};
      for (const what of ['window', 'document', "document.querySelector('#story')"]) {
        const { result } = await cdp.send('Runtime.evaluate', { expression: what });
        const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: 0 });
        counts[what] = found.length;
        await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
      }
      return counts;
    };
    await page.evaluate(outcome);
    const cycle = (times) =>
      page.evaluate(async (times) => {
        const elements = [...document.querySelectorAll('body > claim-card, claim-list, claim-annotator')];
        const story = document.querySelector('#story');
        const original = story.innerHTML.replace(/<button[^>]*claim-cards-marker[^>]*><\/button>/g, '');
        const restored = [];
        for (let i = 0; i < times; i++) {
          const places = elements.map((el) => [el, el.parentNode, el.nextSibling]);
          for (const el of elements) el.remove();
          restored.push(story.innerHTML === original);
          for (const [el, parent, next] of places) parent.insertBefore(el, next);
          // Every other time, let the elements finish loading and anchoring before the next removal.
          if (i % 2) {
            await document.querySelector('#annotator').refresh();
            await new Promise((r) => setTimeout(r, 30));
          }
        }
        return restored.every(Boolean);
      }, times);
    // Settle once after a first cycle, then count.
    assert.equal(await cycle(1), true);
    await page.evaluate(outcome);
    await page.evaluate(() => document.querySelector('#annotator').close());
    await page.waitForTimeout(400);
    const before = { ...(await page.evaluate(() => window.__counts())), listeners: await listeners() };
    assert.equal(await cycle(100), true, 'removing the annotator restores the article exactly, every time');
    const shown = await page.evaluate(outcome);
    assert.deepEqual({ ...shown, reviewLink: undefined, badge: undefined, statementFontSize: undefined, cardBox: undefined, compatMode: undefined }, { ...EXPECTED, reviewLink: undefined, badge: undefined, statementFontSize: undefined, cardBox: undefined, compatMode: undefined });
    await page.evaluate(() => document.querySelector('#annotator').close());
    await page.waitForTimeout(400);
    const afterward = { ...(await page.evaluate(() => window.__counts())), listeners: await listeners() };
    t.diagnostic(`with every element on the page, before: ${JSON.stringify(before)}; after 100 more removals: ${JSON.stringify(afterward)}`);
    assert.deepEqual(afterward, before);
    // And with everything removed, nothing of the library is left running.
    await page.evaluate(() => document.querySelectorAll('claim-card, claim-list, claim-annotator').forEach((el) => el.remove()));
    await page.waitForTimeout(400);
    const empty = { ...(await page.evaluate(() => window.__counts())), listeners: await listeners() };
    assert.deepEqual(empty, { observers: 0, timers: 0, highlighted: 0, listeners: { window: 0, document: 0, "document.querySelector('#story')": 0 } });
    assert.deepEqual([...log.errors, ...log.pageErrors], []);
    await page.close();
  });
});

// `page` is taken by the test callbacks' local names; the template lives here.
function page_(options) {
  return page(options);
}
