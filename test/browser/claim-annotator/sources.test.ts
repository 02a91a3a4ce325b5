import { expect } from '@open-wc/testing';
import type { ClaimAnnotatorElement, ClaimReadyEvent } from '../../../src/index.js';
import { captureWarnings, until } from '../helpers/dom.js';
import { article, claims, teardown } from './helpers.js';

const ids = (a: ClaimAnnotatorElement) => [...a.shadowRoot!.querySelectorAll<HTMLElement>('[part="entry"]')].map((e) => e.dataset.id);
const status = (a: ClaimAnnotatorElement) => a.shadowRoot!.querySelector('[part="status"]')?.textContent ?? null;
const LOADING = 'Loading fact-check…';
/** Until no update is pending: `updated()` sets state, which asks for one more. */
const settled = async (a: ClaimAnnotatorElement) => {
  while (!(await a.updateComplete));
};
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The fixture file (claims no-new-permits, not-a-violation, diplomat-couriers), answered after 400 ms. */
const slowSrc = () => `/__test__/claims.json?delay=400&key=${Math.random().toString(36).slice(2)}`;

describe('<claim-annotator> sources: claims, then src, then from-page', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  const added: Element[] = [];
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    for (const el of added.splice(0)) el.remove();
    teardown();
    warnings.restore();
  });

  function annotator(attrs: Record<string, string>): { el: ClaimAnnotatorElement; ready: ClaimReadyEvent[] } {
    const story = document.createElement('article');
    story.id = `sources-${Math.random().toString(36).slice(2)}`;
    story.innerHTML = article;
    const el = document.createElement('claim-annotator') as ClaimAnnotatorElement;
    el.target = `#${story.id}`;
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    const ready: ClaimReadyEvent[] = [];
    el.addEventListener('claim-ready', (e) => ready.push(e));
    added.push(el, story);
    return { el, ready };
  }

  it('claims set while a src load is in flight win: no loading state, and the file never replaces them', async () => {
    const { el, ready } = annotator({ src: slowSrc() });
    document.body.append(el, added[added.length - 1]!);
    await until(() => status(el) === LOADING, 3000, 'the loading state');
    el.claims = claims;
    await settled(el);
    expect(status(el)).to.equal(null);
    expect(ids(el)).to.deep.equal(claims.map((c) => c.id));
    await wait(600); // past the file's arrival
    await settled(el);
    expect(ids(el)).to.deep.equal(claims.map((c) => c.id));
    expect(ready.length).to.equal(1);
    expect(ready[0]!.claims.map((c) => c.id)).to.deep.equal(claims.map((c) => c.id));
  });

  it('removing src mid-load stops the load: no loading state left, nothing from the file', async () => {
    const { el, ready } = annotator({ src: slowSrc() });
    document.body.append(el, added[added.length - 1]!);
    await until(() => status(el) === LOADING, 3000, 'the loading state');
    el.removeAttribute('src');
    await settled(el);
    expect(status(el)).to.equal(null);
    await wait(600);
    await settled(el);
    expect(ids(el)).to.deep.equal([]);
    expect(ready.length).to.equal(0);
  });

  it('an invalid src set while another loads does not leave the loading state', async () => {
    const { el } = annotator({ src: slowSrc() });
    document.body.append(el, added[added.length - 1]!);
    await until(() => status(el) === LOADING, 3000, 'the loading state');
    el.src = 'javascript:alert(1)';
    await el.ready; // the invalid link fails at once
    await settled(el);
    expect(status(el)).to.equal('This fact-check is unavailable.');
  });

  describe('from-page while the page is still parsing', () => {
    let script: HTMLScriptElement;
    beforeEach(async () => {
      script = document.createElement('script');
      script.type = 'application/ld+json';
      script.textContent = JSON.stringify(await (await fetch('/test/fixtures/jsonld/single-review.json')).json());
      document.head.append(script);
      // The page is "still loading": from-page waits for DOMContentLoaded.
      Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    });
    afterEach(() => {
      delete (document as { readyState?: unknown }).readyState;
      script.remove();
    });

    it('claims set before DOMContentLoaded win over the page markup read after it', async () => {
      const { el } = annotator({ 'from-page': '' });
      document.body.append(el, added[added.length - 1]!);
      await settled(el);
      el.claims = claims;
      await el.ready;
      delete (document as { readyState?: unknown }).readyState;
      document.dispatchEvent(new Event('DOMContentLoaded'));
      await wait(100);
      await settled(el);
      expect(ids(el)).to.deep.equal(claims.map((c) => c.id));
    });

    it('from-page turned off before DOMContentLoaded reads nothing', async () => {
      const { el, ready } = annotator({ 'from-page': '' });
      document.body.append(el, added[added.length - 1]!);
      await settled(el);
      el.fromPage = false;
      await settled(el);
      delete (document as { readyState?: unknown }).readyState;
      document.dispatchEvent(new Event('DOMContentLoaded'));
      await wait(100);
      await settled(el);
      expect(ids(el)).to.deep.equal([]);
      expect(ready.length).to.equal(0);
    });

    it('the page markup is still read once the page has parsed', async () => {
      const { el } = annotator({ 'from-page': '' });
      document.body.append(el, added[added.length - 1]!);
      await settled(el);
      delete (document as { readyState?: unknown }).readyState;
      document.dispatchEvent(new Event('DOMContentLoaded'));
      await until(() => ids(el).length === 1, 3000, 'the page claim');
    });
  });
});
