import { expect, html } from '@open-wc/testing';
import '../../../src/elements/claim-list/claim-list.define.js';
import type { ClaimListElement } from '../../../src/elements/claim-list/claim-list.js';
import { mount, unmountAll } from '../helpers/dom.js';
import { change, ids, listClaims, optionTexts, part, settled } from './list-helpers.js';

async function list(template = html`<claim-list .claims=${listClaims}></claim-list>`): Promise<ClaimListElement> {
  const el = await mount<ClaimListElement>(template);
  await settled(el);
  return el;
}

describe('<claim-list> sort, filter and search', () => {
  afterEach(unmountAll);

  it('sorts newest first by default, undated claims last', async () => {
    const el = await list();
    expect(ids(el)).to.deep.equal(['diplomat-couriers', 'construction-sites', 'cafe-wages', 'no-new-permits', 'not-a-violation', 'quota-met']);
    expect(part<HTMLSelectElement>(el, 'sort')!.value).to.equal('newest');
  });

  it('sorts oldest first, undated claims still last', async () => {
    const el = await list();
    await change(el, 'sort', 'oldest');
    expect(ids(el)).to.deep.equal(['not-a-violation', 'no-new-permits', 'cafe-wages', 'construction-sites', 'diplomat-couriers', 'quota-met']);
    expect(el.sort).to.equal('oldest');
    expect(el.getAttribute('sort')).to.equal('oldest');
  });

  it('sorts by verdict from false to true, unrated last, newest first within a verdict', async () => {
    const el = await list();
    await change(el, 'sort', 'verdict');
    expect(ids(el)).to.deep.equal(['cafe-wages', 'quota-met', 'no-new-permits', 'diplomat-couriers', 'construction-sites', 'not-a-violation']);
  });

  it('the verdict menu counts each verdict and filters by it', async () => {
    const el = await list();
    const filter = part<HTMLSelectElement>(el, 'filter')!;
    expect(optionTexts(filter)).to.deep.equal([
      'All verdicts (6)',
      'False (2)',
      'Misleading (1)',
      'Partly true (1)',
      'True (1)',
      'Other or unrated (1)',
    ]);
    await change(el, 'filter', 'false');
    expect(ids(el)).to.deep.equal(['cafe-wages', 'quota-met']);
    expect(el.verdict).to.equal('false');
    expect(el.getAttribute('verdict')).to.equal('false');
    expect(part(el, 'count')!.textContent).to.equal('Showing 2 of 6 claims');
    await change(el, 'filter', '');
    expect(ids(el).length).to.equal(6);
  });

  it('search ignores case and accents, in every searched field', async () => {
    const el = await list();
    const cases: [string, string[]][] = [
      ['CAFE', ['cafe-wages']], // statement "café"
      ['jose muller', ['cafe-wages']], // claimant "José Müller", every word must match
      ['еще', ['construction-sites']], // "ещё"
      ['ministry', ['no-new-permits']], // counter-claim
      ['disputed', ['not-a-violation']], // verdict label
      ['  north   KOREAN ', ['diplomat-couriers', 'cafe-wages', 'no-new-permits']],
    ];
    for (const [query, expected] of cases) {
      await change(el, 'search', query);
      expect(ids(el), query).to.deep.equal(expected);
      expect(el.query).to.equal(query);
    }
  });

  it('search, verdict and sort combine; the verdict counts follow the search', async () => {
    const el = await list();
    await change(el, 'search', 'north');
    expect(optionTexts(part(el, 'filter'))).to.deep.equal([
      'All verdicts (3)',
      'False (1)',
      'Misleading (1)',
      'Partly true (1)',
      'True (0)',
      'Other or unrated (0)',
    ]);
    // Verdicts no claim has are offered, disabled, so the counts stay readable.
    const disabled = [...part<HTMLSelectElement>(el, 'filter')!.options].filter((o) => o.disabled).map((o) => o.value);
    expect(disabled).to.deep.equal(['true', 'unrated']);
    await change(el, 'sort', 'oldest');
    expect(ids(el)).to.deep.equal(['no-new-permits', 'cafe-wages', 'diplomat-couriers']);
    await change(el, 'filter', 'false');
    expect(ids(el)).to.deep.equal(['cafe-wages']);
    expect(part(el, 'count')!.textContent).to.equal('Showing 1 of 6 claims');
  });

  it('no match shows "No claims match." and no list', async () => {
    const el = await list();
    await change(el, 'search', 'zeppelin');
    expect(part(el, 'list')).to.equal(null);
    expect(part(el, 'empty')!.textContent).to.equal('No claims match.');
    expect(part(el, 'count')!.textContent).to.equal('Showing 0 of 6 claims');
    await expect(el).to.be.accessible();
  });

  it('sort, verdict and query attributes set the starting view and the controls', async () => {
    const el = await list(html`<claim-list sort="oldest" verdict="false" query="WAGES" .claims=${listClaims}></claim-list>`);
    expect(ids(el)).to.deep.equal(['cafe-wages']);
    expect(part<HTMLInputElement>(el, 'search')!.value).to.equal('WAGES');
    expect(part<HTMLSelectElement>(el, 'filter')!.value).to.equal('false');
    expect(part<HTMLSelectElement>(el, 'sort')!.value).to.equal('oldest');
    // Set from the page later, the controls follow.
    el.setAttribute('query', '');
    el.verdict = 'true';
    await settled(el);
    expect(ids(el)).to.deep.equal(['construction-sites']);
    expect(part<HTMLSelectElement>(el, 'filter')!.value).to.equal('true');
    expect(part<HTMLInputElement>(el, 'search')!.value).to.equal('');
  });

  it('an unknown verdict or sort value shows everything, newest first', async () => {
    const el = await list(html`<claim-list sort="random" verdict="bogus" .claims=${listClaims}></claim-list>`);
    expect(ids(el)[0]).to.equal('diplomat-couriers');
    expect(ids(el).length).to.equal(6);
  });

  it('a filtered list is accessible', async () => {
    const el = await list(html`<claim-list selectable verdict="false" .claims=${listClaims}></claim-list>`);
    await expect(el).to.be.accessible();
  });
});
