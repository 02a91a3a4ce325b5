// Strict CSP: the CDN bundle renders every element, in every input path and state, on a
// page served with a strict Content-Security-Policy and Trusted Types, and the page sees
// zero securitypolicyviolation events and zero console errors. A control page proves the
// watcher does catch a violation, so "zero" means something.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { claimsJson, launchChromium, openPage, startServer } from './hardening-support.mjs';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html claim-cards";

// Installed first, as a 'self' script (inline scripts are blocked by the policy itself).
const WATCH = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile + ':' + e.lineNumber });
});`;

const annotatorClaims = JSON.stringify({
  version: 1,
  claims: [
    { id: 'permits', statement: 'No new permits were granted.', quote: { exact: 'no new permits had been granted to North Korean workers' }, verdict: { label: 'Misleading', rating: 2 } },
    { id: 'figures', statement: 'About 700 received permits.', quote: { exact: 'about 700 of them were given permission to work' }, verdict: { label: 'True' } },
    { id: 'orphan', statement: 'A sentence that is not in the article at all.', verdict: { label: 'False' } },
  ],
});

const claimReview = JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://example.org/fact-checks/couriers',
  claimReviewed: 'Diplomats carry cash for labourers.',
  author: { '@type': 'Organization', name: 'Example Desk' },
  reviewRating: { '@type': 'Rating', ratingValue: 3, bestRating: 5, worstRating: 1, alternateName: 'Unproven' },
  itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'A source' }, datePublished: '2024-08-12' },
});

// Every element, every input path, the error states; the setup script (a 'self' module)
// sets properties, opens the annotator's popover and clicks a marker.
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>claim-cards under a strict CSP</title>
<script src="/watch.js"></script>
<script type="module" src="/dist/cdn/claim-cards.js"></script>
<script type="application/ld+json">${claimReview}</script>
</head>
<body>
<claim-card id="attrs" statement="Attribute claim." claimant="Someone" date="2018-08-01" source="https://example.org/" source-title="A source"
  counter-claim="Ministry data say otherwise." counter-source="https://example.org/data" verdict="Misleading" link-target="_blank"></claim-card>
<claim-card id="property" theme="dark"></claim-card>
<claim-card id="inline" variant="compact"><script type="application/json">{"id":"inline","statement":"Inline claim.","verdict":{"label":"True","rating":5}}</script></claim-card>
<claim-card id="inline-review"><script type="application/ld+json">${claimReview}</script></claim-card>
<claim-card id="src" src="/claims.json" claim-id="no-new-permits" jsonld></claim-card>
<claim-card id="russian" lang="ru" src="/claims.json" claim-id="diplomat-couriers"></claim-card>
<claim-card id="invalid" statement="A claim with a bad link" source="javascript:alert(1)"></claim-card>
<claim-card id="missing" src="/missing.json" claim-id="x"><p>Fallback text.</p></claim-card>
<claim-card id="html-200" src="/html-200" claim-id="x"></claim-card>
<claim-list id="list" src="/claims.json" selectable page-size="2"></claim-list>
<claim-list id="filtered" src="/claims.json" query="sanctions" verdict="misleading"></claim-list>
<claim-list id="from-page" from-page></claim-list>
<claim-list id="list-error" src="/missing.json"></claim-list>
<claim-annotator id="annotator" src="/annotator.json" target="#story" markers></claim-annotator>
<claim-annotator id="annotator-error" src="/missing.json" target="#story"></claim-annotator>
<article id="story">
  <p>Alexander Matsegora said that no new permits had been granted to North Korean workers since the sanctions took effect.</p>
  <p>Ministry data show that about 700 of them were given permission to work.</p>
</article>
<script type="module" src="/setup.js"></script>
</body>
</html>`;

const SETUP = `
import { load } from '/dist/cdn/claim-cards.js';
document.querySelector('#property').claim = { id: 'property', statement: 'Set as a property.', verdict: { label: 'False', rating: 1 } };
await customElements.whenDefined('claim-annotator');
const annotator = document.querySelector('#annotator');
await annotator.ready;
annotator.open('permits');
await load(); // the rest of the API, one more chunk
window.__setupDone = true;
`;

let server;
let browser;

