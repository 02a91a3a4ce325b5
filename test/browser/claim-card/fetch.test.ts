import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import { clearLoadCache, type ClaimCardElement, type ClaimErrorEvent } from '../../../src/index.js';
import { captureWarnings, hits, mount, unmountAll, uniqueKey, until } from '../helpers/dom.js';

const statementOf = (el: ClaimCardElement) => el.shadowRoot!.querySelector('[part="statement"]')?.textContent?.trim();
const errorText = (el: ClaimCardElement) => el.shadowRoot!.querySelector('.errors')?.textContent?.replace(/\s+/g, ' ').trim();

/** Mounts a card for `src`, collects its claim-error events, and waits for an outcome. */
async function outcome(src: string, extra: Record<string, string> = {}) {
  const el = document.createElement('claim-card') as ClaimCardElement;
  el.setAttribute('src', src);
  el.setAttribute('claim-id', 'no-new-permits');
  for (const [k, v] of Object.entries(extra)) el.setAttribute(k, v);
  const events: ClaimErrorEvent[] = [];
  el.addEventListener('claim-error', (e) => events.push(e));
  document.body.append(el);
  await until(() => statementOf(el) !== undefined || errorText(el) !== undefined, 8000, 'a result');
  await new Promise((r) => setTimeout(r, 50));
  el.remove();
  return { el, events, error: errorText(el) };
}

describe('<claim-card src> over the network', () => {
  afterEach(unmountAll);
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    clearLoadCache();
  });

  it('makes one request per URL, however many cards use it', async () => {
    const key = uniqueKey('shared');
    const src = `/__test__/claims.json?key=${key}&delay=100`;
    const box = await mount<HTMLDivElement>(html`<div>
      ${Array.from({ length: 10 }, (_, i) => html`<claim-card src=${src} claim-id=${['no-new-permits', 'not-a-violation', 'diplomat-couriers'][i % 3]}></claim-card>`)}
    </div>`);
    const cards = [...box.querySelectorAll('claim-card')] as ClaimCardElement[];
    await until(() => cards.every((c) => statementOf(c) !== undefined), 5000, 'all cards');
    // A card added later reuses the loaded file.
    const late = document.createElement('claim-card') as ClaimCardElement;
    late.setAttribute('src', src);
    late.setAttribute('claim-id', 'diplomat-couriers');
    box.append(late);
    await until(() => statementOf(late) !== undefined);
    expect(await hits(key)).to.equal(1);
  });

  const faults: [string, string, RegExp][] = [
    ['a 404', '/__test__/status?code=404', /the server answered 404/],
    ['a 500', '/__test__/status?code=500', /the server answered 500/],
    ['an HTML error page served with 200', '/__test__/html-200', /the server sent text\/html, not JSON/],
    ['invalid JSON', '/__test__/invalid-json', /not valid JSON: .* line \d+, column \d+/],
    ['an empty body', '/__test__/empty', /the file is empty/],
    ['a missing file', '/__test__/no-such-file.json', /the server answered 404/],
  ];
  for (const [name, src, message] of faults) {
    it(`${name} gives a readable error, one claim-error event and one warning`, async () => {
      const { events, error } = await outcome(src);
      expect(error).to.match(message);
      expect(events.length).to.equal(1);
      expect(events[0]!.input).to.equal('src');
      expect(events[0]!.errors[0]!.message).to.match(message);
      expect(warnings.messages.length).to.equal(1);
    });
  }

  it('a response slower than the timeout gives an error', async () => {
    const { events, error } = await outcome(`/__test__/claims.json?key=${uniqueKey('slow')}&delay=3000`, { timeout: '200' });
    expect(error).to.match(/no answer within 0.2 s/);
    expect(events.length).to.equal(1);
  });

  it('a redirect is followed', async () => {
    const { error, el } = await outcome(`/__test__/redirect?key=${uniqueKey('redirect')}`);
    expect(error).to.equal(undefined);
    expect(statementOf(el)).to.contain('No new permits');
  });

  it('a src with another scheme is refused without a request', async () => {
    const { error } = await outcome('javascript:alert(1)');
    expect(error).to.contain('src: must be an https:// or http:// link');
  });

  it('removing the card mid-request aborts it quietly; a card still waiting gets its data', async () => {
    const key = uniqueKey('abort');
    const src = `/__test__/claims.json?key=${key}&delay=400`;
    const leaving = document.createElement('claim-card') as ClaimCardElement;
    const staying = document.createElement('claim-card') as ClaimCardElement;
    const events: Event[] = [];
    for (const el of [leaving, staying]) {
      el.setAttribute('src', src);
      el.setAttribute('claim-id', 'no-new-permits');
      el.addEventListener('claim-error', (e) => events.push(e));
      document.body.append(el);
    }
    await new Promise((r) => setTimeout(r, 50));
    leaving.remove();
    await until(() => statementOf(staying) !== undefined, 5000, 'the remaining card');
    expect(events).to.deep.equal([]);
    expect(await hits(key)).to.equal(1);
    staying.remove();
  });

  it('when every card using a URL leaves, the request is cancelled and a new card loads it again', async () => {
    const key = uniqueKey('cancel');
    const src = `/__test__/claims.json?key=${key}&delay=300`;
    const first = document.createElement('claim-card') as ClaimCardElement;
    first.setAttribute('src', src);
    first.setAttribute('claim-id', 'no-new-permits');
    document.body.append(first);
    await new Promise((r) => setTimeout(r, 50));
    first.remove();
    await new Promise((r) => setTimeout(r, 20));
    document.body.append(first); // re-inserted: loads again
    await until(() => statementOf(first) !== undefined, 5000, 'the re-inserted card');
    expect(await hits(key)).to.equal(2);
    expect(warnings.messages).to.deep.equal([]);
    first.remove();
  });

  it('a card removed before its first update fetches nothing', async () => {
    const key = uniqueKey('never');
    const el = document.createElement('claim-card') as ClaimCardElement;
    el.setAttribute('src', `/__test__/claims.json?key=${key}`);
    el.setAttribute('claim-id', 'no-new-permits');
    document.body.append(el);
    el.remove();
    await new Promise((r) => setTimeout(r, 200));
    expect(await hits(key)).to.equal(0);
  });

  it('a timeout that is not a positive number falls back to the default', async () => {
    const { error, el } = await outcome(`/__test__/claims.json?key=${uniqueKey('nan')}&delay=50`, { timeout: 'abc' });
    expect(error).to.equal(undefined);
    expect(statementOf(el)).to.contain('No new permits');
  });

  it('the error state is accessible', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card src="/__test__/status?code=500" claim-id="x"></claim-card>`);
    await until(() => errorText(el) !== undefined);
    await expect(el).to.be.accessible();
  });
});
