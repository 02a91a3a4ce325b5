/**
 * Limits through the elements: a 10 MB claims file, 10,000 claims, a 100,000-character
 * statement, JSON nested 10,000 deep. Each gives a correct render or a clear error, and
 * big sets are read in slices (the main thread is given back along the way). The task
 * lengths themselves are measured in test/node/hardening-limits.test.mjs.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import {
  clearLoadCache,
  type ClaimAnnotatorElement,
  type ClaimCardElement,
  type ClaimErrorEvent,
  type ClaimListElement,
} from '../../../src/index.js';
import { captureWarnings } from '../helpers/dom.js';
import { record, settledAnnotator, settledCard, settledList, trapPageErrors } from './scan.js';

const errorText = (el: Element) => el.shadowRoot!.querySelector('details')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Counts the library's yields to the main thread (it uses scheduler.yield where present, as in Chromium). */
function countYields(): { count: () => number; restore: () => void } {
  const scheduler = (globalThis as unknown as { scheduler: { yield: () => Promise<void> } }).scheduler;
  const original = scheduler.yield;
  let calls = 0;
  scheduler.yield = function (this: unknown) {
    calls++;
    return original.call(scheduler);
  };
  return { count: () => calls, restore: () => (scheduler.yield = original) };
}

describe('limits through the elements', function () {
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
    document.querySelectorAll('claim-card, claim-list, claim-annotator, article').forEach((el) => el.remove());
    expect(trap.errors).to.deep.equal([]);
  });

  it('a claims file just under 10 MB (10,000 claims of ~1,000 characters) renders in the list and a card, read in slices', async () => {
    const yields = countYields();
    try {
      const list = document.createElement('claim-list') as ClaimListElement;
      list.src = '/__test__/hardening-10mb';
      const card = document.createElement('claim-card') as ClaimCardElement;
      card.src = '/__test__/hardening-10mb';
      card.claimId = 'c9999';
      document.body.append(list, card);
      expect(await settledList(list, 30_000)).to.equal('ready');
      expect(list.shadowRoot!.querySelector('[part="count"]')!.textContent).to.equal('Showing 10,000 of 10,000 claims');
      expect(await settledCard(card, 30_000)).to.equal('ready');
      expect(card.shadowRoot!.querySelector('[part="statement"]')!.textContent!.trim()).to.match(/^Claim number 9999 says .* x{800,}\.$/);
      expect(yields.count()).to.be.at.least(2);
    } finally {
      yields.restore();
    }
  });

  it('a claims file over 10 MB: a clear error on every element', async () => {
    const card = document.createElement('claim-card') as ClaimCardElement;
    card.src = '/__test__/hardening-10mb?over=1';
    card.claimId = 'c1';
    const list = document.createElement('claim-list') as ClaimListElement;
    list.src = '/__test__/hardening-10mb?over=1';
    const annotator = document.createElement('claim-annotator') as ClaimAnnotatorElement;
    const errors = record<ClaimErrorEvent>(annotator, 'claim-error');
    annotator.src = '/__test__/hardening-10mb?over=1';
    document.body.append(card, list, annotator);
    expect(await settledCard(card, 30_000)).to.equal('error');
    expect(errorText(card)).to.contain('the file is larger than 10 MB');
    expect(await settledList(list, 30_000)).to.equal('error');
    expect(errorText(list)).to.contain('the file is larger than 10 MB');
    await settledAnnotator(annotator, 30_000);
    expect(errors[0]!.errors[0]!.message).to.contain('the file is larger than 10 MB');
  });

  it('10,000 claims in the annotator: the index shows 200 at a time, "Show more" by keyboard moves focus to the next page', async () => {
    const article = document.createElement('article');
    article.id = 'many-article';
    article.innerHTML = Array.from({ length: 50 }, (_, i) => `<p>They said Claim number ${i * 200} says the figure was ${i * 200 * 7} workers, in the end.</p>`).join('');
    const annotator = document.createElement('claim-annotator') as ClaimAnnotatorElement;
    annotator.src = '/__test__/hardening-many?count=10000';
    annotator.target = '#many-article';
    const yields = countYields();
    try {
      document.body.append(annotator, article);
      await settledAnnotator(annotator, 50_000);
      expect(yields.count()).to.be.at.least(10);
    } finally {
      yields.restore();
    }
    const root = annotator.shadowRoot!;
    expect(root.querySelector('nav')!.getAttribute('aria-label')).to.equal('Fact-checked claims in this article (10,000)');
    expect(root.querySelectorAll('[part="entry"]').length).to.equal(200);
    const more = root.querySelector<HTMLButtonElement>('[part="more"]')!;
    expect(more.textContent!.trim()).to.equal('Show more (9,800 left)');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await annotator.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    const entries = root.querySelectorAll<HTMLButtonElement>('[part="entry"]');
    expect(entries.length).to.equal(400);
    expect(root.activeElement).to.equal(entries[200]);
    expect(root.querySelector('[part="more"]')!.textContent!.trim()).to.equal('Show more (9,600 left)');
    // Any claim opens, shown in the index or not yet.
    annotator.open('c9999');
    await annotator.updateComplete;
    expect(root.querySelector<ClaimCardElement>('[popover] claim-card')!.claim).to.have.property('id', 'c9999');
    // The console line about orphans names a few, not 9,950.
    const orphans = warnings.messages.find((m) => m.includes('nowhere in the article'))!;
    expect(orphans).to.contain('found 9950 of 10000 claims nowhere');
    expect(orphans).to.contain(', and 9930 more');
    expect(orphans.length).to.be.lessThan(400);
    await expect(annotator).to.be.accessible();
  });

  it('10,001 claims: the list shows the first 10,000 and reports the rest; a card beyond says why', async () => {
    const src = '/__test__/hardening-many?count=10001';
    const list = document.createElement('claim-list') as ClaimListElement;
    const errors = record<ClaimErrorEvent>(list, 'claim-error');
    list.src = src;
    const beyond = document.createElement('claim-card') as ClaimCardElement;
    beyond.src = src;
    beyond.claimId = 'c10000';
    document.body.append(list, beyond);
    expect(await settledList(list, 30_000)).to.equal('ready');
    expect(list.shadowRoot!.querySelector('[part="count"]')!.textContent).to.equal('Showing 10,000 of 10,000 claims');
    expect(errors.map((e) => e.errors)).to.deep.equal([[{ path: 'claims', message: 'holds 10,001 claims: the limit is 10,000; the rest are left out' }]]);
    expect(await settledCard(beyond, 30_000)).to.equal('error');
    expect(errorText(beyond)).to.contain('holds 10,001 claims: the limit is 10,000');
  });

  it('a 100,000-character statement: that claim is refused with the limit named; its neighbour renders', async () => {
    const src = '/__test__/hardening-long-statement';
    const long = document.createElement('claim-card') as ClaimCardElement;
    long.src = src;
    long.claimId = 'long';
    const short = document.createElement('claim-card') as ClaimCardElement;
    short.src = src;
    short.claimId = 'short';
    const list = document.createElement('claim-list') as ClaimListElement;
    const listErrors = record<ClaimErrorEvent>(list, 'claim-error');
    list.src = src;
    document.body.append(long, short, list);
    expect(await settledCard(long)).to.equal('error');
    expect(errorText(long)).to.contain('claims[0].statement: is too long: the limit is 10,000 characters');
    expect(await settledCard(short)).to.equal('ready');
    expect(await settledList(list)).to.equal('ready');
    expect(list.shadowRoot!.querySelectorAll('claim-card').length).to.equal(1);
    expect(listErrors[0]!.errors).to.deep.equal([{ path: 'claims[0].statement', message: 'is too long: the limit is 10,000 characters' }]);
    // Set directly as an attribute, the same limit applies.
    const attr = document.createElement('claim-card') as ClaimCardElement;
    attr.setAttribute('statement', 'x'.repeat(100_000));
    document.body.append(attr);
    expect(await settledCard(attr)).to.equal('error');
    expect(errorText(attr)).to.contain('statement: is too long');
  });

  it('JSON nested 10,000 deep: every element answers with an error, no stack overflow', async () => {
    const src = '/__test__/hardening-deep?depth=10000';
    const card = document.createElement('claim-card') as ClaimCardElement;
    card.src = src;
    card.claimId = 'deep';
    const list = document.createElement('claim-list') as ClaimListElement;
    list.src = src;
    const annotator = document.createElement('claim-annotator') as ClaimAnnotatorElement;
    const errors = record<ClaimErrorEvent>(annotator, 'claim-error');
    annotator.src = src;
    document.body.append(card, list, annotator);
    expect(await settledCard(card)).to.equal('error');
    expect(errorText(card)).to.contain('claims[0].claimant.name: must be text');
    expect(await settledList(list)).to.equal('error');
    await settledAnnotator(annotator);
    expect(errors.length).to.equal(1);
    // As a ClaimReview nested 10,000 deep in @graph: read, not a crash.
    let review: unknown = { '@type': 'ClaimReview', claimReviewed: 'A deep review.' };
    for (let i = 0; i < 10_000; i++) review = { '@graph': [review] };
    const deep = document.createElement('claim-card') as ClaimCardElement;
    deep.format = 'claimreview'; // told, since auto-detection looks only a few levels deep
    deep.claim = review as never;
    document.body.append(deep);
    expect(await settledCard(deep)).to.equal('ready');
    expect(deep.shadowRoot!.querySelector('[part="statement"]')!.textContent!.trim()).to.equal('A deep review.');
  });
});