before(async () => {
  server = await startServer({
    '/': { body: PAGE, headers: { 'content-security-policy': STRICT_CSP } },
    '/control': {
      body: '<!doctype html><title>control</title><script src="/watch.js"></script><script src="/control.js"></script>',
      headers: { 'content-security-policy': STRICT_CSP },
    },
    '/twice': {
      body: PAGE.replace('<script type="module" src="/dist/cdn/claim-cards.js"></script>', '<script type="module" src="/dist/cdn/claim-cards.js"></script><script type="module" src="/copy-b/dist/cdn/claim-cards.js"></script>'),
      headers: { 'content-security-policy': `${STRICT_CSP} 'allow-duplicates'` },
    },
    '/watch.js': { body: WATCH, type: 'text/javascript' },
    '/setup.js': { body: SETUP, type: 'text/javascript' },
    '/control.js': { body: "document.documentElement.setAttribute('style', 'color: red');", type: 'text/javascript' },
    '/claims.json': { body: claimsJson, type: 'application/json' },
    '/annotator.json': { body: annotatorClaims, type: 'application/json' },
    '/html-200': { body: '<!doctype html><p>Oops', type: 'text/html' },
    '/favicon.ico': { body: '', type: 'image/x-icon' },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Console errors other than the browser's own note about the fixture we made answer 404. */
const unexpectedErrors = (log) => log.errors.filter((text) => !/Failed to load resource: the server responded with a status of 404/.test(text));

describe('strict CSP with Trusted Types', () => {
  test('the watcher catches a violation (control page)', async () => {
    const { page } = await openPage(browser, `${server.base}/control`);
    await page.waitForFunction(() => window.__violations?.length > 0);
    const violations = await page.evaluate(() => window.__violations);
    assert.equal(violations[0].directive, 'style-src-attr');
    await page.close();
  });

  for (const [name, path] of [
    ['every element renders every state with zero violations and zero console errors', '/'],
    // Every copy of Lit (another Lit-based widget, or claim-cards loaded twice) creates a
    // 'lit-html' policy: a page that may have two needs 'allow-duplicates' (README).
    ["two copies of the library, with 'allow-duplicates': the same, zero violations", '/twice'],
  ]) test(name, async () => {
    const { page, log } = await openPage(browser, `${server.base}${path}`);
    await page.waitForFunction(() => window.__setupDone === true, null, { timeout: 15_000 });
    // The marker is a button in the article; clicking it opens that claim instead.
    await page.waitForFunction(() => {
      const card = document.querySelector('#annotator').shadowRoot.querySelector('[popover] claim-card');
      return card?.shadowRoot?.querySelector('[part="statement"]');
    });
    await page.click('#story button.claim-cards-marker[data-claim-id="figures"]');
    await page.waitForFunction(() => {
      const card = document.querySelector('#annotator').shadowRoot.querySelector('[popover] claim-card');
      return card?.claim?.id === 'figures' && card.shadowRoot?.querySelector('[part="statement"]');
    });
    // The reader types a search and picks a verdict: the list re-renders.
    await page.locator('#list').locator('[part="search"]').fill('permits');
    await page.locator('#list').locator('[part="filter"]').selectOption('misleading');

    const state = await page.waitForFunction(() => {
      const cardState = (el) =>
        el.shadowRoot?.querySelector('[part="statement"]') ? 'ready' : el.shadowRoot?.querySelector('[part="status"]')?.textContent.includes('unavailable') ? 'error' : 'pending';
      const cards = Object.fromEntries([...document.querySelectorAll('body > claim-card')].map((el) => [el.id, cardState(el)]));
      if (Object.values(cards).includes('pending')) return false;
      const lists = Object.fromEntries(
        [...document.querySelectorAll('claim-list')].map((el) => {
          const root = el.shadowRoot;
          const shown = [...(root?.querySelectorAll('claim-card') ?? [])].filter((c) => c.shadowRoot?.querySelector('[part="statement"]')).length;
          return [el.id, root?.querySelector('[part="status"]')?.textContent.includes('unavailable') ? 'error' : shown ? `${shown} cards` : 'pending'];
        }),
      );
      if (Object.values(lists).includes('pending')) return false;
      const annotatorError = document.querySelector('#annotator-error').shadowRoot?.querySelector('[part="status"]')?.textContent;
      if (!annotatorError) return false;
      const jsonld = document.querySelector('#src > script[data-claim-cards]')?.textContent;
      if (!jsonld) return false;
      const annotator = document.querySelector('#annotator');
      return {
        cards,
        lists,
        annotatorError,
        popoverOpen: annotator.shadowRoot.querySelector('[popover]').matches(':popover-open'),
        popoverTop: annotator.shadowRoot.querySelector('[popover]').style.top,
        markers: document.querySelectorAll('#story .claim-cards-marker').length,
        highlights: [...CSS.highlights.keys()].filter((k) => k.startsWith('claim-cards-')).length,
        jsonld: JSON.parse(jsonld)['@type'],
        russian: document.querySelector('#russian').shadowRoot.querySelector('.kicker')?.textContent,
        violations: window.__violations,
      };
    }, null, { timeout: 15_000 });
    const result = await state.jsonValue();
    await page.waitForTimeout(300); // anything late (re-anchoring, lazy chunks) still counts
    const violations = await page.evaluate(() => window.__violations);

    assert.deepEqual(result.cards, {
      attrs: 'ready',
      property: 'ready',
      inline: 'ready',
      'inline-review': 'ready',
      src: 'ready',
      russian: 'ready',
      invalid: 'error',
      missing: 'error',
      'html-200': 'error',
    });
    // from-page reads both ClaimReview scripts on the page: the head's and the one inside #inline-review.
    assert.deepEqual(result.lists, { list: '1 cards', filtered: '1 cards', 'from-page': '2 cards', 'list-error': 'error' });
    assert.equal(result.annotatorError, 'This fact-check is unavailable.');
    assert.equal(result.popoverOpen, true);
    assert.match(result.popoverTop, /^\d+px$/, 'the popover is placed (through the CSSOM)');
    assert.equal(result.markers, 2);
    assert.ok(result.highlights > 0, 'passages are painted');
    assert.equal(result.jsonld, 'ClaimReview', 'the jsonld script was written through the claim-cards policy');
    assert.equal(result.russian, 'Проверка фактов');
    assert.deepEqual(violations, []);
    assert.deepEqual(unexpectedErrors(log), []);
    assert.deepEqual(log.pageErrors, []);
    // The library's own warnings are about the data we broke on purpose, never about the policy.
    assert.deepEqual(log.warnings.filter((w) => /trusted|policy|content security|could not write|could not load/i.test(w)), []);
    await page.close();
  });
});
