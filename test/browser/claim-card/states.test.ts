import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import { ClaimErrorEvent, clearLoadCache, type ClaimCardElement } from '../../../src/index.js';
import { minimal, permits } from '../helpers/claims.js';
import { captureWarnings, mount, unmountAll, uniqueKey, until } from '../helpers/dom.js';

const status = (el: ClaimCardElement) => el.shadowRoot!.querySelector('[part="status"]');

describe('<claim-card> states', () => {
  afterEach(unmountAll);
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    clearLoadCache();
  });

  it('loading is announced politely and is accessible', async () => {
    const el = await fixture<ClaimCardElement>(
      html`<claim-card src="/__test__/claims.json?key=${uniqueKey('load')}&delay=1000" claim-id="no-new-permits"></claim-card>`,
    );
    const message = status(el)!;
    expect(message.getAttribute('role')).to.equal('status');
    expect(message.textContent).to.equal('Loading fact-check…');
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('an invalid claim shows a neutral line, lists each failing path, fires one claim-error and warns once', async () => {
    const el = document.createElement('claim-card') as ClaimCardElement;
    el.claim = { id: 'Bad Id', statement: '', source: { url: 'javascript:alert(1)' } } as never;
    const event = oneEvent(el, 'claim-error');
    let count = 0;
    el.addEventListener('claim-error', () => count++);
    document.body.append(el);
    const error = (await event) as ClaimErrorEvent;
    await el.updateComplete;
    expect(error).to.be.instanceOf(ClaimErrorEvent);
    expect(error.bubbles && error.composed).to.equal(true);
    expect(error.input).to.equal('property');
    expect(error.errors.map((e) => e.path)).to.deep.equal(['id', 'statement', 'source.url']);
    expect(status(el)!.textContent).to.equal('This fact-check is unavailable.');
    const items = [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.deep.equal([
      'id: must be 1 to 64 lower-case letters, digits or hyphens, starting with a letter or digit',
      'statement: must not be empty',
      'source.url: must be an https:// or http:// link',
    ]);
    expect(el.shadowRoot!.querySelector('summary')!.textContent).to.equal('Details for editors (3)');
    await el.updateComplete;
    expect(count).to.equal(1);
    expect(warnings.messages.length).to.equal(1);
    expect(warnings.messages[0]).to.contain('source.url: must be an https:// or http:// link');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('broken JSON in the child script is an error with line and column', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card
      ><script type="application/json">
        {"id": "a", "statement": "x",}
      </script></claim-card
    >`);
    await until(() => status(el) !== null);
    expect(el.shadowRoot!.querySelector('li')!.textContent).to.match(/not valid JSON: .* at line 2, column \d+/);
  });

  it('an error never throws into the page, and other cards keep working', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    const box = await mount<HTMLDivElement>(html`<div>
      <claim-card .claim=${{ nonsense: true }}></claim-card>
      <claim-card .claim=${permits}></claim-card>
      <claim-card .claim=${'not even an object'}></claim-card>
      <claim-card .claim=${minimal}></claim-card>
    </div>`);
    const cards = [...box.querySelectorAll('claim-card')] as ClaimCardElement[];
    await Promise.all(cards.map((c) => c.updateComplete));
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(cards.map((c) => (c.shadowRoot!.querySelector('[part="statement"]') ? 'ready' : 'error'))).to.deep.equal([
      'error',
      'ready',
      'error',
      'ready',
    ]);
  });

  it('a claims file with one broken claim still renders its valid neighbours', async () => {
    const key = uniqueKey('neighbour');
    const box = await mount<HTMLDivElement>(html`<div>
      <claim-card src="/__test__/invalid-claims?key=${key}" claim-id="good"></claim-card>
      <claim-card src="/__test__/invalid-claims?key=${key}" claim-id="bad"></claim-card>
    </div>`);
    const [good, bad] = [...box.querySelectorAll('claim-card')] as ClaimCardElement[];
    await until(() => good!.shadowRoot!.querySelector('[part="statement"]') !== null && status(bad!) !== null && !status(bad!)!.textContent!.includes('Loading'));
    expect(bad!.shadowRoot!.querySelector('li')!.textContent).to.contain('claims[1].source.url');
  });

  it('an unknown claim-id names the ids the file has', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card src="/__test__/claims.json?key=${uniqueKey('id')}" claim-id="nope"></claim-card>`);
    await until(() => el.shadowRoot!.querySelector('li') !== null);
    expect(el.shadowRoot!.querySelector('li')!.textContent).to.contain('has no claim with id "nope" (it has no-new-permits, not-a-violation, diplomat-couriers)');
  });

  it('a set without claim-id asks for one', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card src="/__test__/claims.json?key=${uniqueKey('noid')}"></claim-card>`);
    await until(() => el.shadowRoot!.querySelector('li') !== null);
    expect(el.shadowRoot!.querySelector('li')!.textContent).to.contain('holds 3 claims: set claim-id to choose one');
  });

  it('an element with no data at all shows its light DOM and no error', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card><p>Static fallback.</p></claim-card>`);
    expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
    expect(status(el)).to.equal(null);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('the error state shows the publisher\'s fallback content', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card .claim=${{ id: 'x' }}><p class="fb">Fallback</p></claim-card>`);
    expect((el.querySelector('.fb') as HTMLElement).offsetHeight).to.be.greaterThan(0);
  });
});
