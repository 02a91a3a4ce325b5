/**
 * Hostile data through the elements: arbitrary JSON and mutated valid claims never throw
 * into the page; whatever renders has no element the templates do not make, no `on*`
 * attribute, no URL attribute outside http(s); markup in text renders as text; a corpus
 * of link tricks is refused on every input path, and nothing of it reaches an href.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../../src/define.js';
import {
  clearLoadCache,
  type ClaimAnnotatorElement,
  type ClaimCardElement,
  type ClaimErrorEvent,
  type ClaimListElement,
} from '../../../src/index.js';
import { captureWarnings, until } from '../helpers/dom.js';
import { check, elementInput, MARKUP, validClaim } from './arbitraries.js';
import {
  cardState,
  hrefs,
  record,
  renderProblems,
  settledAnnotator,
  settledCard,
  settledList,
  trapPageErrors,
  type CardState,
} from './scan.js';

declare global {
  interface Window {
    __pwned?: number;
  }
}

const ARTICLE = '<p>Claim number 1 says the figure was 7 workers. <em>Markup &lt;img src=x onerror=alert(1)&gt;</em> and more text here.</p>';

function card(setup: (el: ClaimCardElement) => void): ClaimCardElement {
  const el = document.createElement('claim-card') as ClaimCardElement;
  setup(el);
  document.body.append(el);
  return el;
}

/** Own property names of the built-in prototypes: data with __proto__ keys must add none. */
const prototypes = () =>
  [Object.prototype, Array.prototype, Function.prototype, String.prototype, HTMLElement.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join());

