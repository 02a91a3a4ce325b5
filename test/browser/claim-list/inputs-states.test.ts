import { expect, html } from '@open-wc/testing';
import '../../../src/elements/claim-list/claim-list.define.js';
import { ClaimListElement } from '../../../src/elements/claim-list/claim-list.js';
import { ClaimErrorEvent, ClaimReadyEvent, clearLoadCache, type Claim } from '../../../src/index.js';
import { minimal, permits } from '../helpers/claims.js';
import { captureWarnings, hits, mount, uniqueKey, unmountAll, until } from '../helpers/dom.js';
import { cards, ids, listClaims, part, settled, shadow } from './list-helpers.js';

const statusText = (el: Element) => part(el, 'status')?.textContent ?? null;

/** The next event of `type` the element fires. */
function next<K extends keyof GlobalEventHandlersEventMap>(el: Element, type: K): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) => el.addEventListener(type, resolve as EventListener, { once: true }));
}

/** Every event of `type` the element fires from now on. */
function record<T extends Event>(el: Element, type: string): T[] {
  const events: T[] = [];
  el.addEventListener(type, (e) => events.push(e as T));
  return events;
}

describe('<claim-list> inputs', () => {
  afterEach(unmountAll);
  afterEach(clearLoadCache);

  it('is registered, and registering it registers <claim-card>', () => {
    expect(customElements.get('claim-list')).to.equal(ClaimListElement);
    expect(customElements.get('claim-card')).to.not.equal(undefined);
    expect(document.createElement('claim-list')).to.be.instanceOf(ClaimListElement);
  });

  it('lists an array of claims from the claims property, one <claim-card> per claim in an <li>', async () => {
    const el = await mount<ClaimListElement>(html`<claim-list .claims=${[permits, minimal]}></claim-list>`);
    await settled(el);
    const list = part(el, 'list')!;
    expect(list.localName).to.equal('ul');
    expect(list.getAttribute('role')).to.equal('list');
    const items = [...list.children];
    expect(items.map((li) => li.localName)).to.deep.equal(['li', 'li']);
    expect(items.every((li) => li.getAttribute('part') === 'item' && li.querySelector('claim-card'))).to.equal(true);
    expect(ids(el)).to.deep.equal(['no-new-permits', 'minimal']);
    // The card rendered its claim.
    expect(cards(el)[0]!.shadowRoot!.querySelector('[part="statement"]')!.textContent).to.contain('No new permits');
  });

  it('lists a claim set from the claims property, and follows a new value', async () => {
    const el = await mount<ClaimListElement>(html`<claim-list .claims=${{ version: 1, claims: listClaims }}></claim-list>`);
    await settled(el);
    expect(ids(el).length).to.equal(6);
    el.claims = [minimal];
    await settled(el);
    expect(ids(el)).to.deep.equal(['minimal']);
    expect(part(el, 'count')!.textContent).to.equal('Showing 1 of 1 claim');
  });

  it('loads src through the shared loader: one request however many lists use it', async () => {
    const key = uniqueKey('list-src');
    const box = await mount<HTMLDivElement>(html`<div>
      <claim-list src="/__test__/claims.json?key=${key}"></claim-list>
      <claim-list src="/__test__/claims.json?key=${key}"></claim-list>
    </div>`);
    const lists = [...box.querySelectorAll('claim-list')];
    await until(() => lists.every((l) => part(l, 'list') !== null), 5000, 'both lists');
    expect(ids(lists[0]!)).to.deep.equal(['diplomat-couriers', 'no-new-permits', 'not-a-violation']);
    expect(ids(lists[1]!)).to.deep.equal(ids(lists[0]!));
    expect(await hits(key)).to.equal(1);
  });

  it('the claims property wins over src', async () => {
    const key = uniqueKey('list-priority');
    const el = await mount<ClaimListElement>(html`<claim-list src="/__test__/claims.json?key=${key}" .claims=${[minimal]}></claim-list>`);
    await settled(el);
    expect(ids(el)).to.deep.equal(['minimal']);
    await new Promise((r) => setTimeout(r, 100));
    expect(await hits(key)).to.equal(0);
    // Without the property, src is used.
    el.claims = undefined;
    await until(() => ids(el).length === 3, 5000, 'src claims');
  });

  it('passes variant, theme, link-target and its language to every card', async () => {
    const el = await mount<ClaimListElement>(
      html`<claim-list lang="ru" variant="compact" theme="dark" link-target="_blank" .claims=${[permits, minimal]}></claim-list>`,
    );
    await settled(el);
    for (const card of cards(el)) {
      expect(card.getAttribute('variant')).to.equal('compact');
      expect(card.theme).to.equal('dark');
      expect(card.linkTarget).to.equal('_blank');
      expect(card.getAttribute('lang')).to.equal('ru');
    }
    const card = cards(el)[0]!;
    expect(card.shadowRoot!.querySelector('[part="counter-claim"]')).to.equal(null); // compact
    expect(card.shadowRoot!.querySelector('a[target="_blank"]')).to.not.equal(null);
    el.variant = 'full';
    await settled(el);
    expect(card.getAttribute('variant')).to.equal('full');
    expect(card.shadowRoot!.querySelector('[part="counter-claim"]')).to.not.equal(null);
  });

  it('without data it shows its light DOM and reports nothing', async () => {
    const warnings = captureWarnings();
    try {
      const el = await mount<ClaimListElement>(html`<claim-list><p>Fact-checks are listed at example.org.</p></claim-list>`);
      expect(shadow(el).querySelector('slot')).to.not.equal(null);
      expect(part(el, 'base')).to.equal(null);
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });
});

describe('<claim-list> states', () => {
  afterEach(unmountAll);
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    clearLoadCache();
  });

  it('loading is announced politely, busy, accessible, and the fallback content stays', async () => {
    const el = await mount<ClaimListElement>(
      html`<claim-list src="/__test__/claims.json?key=${uniqueKey('list-load')}&delay=1500"><p>Fallback</p></claim-list>`,
    );
    const status = part(el, 'status')!;
    expect(status.textContent).to.equal('Loading fact-checks…');
    expect(status.getAttribute('role')).to.equal('status');
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    expect(shadow(el).querySelector('slot')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a failed request shows a readable error, fires one claim-error, warns once, and is accessible', async () => {
    const el = document.createElement('claim-list');
    el.src = '/__test__/status?code=404';
    const errors = record<ClaimErrorEvent>(el, 'claim-error');
    const error = next(el, 'claim-error');
    await mount(html`${el}`);
    const event = await error;
    await settled(el);
    expect(event).to.be.instanceOf(ClaimErrorEvent);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.input).to.equal('src');
    expect(event.errors[0]!.message).to.equal('/__test__/status?code=404: the server answered 404 Not Found');
    expect(statusText(el)).to.equal('These fact-checks are unavailable.');
    expect(shadow(el).querySelector('summary')!.textContent).to.equal('Details for editors (1)');
    expect(shadow(el).querySelector('details li')!.textContent).to.contain('the server answered 404');
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(errors.length).to.equal(1);
    expect(warnings.messages.length).to.equal(1);
    expect(warnings.messages[0]).to.contain('<claim-list> shows no claims');
    await expect(el).to.be.accessible();
  });

  for (const [what, src, message] of [
    ['invalid JSON', '/__test__/invalid-json', /not valid JSON/],
    ['an HTML page', '/__test__/html-200', /sent text\/html, not JSON/],
    ['a javascript: src', 'javascript:alert(1)', /must be an https:\/\/ or http:\/\/ link/],
  ] as const) {
    it(`${what} is an error state`, async () => {
      const el = document.createElement('claim-list');
      el.src = src;
      const error = next(el, 'claim-error');
      await mount(html`${el}`);
      const event = await error;
      expect(event.errors[0]!.message).to.match(message);
      await el.updateComplete;
      expect(statusText(el)).to.equal('These fact-checks are unavailable.');
    });
  }

  it('a document that is not a claim set is an error, with paths', async () => {
    const el = document.createElement('claim-list');
    el.claims = { version: 2, claims: 'none' } as never;
    const error = next(el, 'claim-error');
    await mount(html`${el}`);
    const event = await error;
    expect(event.input).to.equal('property');
    expect(event.errors.map((e) => e.path)).to.deep.equal(['version', 'claims']);
    await el.updateComplete;
    expect([...shadow(el).querySelectorAll('details li')].map((li) => li.textContent)).to.deep.equal([
      'version: must be 1',
      'claims: must be a list ([ … ])',
    ]);
  });

  it('a partly invalid file lists the valid claims and reports the invalid ones once', async () => {
    const el = document.createElement('claim-list');
    el.src = `/__test__/invalid-claims?key=${uniqueKey('list-partial')}`;
    const order: string[] = [];
    const errors = record<ClaimErrorEvent>(el, 'claim-error');
    const ready = record<ClaimReadyEvent>(el, 'claim-ready');
    el.addEventListener('claim-error', () => order.push('error'));
    el.addEventListener('claim-ready', () => order.push('ready'));
    await mount(html`${el}`);
    await until(() => part(el, 'list') !== null, 5000, 'the list');
    await settled(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(ids(el)).to.deep.equal(['good']);
    expect(part(el, 'status')).to.equal(null);
    expect(order).to.deep.equal(['error', 'ready']);
    expect(errors[0]!.errors.map((e) => e.path)).to.deep.equal(['claims[1].source.url']);
    expect(ready[0]!.claims.map((c: Claim) => c.id)).to.deep.equal(['good']);
    expect(warnings.messages.length).to.equal(1);
    expect(warnings.messages[0]).to.contain('left out 1 invalid claim(s): claims[1].source.url');
    // Re-rendering (a filter change) reports nothing again.
    el.query = 'valid';
    await settled(el);
    expect(errors.length).to.equal(1);
    expect(warnings.messages.length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('a file whose every claim is invalid is an error, not an empty list', async () => {
    const el = document.createElement('claim-list');
    el.claims = [{ id: 'Bad Id', statement: 'x' }, { id: 'ok-id', statement: '' }] as never;
    const error = next(el, 'claim-error');
    await mount(html`${el}`);
    const event = await error;
    expect(event.errors.map((e) => e.path)).to.deep.equal(['[0].id', '[1].statement']);
    await el.updateComplete;
    expect(statusText(el)).to.equal('These fact-checks are unavailable.');
  });

  it('an empty claim set is ready and shows "No claims match."', async () => {
    const el = await mount<ClaimListElement>(html`<claim-list .claims=${{ version: 1, claims: [] }}></claim-list>`);
    expect(part(el, 'empty')!.textContent).to.equal('No claims match.');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('removed mid-request it cancels, reports nothing, and loads again when re-inserted', async () => {
    const key = uniqueKey('list-removed');
    const el = document.createElement('claim-list');
    el.src = `/__test__/claims.json?key=${key}&delay=300`;
    const events = [...record(el, 'claim-error'), ...record(el, 'claim-ready')];
    const box = await mount<HTMLDivElement>(html`<div></div>`);
    box.append(el);
    await el.updateComplete;
    el.remove();
    await new Promise((r) => setTimeout(r, 500));
    expect(events.length).to.equal(0);
    expect(warnings.messages).to.deep.equal([]);
    const ready = next(el, 'claim-ready');
    box.append(el);
    await ready;
    await settled(el);
    expect(ids(el).length).to.equal(3);
  });

  it('removed before its first update it fetches nothing, and loads once re-inserted', async () => {
    const key = uniqueKey('list-never');
    const el = document.createElement('claim-list');
    el.src = `/__test__/claims.json?key=${key}`;
    document.body.append(el);
    el.remove();
    await new Promise((r) => setTimeout(r, 200));
    expect(await hits(key)).to.equal(0);
    const ready = next(el, 'claim-ready');
    document.body.append(el);
    await ready;
    expect(await hits(key)).to.equal(1);
    el.remove();
  });

  it('errors never throw into the page, and other lists keep working', async () => {
    const thrown: unknown[] = [];
    const onError = (e: ErrorEvent) => thrown.push(e.error);
    window.addEventListener('error', onError);
    const box = await mount<HTMLDivElement>(html`<div>
      <claim-list .claims=${'nonsense' as never}></claim-list>
      <claim-list .claims=${[permits]}></claim-list>
      <claim-list .claims=${42 as never}></claim-list>
    </div>`);
    const lists = [...box.querySelectorAll('claim-list')];
    await Promise.all(lists.map((l) => settled(l)));
    window.removeEventListener('error', onError);
    expect(thrown).to.deep.equal([]);
    expect(lists.map((l) => (part(l, 'list') ? 'ready' : statusText(l)))).to.deep.equal([
      'These fact-checks are unavailable.',
      'ready',
      'These fact-checks are unavailable.',
    ]);
  });
});
