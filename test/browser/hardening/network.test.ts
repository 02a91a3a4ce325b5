/**
 * Network faults for <claim-list> and <claim-annotator> (the card's own are in
 * claim-card/fetch.test.ts): each fault gives a readable error state and exactly one
 * `claim-error`; elements beside it are unaffected; one request per URL across card,
 * list and annotator sharing a file; removal mid-request cancels quietly.
 */
import { expect } from '@open-wc/testing';
import '../../../src/define.js';
import {
  clearLoadCache,
  type ClaimAnnotatorElement,
  type ClaimCardElement,
  type ClaimErrorEvent,
  type ClaimListElement,
} from '../../../src/index.js';
import { permits } from '../helpers/claims.js';
import { captureWarnings, hits, uniqueKey } from '../helpers/dom.js';
import { listState, record, settledAnnotator, settledCard, settledList } from './scan.js';

const ARTICLE_ID = 'network-article';
// Holds the passages of the three claims in test/fixtures/claims.json.
const ARTICLE =
  '<p>The ambassador said no new workers have been given permit post-sanction period.</p>' +
  '<p>An official said: sending people to work in Russia is not a violation of any sanctions or international laws.</p>' +
  '<p>North Korean diplomats in Russia carry cash and letters from labourers to their families.</p>';

const faults: [string, (key: string) => string, RegExp, Record<string, string>?][] = [
  ['a 404', (key) => `/__test__/status?code=404&key=${key}`, /the server answered 404/],
  ['a 500', (key) => `/__test__/status?code=500&key=${key}`, /the server answered 500/],
  ['an HTML error page served with 200', (key) => `/__test__/html-200?key=${key}`, /the server sent text\/html, not JSON/],
  ['invalid JSON', (key) => `/__test__/invalid-json?key=${key}`, /not valid JSON: .* line \d+, column \d+/],
  ['an empty body', (key) => `/__test__/empty?key=${key}`, /the file is empty/],
  ['a response slower than the timeout', (key) => `/__test__/claims.json?key=${key}&delay=3000`, /no answer within 0.2 s/, { timeout: '200' }],
  ['a body that trickles in slower than the timeout', (key) => `/__test__/hardening-slow-body?key=${key}&trickle=3000`, /no answer within 0.3 s/, { timeout: '300' }],
];

/** Elements beside the faulty one that must not notice: a card with its own data, a list on a good file. */
async function bystanders(key: string) {
  const card = document.createElement('claim-card') as ClaimCardElement;
  card.claim = permits;
  const list = document.createElement('claim-list') as ClaimListElement;
  list.src = `/__test__/claims.json?key=${key}-good`;
  document.body.append(card, list);
  const errors = [...record<ClaimErrorEvent>(card, 'claim-error'), ...record<ClaimErrorEvent>(list, 'claim-error')];
  return {
    async check() {
      expect(await settledCard(card)).to.equal('ready');
      expect(await settledList(list)).to.equal('ready');
      expect(list.shadowRoot!.querySelectorAll('claim-card').length).to.equal(3);
      expect(errors).to.deep.equal([]);
    },
    remove() {
      card.remove();
      list.remove();
    },
  };
}