describe('hostile data through the elements', function () {
  this.timeout(120_000);
  const pristine = prototypes();
  after(() => {
    expect(prototypes(), 'built-in prototypes unchanged after every run').to.deep.equal(pristine);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
  let warnings: ReturnType<typeof captureWarnings>;
  let trap: ReturnType<typeof trapPageErrors>;
  beforeEach(() => {
    warnings = captureWarnings();
    trap = trapPageErrors();
    delete window.__pwned;
  });
  afterEach(() => {
    trap.stop();
    warnings.restore();
    clearLoadCache();
    document.querySelectorAll('claim-card, claim-list, claim-annotator, article.hostile').forEach((el) => el.remove());
  });

  it('<claim-card>: any data as the property or the child script renders or errors, never throws, never injects', async () => {
    await check(
      fc.asyncProperty(elementInput, async (input) => {
        const errors: ClaimErrorEvent[] = [];
        const byProperty = card((el) => {
          el.claim = input as never;
          el.addEventListener('claim-error', (e) => errors.push(e));
        });
        const byScript = card((el) => {
          const script = document.createElement('script');
          script.type = 'application/json';
          script.textContent = JSON.stringify(input) ?? '';
          el.append(script);
        });
        const states: CardState[] = [await settledCard(byProperty), await settledCard(byScript)];
        for (const el of [byProperty, byScript]) expect(renderProblems(el)).to.deep.equal([]);
        expect(states[0]).to.be.oneOf(input === null ? ['empty'] : ['ready', 'error']);
        expect(states[1]).to.be.oneOf(['ready', 'error']);
        if (states[0] === 'error') {
          expect(errors.length).to.equal(1);
          for (const e of errors[0]!.errors) expect(e.path).to.be.a('string');
        } else {
          expect(errors).to.deep.equal([]);
        }
        byProperty.remove();
        byScript.remove();
        expect(trap.errors).to.deep.equal([]);
        expect(window.__pwned).to.equal(undefined);
      }),
      { numRuns: 150 },
    );
  });

  it('<claim-list>: any data renders, errors or is empty, never throws, never injects', async () => {
    await check(
      fc.asyncProperty(elementInput, async (input) => {
        const el = document.createElement('claim-list') as ClaimListElement;
        el.claims = input as never;
        el.selectable = true;
        document.body.append(el);
        const state = await settledList(el);
        expect(state).to.be.oneOf(['ready', 'error', 'empty']);
        expect(renderProblems(el)).to.deep.equal([]);
        el.remove();
        expect(trap.errors).to.deep.equal([]);
        expect(window.__pwned).to.equal(undefined);
      }),
      { numRuns: 60 },
    );
  });

  it('<claim-annotator>: any data settles, with markers and an open card, never throws, never injects', async () => {
    await check(
      fc.asyncProperty(elementInput, fc.boolean(), async (input, markers) => {
        const article = document.createElement('article');
        article.className = 'hostile';
        article.id = 'hostile-article';
        article.innerHTML = ARTICLE;
        const el = document.createElement('claim-annotator') as ClaimAnnotatorElement;
        el.target = '#hostile-article';
        el.markers = markers;
        el.claims = input as never;
        document.body.append(el, article);
        await settledAnnotator(el);
        const first = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="entry"]');
        if (first) {
          el.open(first.dataset.id!);
          await until(() => {
            const inner = el.shadowRoot!.querySelector<ClaimCardElement>('[popover] claim-card');
            return !!inner && cardState(inner) === 'ready';
          }, 3000, 'the popover card');
        }
        expect(renderProblems(el, [...article.querySelectorAll('*')])).to.deep.equal([]);
        el.close();
        el.remove();
        article.remove();
        expect(trap.errors).to.deep.equal([]);
        expect(window.__pwned).to.equal(undefined);
      }),
      { numRuns: 40 },
    );
  });

  it('markup in every text field renders as literal text', async () => {
    await check(
      fc.asyncProperty(validClaim, async (claim) => {
        const el = card((c) => (c.claim = claim));
        expect(await settledCard(el)).to.equal('ready');
        const root = el.shadowRoot!;
        expect(root.querySelector('[part="statement"] p')!.textContent).to.equal(claim.statement.trim());
        if (claim.counterClaim) expect(root.querySelector('[part="counter-claim"] p')!.textContent).to.equal(claim.counterClaim.statement.trim());
        if (claim.claimant) expect(root.querySelector('[part="claimant"]')!.textContent).to.contain(claim.claimant.name.trim());
        if (claim.verdict) expect(root.querySelector('.badge')!.textContent).to.contain(claim.verdict.label.trim());
        expect(renderProblems(el)).to.deep.equal([]);
        el.remove();
        expect(window.__pwned).to.equal(undefined);
      }),
      { numRuns: 100 },
    );
    // And in the list and the annotator's index, where the statement is also a snippet.
    const claims = MARKUP.map((statement, i) => ({ id: `m${i}`, statement, verdict: { label: statement } }));
    const list = document.createElement('claim-list') as ClaimListElement;
    list.claims = claims;
    list.selectable = true;
    list.pageSize = 50;
    document.body.append(list);
    await settledList(list);
    expect(renderProblems(list)).to.deep.equal([]);
    const article = document.createElement('article');
    article.className = 'hostile';
    article.id = 'markup-article';
    article.innerHTML = ARTICLE;
    const annotator = document.createElement('claim-annotator') as ClaimAnnotatorElement;
    annotator.target = '#markup-article';
    annotator.claims = claims;
    document.body.append(annotator, article);
    await settledAnnotator(annotator);
    const snippets = [...annotator.shadowRoot!.querySelectorAll('.snippet')].map((s) => s.textContent);
    expect(snippets).to.deep.equal(MARKUP.map((m) => m.trim()));
    expect(renderProblems(annotator)).to.deep.equal([]);
    expect(window.__pwned).to.equal(undefined);
  });

  it('data that throws when read (getters, proxies) gives an error state on every element', async () => {
    const boom = () => {
      throw new Error('trap');
    };
    const proxy = new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom });
    // A ClaimReview whose trap sits deep, where only the ClaimReview reader (loaded later) finds it.
    const deepTrap = {
      '@type': 'ClaimReview',
      claimReviewed: 'A review with a trap inside.',
      a: { b: { c: { d: { e: { f: { get g() { return boom(); } } } } } } },
    };
    for (const input of [proxy, { id: 'a', get statement() { return boom(); } }, { version: 1, claims: proxy }, deepTrap]) {
      const errors: ClaimErrorEvent[] = [];
      const el = card((c) => {
        c.claim = input as never;
        c.addEventListener('claim-error', (e) => errors.push(e));
      });
      expect(await settledCard(el)).to.equal('error');
      expect(errors.length).to.equal(1);
      const list = document.createElement('claim-list') as ClaimListElement;
      list.claims = input as never;
      document.body.append(list);
      expect(await settledList(list)).to.equal('error');
      const annotator = document.createElement('claim-annotator') as ClaimAnnotatorElement;
      const annotatorErrors = record<ClaimErrorEvent>(annotator, 'claim-error');
      annotator.claims = input as never;
      document.body.append(annotator);
      await settledAnnotator(annotator);
      expect(annotatorErrors.length).to.equal(1);
      expect(annotator.shadowRoot!.querySelector('[part="status"]')?.textContent).to.equal('This fact-check is unavailable.');
      el.remove();
      list.remove();
      annotator.remove();
    }
    expect(trap.errors).to.deep.equal([]);
  });
});

