import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import { ClaimErrorEvent, ClaimReadyEvent, clearLoadCache, type ClaimCardElement } from '../../../src/index.js';
import { minimal, permits } from '../helpers/claims.js';
import { captureWarnings, uniqueKey, until } from '../helpers/dom.js';

const statementOf = (el: ClaimCardElement) =>
  el.shadowRoot!.querySelector('[part="statement"]')?.textContent?.trim();
const ready = (el: ClaimCardElement) => until(() => statementOf(el) !== undefined, 5000, 'the card to render');

describe('<claim-card> inputs', () => {
  afterEach(() => clearLoadCache());

  it('reads a child <script type="application/json"> holding one claim', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card
      ><script type="application/json">
        {"id": "inline", "statement": "Inline claim text."}
      </script></claim-card
    >`);
    await ready(el);
    expect(statementOf(el)).to.equal('Inline claim text.');
  });

  it('reads a claim set from the child script and picks claim-id', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card claim-id="b"
      ><script type="application/json">
        {"version": 1, "claims": [{"id": "a", "statement": "First."}, {"id": "b", "statement": "Second."}]}
      </script></claim-card
    >`);
    await ready(el);
    expect(statementOf(el)).to.equal('Second.');
  });

  it('loads src and picks claim-id', async () => {
    const el = await fixture<ClaimCardElement>(
      html`<claim-card src="/__test__/claims.json?key=${uniqueKey('src')}" claim-id="diplomat-couriers"></claim-card>`,
    );
    await ready(el);
    expect(statementOf(el)).to.contain('North Korean diplomats in Russia');
  });

  it('resolves a relative src against the page', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card src="../../../test/fixtures/claims.json" claim-id="not-a-violation"></claim-card>`);
    await ready(el);
    expect(statementOf(el)).to.contain('not a violation');
  });

  it('builds a claim from plain attributes', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card
      statement="No new permits were issued."
      claimant="Alexander Matsegora"
      date="2018-08-01"
      source="https://www.wsj.com/"
      source-title="Reported remarks"
      counter-claim="Ministry data show 700 permits."
      counter-source="https://example.org/data"
      verdict="Misleading"
    ></claim-card>`);
    const root = el.shadowRoot!;
    expect(statementOf(el)).to.equal('No new permits were issued.');
    expect(root.querySelector('[part="claimant"]')!.textContent).to.contain('Alexander Matsegora');
    expect(root.querySelector('[part="date"]')!.getAttribute('datetime')).to.equal('2018-08-01');
    expect(root.querySelector('[part="source"] a')!.getAttribute('href')).to.equal('https://www.wsj.com/');
    expect(root.querySelector('[part="source"] a')!.textContent).to.equal('Reported remarks');
    expect(root.querySelector('[part="counter-claim"]')!.textContent).to.contain('Ministry data show 700 permits.');
    expect(root.querySelector('[part="counter-source"] a')!.getAttribute('href')).to.equal('https://example.org/data');
    expect(root.querySelector('[part="verdict"]')!.textContent).to.contain('Misleading');
  });

  it('reports attribute errors by attribute name', async () => {
    const warnings = captureWarnings();
    try {
      const el = document.createElement('claim-card') as ClaimCardElement;
      el.setAttribute('statement', 'x');
      el.setAttribute('source', 'javascript:alert(1)');
      el.setAttribute('date', 'yesterday');
      const event = oneEvent(el, 'claim-error');
      document.body.append(el);
      const { errors } = (await event) as ClaimErrorEvent;
      expect(errors.map((e) => e.path).sort()).to.deep.equal(['date', 'source']);
      el.remove();
    } finally {
      warnings.restore();
    }
  });

  it('priority: the claim property wins over script, src and attributes', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card
      .claim=${minimal}
      src="/__test__/claims.json"
      claim-id="no-new-permits"
      statement="From attributes."
      ><script type="application/json">
        {"id": "inline", "statement": "From script."}
      </script></claim-card
    >`);
    expect(statementOf(el)).to.equal(minimal.statement);
  });

  it('priority: the script wins over src and attributes', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card src="/__test__/claims.json" statement="From attributes."
      ><script type="application/json">
        {"id": "inline", "statement": "From script."}
      </script></claim-card
    >`);
    await ready(el);
    expect(statementOf(el)).to.equal('From script.');
  });

  it('priority: src wins over attributes', async () => {
    const el = await fixture<ClaimCardElement>(
      html`<claim-card src="/__test__/claims.json?key=${uniqueKey('prio')}" claim-id="no-new-permits" statement="From attributes."></claim-card>`,
    );
    await ready(el);
    expect(statementOf(el)).to.contain('No new permits have been issued');
  });

  it('properties set before the element upgrades are kept', async () => {
    const el = document.createElement('div');
    el.innerHTML = '<claim-card></claim-card>';
    const card = el.firstElementChild as ClaimCardElement & { claim: unknown };
    // An element created by innerHTML inside a detached div is upgraded on creation in
    // this document, so emulate an early property set on an un-upgraded instance:
    const template = document.createElement('template');
    template.innerHTML = '<claim-card></claim-card>';
    const early = template.content.firstElementChild as HTMLElement & { claim?: unknown };
    early.claim = permits; // plain own property: the element is not upgraded in a template
    document.body.append(early);
    customElements.upgrade(early);
    await (early as ClaimCardElement).updateComplete;
    expect(statementOf(early as ClaimCardElement)).to.equal(permits.statement);
    early.remove();
    expect(card.tagName).to.equal('CLAIM-CARD');
  });

  it('switching src reloads and shows the new claim', async () => {
    const el = await fixture<ClaimCardElement>(
      html`<claim-card src="/__test__/claims.json?key=${uniqueKey('a')}" claim-id="no-new-permits"></claim-card>`,
    );
    await ready(el);
    el.claimId = 'diplomat-couriers';
    await until(() => (statementOf(el) ?? '').includes('diplomats'), 5000, 'the second claim');
  });

  it('a slow read of older data never overwrites newer data', async () => {
    // A ClaimReview property is read asynchronously (its reader loads on demand); a claim
    // set right after it is read at once and must stay on screen.
    const review = await (await fetch('/test/fixtures/jsonld/single-review.json')).json();
    const el = document.createElement('claim-card') as ClaimCardElement;
    el.claim = review;
    document.body.append(el);
    await el.updateComplete;
    el.claim = minimal;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 300));
    await el.updateComplete;
    expect(statementOf(el)).to.equal(minimal.statement);
    el.remove();
  });

  it('theme, variant and language changes do not announce the claim again', async () => {
    const el = document.createElement('claim-card') as ClaimCardElement;
    el.claim = permits;
    let ready = 0;
    el.addEventListener('claim-ready', () => ready++);
    document.body.append(el);
    await el.updateComplete;
    el.theme = 'dark';
    el.variant = 'compact';
    el.setAttribute('lang', 'ru');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    el.remove();
    document.body.append(el); // re-inserted: same data, no new announcement
    await el.updateComplete;
    expect(ready).to.equal(1);
    el.claim = minimal;
    await el.updateComplete;
    expect(ready).to.equal(2);
    el.remove();
  });

  it('fires claim-ready with the claim and its warnings', async () => {
    const el = document.createElement('claim-card') as ClaimCardElement;
    el.claim = { ...minimal, extra: 'unknown field' } as never;
    const event = oneEvent(el, 'claim-ready');
    document.body.append(el);
    const ready = (await event) as ClaimReadyEvent;
    expect(ready).to.be.instanceOf(ClaimReadyEvent);
    expect(ready.bubbles && ready.composed).to.equal(true);
    expect(ready.claims[0]!.id).to.equal('minimal');
    expect(ready.warnings.map((w) => w.path)).to.deep.equal(['extra']);
    el.remove();
  });

  it('keeps the publisher\'s light DOM as fallback while loading and hides it once ready', async () => {
    const key = uniqueKey('fallback');
    const el = await fixture<ClaimCardElement>(html`<claim-card src="/__test__/claims.json?key=${key}&delay=300" claim-id="no-new-permits"
      ><p class="fallback">Ambassador: no new permits. Verdict: misleading.</p></claim-card
    >`);
    const fallback = el.querySelector('.fallback') as HTMLElement;
    expect(fallback.offsetHeight).to.be.greaterThan(0);
    await ready(el);
    expect(fallback.offsetHeight).to.equal(0);
  });
});