describe('network faults: <claim-list> and <claim-annotator>', function () {
  this.timeout(20_000);
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    clearLoadCache();
    document.querySelectorAll('claim-card, claim-list, claim-annotator, article').forEach((el) => el.remove());
  });

  for (const [name, url, message, attrs = {}] of faults) {
    it(`${name}: the list shows a readable error, fires one claim-error; others are unaffected`, async () => {
      const key = uniqueKey('list-fault');
      const others = await bystanders(key);
      const el = document.createElement('claim-list') as ClaimListElement;
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      el.src = url(key);
      const events = record<ClaimErrorEvent>(el, 'claim-error');
      document.body.append(el);
      expect(await settledList(el, 6000)).to.equal('error');
      await new Promise((r) => setTimeout(r, 100)); // a second event would come now
      expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.equal('These fact-checks are unavailable.');
      expect(el.shadowRoot!.querySelector('details li')!.textContent).to.match(message);
      expect(events.length).to.equal(1);
      expect(events[0]!.input).to.equal('src');
      expect(events[0]!.errors[0]!.message).to.match(message);
      expect(warnings.messages.filter((m) => m.includes('<claim-list>')).length).to.equal(1);
      await others.check();
      others.remove();
    });

    it(`${name}: the annotator shows a readable error, fires one claim-error; others are unaffected`, async () => {
      const key = uniqueKey('annotator-fault');
      const others = await bystanders(key);
      const article = document.createElement('article');
      article.id = ARTICLE_ID;
      article.innerHTML = ARTICLE;
      const el = document.createElement('claim-annotator') as ClaimAnnotatorElement;
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      el.target = `#${ARTICLE_ID}`;
      el.src = url(key);
      const events = record<ClaimErrorEvent>(el, 'claim-error');
      document.body.append(el, article);
      await settledAnnotator(el, 6000);
      await new Promise((r) => setTimeout(r, 100));
      expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.equal('This fact-check is unavailable.');
      expect(events.length).to.equal(1);
      expect(events[0]!.input).to.equal('src');
      expect(events[0]!.errors[0]!.message).to.match(message);
      expect([...CSS.highlights.keys()].filter((k) => k.startsWith('claim-cards-') && CSS.highlights.get(k)!.size > 0)).to.deep.equal([]);
      await others.check();
      others.remove();
    });
  }

  it('a redirect is followed by the list and the annotator', async () => {
    const key = uniqueKey('redirect');
    const list = document.createElement('claim-list') as ClaimListElement;
    list.src = `/__test__/redirect?key=${key}`;
    const article = document.createElement('article');
    article.id = ARTICLE_ID;
    article.innerHTML = ARTICLE;
    const annotator = document.createElement('claim-annotator') as ClaimAnnotatorElement;
    annotator.target = `#${ARTICLE_ID}`;
    annotator.src = `/__test__/redirect?key=${key}`;
    document.body.append(list, annotator, article);
    expect(await settledList(list)).to.equal('ready');
    await settledAnnotator(annotator);
    expect(annotator.shadowRoot!.querySelectorAll('[part="entry"]').length).to.equal(3);
    expect(await hits(`${key}-target`)).to.equal(1);
  });

  it('one request per URL, however many cards, lists and annotators use it', async () => {
    const key = uniqueKey('shared');
    const src = `/__test__/claims.json?key=${key}&delay=150`;
    const article = document.createElement('article');
    article.id = ARTICLE_ID;
    article.innerHTML = ARTICLE;
    const elements: HTMLElement[] = [];
    for (const id of ['no-new-permits', 'not-a-violation', 'diplomat-couriers']) {
      const card = document.createElement('claim-card') as ClaimCardElement;
      card.src = src;
      card.claimId = id;
      elements.push(card);
    }
    for (let i = 0; i < 3; i++) {
      const list = document.createElement('claim-list') as ClaimListElement;
      list.src = src;
      elements.push(list);
    }
    const annotator = document.createElement('claim-annotator') as ClaimAnnotatorElement;
    annotator.src = src;
    annotator.target = `#${ARTICLE_ID}`;
    elements.push(annotator);
    document.body.append(...elements, article);
    for (const el of elements) {
      if (el.localName === 'claim-card') expect(await settledCard(el as ClaimCardElement)).to.equal('ready');
      if (el.localName === 'claim-list') expect(await settledList(el as ClaimListElement)).to.equal('ready');
    }
    await settledAnnotator(annotator);
    expect(annotator.shadowRoot!.querySelectorAll('[part="entry"]').length).to.equal(3);
    // Later arrivals reuse the loaded file too.
    const late = document.createElement('claim-list') as ClaimListElement;
    late.src = src;
    document.body.append(late);
    expect(await settledList(late)).to.equal('ready');
    expect(await hits(key)).to.equal(1);
  });

  it('removed mid-request: the list and the annotator fire nothing; an element still waiting gets the data', async () => {
    const key = uniqueKey('abort');
    const src = `/__test__/claims.json?key=${key}&delay=400`;
    const article = document.createElement('article');
    article.id = ARTICLE_ID;
    article.innerHTML = ARTICLE;
    const leavingList = document.createElement('claim-list') as ClaimListElement;
    const leavingAnnotator = document.createElement('claim-annotator') as ClaimAnnotatorElement;
    leavingAnnotator.target = `#${ARTICLE_ID}`;
    const staying = document.createElement('claim-card') as ClaimCardElement;
    staying.claimId = 'diplomat-couriers';
    for (const el of [leavingList, leavingAnnotator, staying]) (el as { src?: string }).src = src;
    const events = [
      ...record(leavingList, 'claim-error'),
      ...record(leavingList, 'claim-ready'),
      ...record(leavingAnnotator, 'claim-error'),
      ...record(leavingAnnotator, 'claim-ready'),
    ];
    document.body.append(leavingList, leavingAnnotator, staying, article);
    await new Promise((r) => setTimeout(r, 80));
    expect(listState(leavingList)).to.equal('loading');
    leavingList.remove();
    leavingAnnotator.remove();
    expect(await settledCard(staying)).to.equal('ready');
    await new Promise((r) => setTimeout(r, 100));
    expect(events).to.deep.equal([]);
    expect(warnings.messages).to.deep.equal([]);
    expect(await hits(key)).to.equal(1);
  });

  it('when every element using a URL leaves, the request is cancelled; re-inserted, they load it again', async () => {
    const key = uniqueKey('cancel');
    const src = `/__test__/claims.json?key=${key}&delay=300`;
    const article = document.createElement('article');
    article.id = ARTICLE_ID;
    article.innerHTML = ARTICLE;
    document.body.append(article);
    const list = document.createElement('claim-list') as ClaimListElement;
    const annotator = document.createElement('claim-annotator') as ClaimAnnotatorElement;
    annotator.target = `#${ARTICLE_ID}`;
    list.src = src;
    annotator.src = src;
    document.body.append(list, annotator);
    await new Promise((r) => setTimeout(r, 60));
    list.remove();
    annotator.remove();
    await new Promise((r) => setTimeout(r, 30));
    document.body.append(list, annotator);
    expect(await settledList(list)).to.equal('ready');
    await settledAnnotator(annotator);
    expect(annotator.shadowRoot!.querySelectorAll('[part="entry"]').length).to.equal(3);
    // Cancelled, not kept: the re-inserted elements asked again (a kept request would be reused).
    expect(await hits(key)).to.equal(2);
    expect(warnings.messages).to.deep.equal([]);
  });
});