/** Link tricks: every one must be refused wherever a link can come from. */
export const URL_TRICKS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  '\u0001javascript:alert(1)',
  '\u001fjavascript:alert(1)',
  '\u00a0javascript:alert(1)',
  '\u00a0https://example.org/',
  '\u0000https://example.org/',
  '\ufeffhttps://example.org/',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'ht\ttps://example.org/',
  'javascript&colon;alert(1)',
  'javascript&#58;alert(1)',
  'javascript&#x3A;alert(1)',
  '%6Aavascript:alert(1)',
  'javascript%3Aalert(1)',
  '%68ttps://example.org/',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'blob:https://example.org/0f4c2b43-7a61-4d5e-9a06-2f1d3b0c9e11',
  'file:///etc/passwd',
  '//evil.example/x',
  '\\\\evil.example\\x',
  '/\\evil.example/x',
  'https:evil.example',
  'https:/evil.example',
  'https://user:pass@example.org/',
  'https://user@example.org/',
  'https://:pass@example.org/',
  'https://example.org@evil.example/',
  '/relative/path',
];

/** An attribute value as it would be written in HTML: only the quote is escaped, so `&colon;` is decoded by the parser. */
const attr = (value: string) => value.replace(/"/g, '&quot;');

describe('link tricks through the elements', function () {
  this.timeout(60_000);
  let warnings: ReturnType<typeof captureWarnings>;
  let trap: ReturnType<typeof trapPageErrors>;
  beforeEach(() => {
    warnings = captureWarnings();
    trap = trapPageErrors();
  });
  afterEach(() => {
    trap.stop();
    warnings.restore();
    clearLoadCache();
    document.querySelectorAll('claim-card, claim-list, claim-annotator, .tricks').forEach((el) => el.remove());
  });

  const noTrickHref = (el: Element) => {
    expect(renderProblems(el)).to.deep.equal([]);
    for (const href of hrefs(el)) expect(href).to.not.match(/evil|javascript|alert|passwd|user|pass@/i);
  };

  it('as plain attributes written in HTML (source, counter-source): error state, no href', async () => {
    const box = document.createElement('div');
    box.className = 'tricks';
    box.innerHTML = URL_TRICKS.map(
      (url) => `<claim-card statement="A claim." source="${attr(url)}"></claim-card><claim-card statement="A claim." counter-claim="A counter-claim." counter-source="${attr(url)}"></claim-card>`,
    ).join('');
    document.body.append(box);
    const cards = [...box.querySelectorAll('claim-card')] as ClaimCardElement[];
    for (const [i, el] of cards.entries()) {
      expect(await settledCard(el), `${JSON.stringify(URL_TRICKS[i >> 1])}`).to.equal('error');
      const path = el.shadowRoot!.querySelector('.errors code')!.textContent;
      expect(path).to.equal(i % 2 ? 'counter-source' : 'source');
      noTrickHref(el);
    }
  });

  it('in every link field of a claim, as the property and as the child script: error state, no href', async () => {
    const fields: [string, (url: string) => Record<string, unknown>][] = [
      ['claimant.url', (url) => ({ claimant: { name: 'N', url } })],
      ['source.url', (url) => ({ source: { url } })],
      ['counterClaim.source.url', (url) => ({ counterClaim: { statement: 'C', source: { url } } })],
      ['review.url', (url) => ({ review: { url } })],
    ];
    for (const url of URL_TRICKS) {
      for (const [path, make] of fields) {
        const claim = { id: 'trick', statement: 'A claim.', ...make(url) };
        const errors: ClaimErrorEvent[] = [];
        const byProperty = card((el) => {
          el.claim = claim as never;
          el.addEventListener('claim-error', (e) => errors.push(e));
        });
        const byScript = card((el) => {
          el.innerHTML = `<script type="application/json">${JSON.stringify(claim).replace(/</g, '\\u003c')}</script>`;
        });
        for (const el of [byProperty, byScript]) {
          expect(await settledCard(el), `${path} = ${JSON.stringify(url)}`).to.equal('error');
          noTrickHref(el);
          el.remove();
        }
        expect(errors.length).to.equal(1);
        expect(errors[0]!.errors.map((e) => e.path)).to.deep.equal([path]);
      }
    }
  });

  it('in a claims file loaded with src: that claim errors, no href', async () => {
    for (const url of URL_TRICKS) {
      const body = JSON.stringify({ version: 1, claims: [{ id: 'trick', statement: 'A claim.', source: { url } }] });
      const el = card((c) => {
        c.src = `/__test__/hardening-echo?body=${encodeURIComponent(body)}`;
        c.claimId = 'trick';
      });
      expect(await settledCard(el), JSON.stringify(url)).to.equal('error');
      expect(el.shadowRoot!.querySelector('.errors')!.textContent).to.contain('claims[0].source.url');
      noTrickHref(el);
      el.remove();
    }
  });

  it('in a list and an annotator: the claim is left out and reported, its neighbours show, no href', async () => {
    const claims = [
      { id: 'good', statement: 'Claim number 1 says the figure was 7 workers', source: { url: 'https://example.org/good' } },
      ...URL_TRICKS.map((url, i) => ({ id: `t${i}`, statement: `Trick ${i}.`, claimant: { name: 'N', url } })),
    ];
    const list = document.createElement('claim-list') as ClaimListElement;
    const listErrors = record<ClaimErrorEvent>(list, 'claim-error');
    list.claims = claims;
    document.body.append(list);
    expect(await settledList(list)).to.equal('ready');
    expect([...list.shadowRoot!.querySelectorAll('claim-card')].map((c) => (c as ClaimCardElement).claim)).to.have.length(1);
    expect(listErrors.length).to.equal(1);
    expect(listErrors[0]!.errors.map((e) => e.path)).to.deep.equal(URL_TRICKS.map((_, i) => `[${i + 1}].claimant.url`));
    noTrickHref(list);

    const article = document.createElement('article');
    article.className = 'tricks';
    article.id = 'tricks-article';
    article.innerHTML = ARTICLE;
    const annotator = document.createElement('claim-annotator') as ClaimAnnotatorElement;
    const annotatorErrors = record<ClaimErrorEvent>(annotator, 'claim-error');
    annotator.target = '#tricks-article';
    annotator.markers = true;
    annotator.claims = claims;
    document.body.append(annotator, article);
    await settledAnnotator(annotator);
    expect([...annotator.shadowRoot!.querySelectorAll<HTMLElement>('[part="entry"]')].map((b) => b.dataset.id)).to.deep.equal(['good']);
    expect(annotatorErrors.length).to.equal(1);
    annotator.open('good');
    await until(() => hrefs(annotator).includes('https://example.org/good'), 3000, 'the open card');
    noTrickHref(annotator);
    expect(renderProblems(annotator, [...article.querySelectorAll('*')])).to.deep.equal([]);
  });

  it('in ClaimReview markup: the link is dropped (with a warning), the claim shows without it', async () => {
    for (const url of URL_TRICKS) {
      const review = {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url,
        claimReviewed: 'A reviewed claim.',
        author: { '@type': 'Organization', name: 'Desk', url },
        reviewRating: { '@type': 'Rating', alternateName: 'False' },
        itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'N', url, sameAs: url }, appearance: { '@type': 'CreativeWork', url } },
      };
      const el = card((c) => (c.claim = review as never));
      expect(await settledCard(el), JSON.stringify(url)).to.equal('ready');
      expect(hrefs(el), JSON.stringify(url)).to.deep.equal([]);
      noTrickHref(el);
      el.remove();
    }
  });

  it('as src on every element: refused without a request', async () => {
    // Every trick that names another scheme once hidden characters are dropped. (Entity-
    // and percent-encoded spellings are, as a property, only odd relative paths on this
    // site; written in HTML the parser decodes them: see the next test.)
    const schemes = URL_TRICKS.filter((u) => /^(java|vb|data|blob|file)[a-z]*:/i.test(u.replace(/[\s\u0000-\u001f\u00a0\ufeff]/g, '')));
    expect(schemes.length).to.equal(16);
    const requested: string[] = [];
    const observer = new PerformanceObserver((list) => requested.push(...list.getEntries().map((e) => e.name)));
    observer.observe({ type: 'resource', buffered: false });
    for (const src of schemes) {
      const el = card((c) => {
        c.src = src;
        c.claimId = 'x';
      });
      expect(await settledCard(el)).to.equal('error');
      expect(el.shadowRoot!.querySelector('.errors')!.textContent).to.contain('must be an https:// or http:// link');
      const list = document.createElement('claim-list') as ClaimListElement;
      list.src = src;
      document.body.append(list);
      expect(await settledList(list)).to.equal('error');
      const annotator = document.createElement('claim-annotator') as ClaimAnnotatorElement;
      const errors = record<ClaimErrorEvent>(annotator, 'claim-error');
      annotator.src = src;
      document.body.append(annotator);
      await settledAnnotator(annotator);
      expect(errors.map((e) => e.errors[0]!.path)).to.deep.equal(['src']);
      el.remove();
      list.remove();
      annotator.remove();
    }
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    expect(requested.filter((name) => !name.includes('/src/') && !name.includes('/node_modules/') && !name.includes('/__web-dev-server'))).to.deep.equal([]);
    expect(trap.errors).to.deep.equal([]);
  });

  it('as src written in HTML, where the parser decodes &colon; and &#58;: refused', async () => {
    const box = document.createElement('div');
    box.className = 'tricks';
    const spellings = ['javascript&colon;alert(1)', 'javascript&#58;alert(1)', 'data&colon;application/json,{}', '&#x6A;avascript:alert(1)'];
    box.innerHTML = spellings.map((src) => `<claim-card src="${src}" claim-id="x"></claim-card><claim-list src="${src}"></claim-list>`).join('');
    document.body.append(box);
    for (const el of box.querySelectorAll('claim-card')) {
      expect(await settledCard(el as ClaimCardElement)).to.equal('error');
      expect(el.shadowRoot!.querySelector('.errors')!.textContent).to.contain('src: must be an https:// or http:// link');
    }
    for (const el of box.querySelectorAll('claim-list')) {
      expect(await settledList(el as ClaimListElement)).to.equal('error');
      expect(el.shadowRoot!.querySelector('details')!.textContent).to.contain('must be an https:// or http:// link');
    }
  });
});
