import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { ClaimCardElement } from '../../../src/index.js';
import { minimal, permits } from '../helpers/claims.js';

const shadow = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => shadow(el).querySelector(`[part~="${name}"]`);
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<claim-card> rendering', () => {
  it('shows the statement in a blockquote citing the source', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card .claim=${permits}></claim-card>`);
    const quote = part(el, 'statement') as HTMLQuoteElement;
    expect(quote.tagName).to.equal('BLOCKQUOTE');
    expect(text(quote)).to.equal(permits.statement);
    expect(quote.cite).to.equal('https://www.wsj.com/');
    expect(quote.lang).to.equal('en');
  });

  it('is an article named for what it is and whose claim', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card .claim=${permits}></claim-card>`);
    const article = part(el, 'base')!;
    expect(article.tagName).to.equal('ARTICLE');
    expect(article.getAttribute('aria-label')).to.equal('Fact check: Claim by Alexander Matsegora');
  });

  it('shows the claimant with link and title, and the claim date as <time>', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card .claim=${permits}></claim-card>`);
    const claimant = part(el, 'claimant')!;
    const link = claimant.querySelector('a')!;
    expect(link.textContent).to.equal('Alexander Matsegora');
    expect(link.href).to.equal('https://en.wikipedia.org/wiki/Alexander_Matsegora');
    expect(text(claimant)).to.contain("Russia's ambassador to North Korea");
    const time = part(el, 'date') as HTMLTimeElement;
    expect(time.tagName).to.equal('TIME');
    expect(time.dateTime).to.equal('2018-08-01');
    expect(time.textContent).to.equal('August 1, 2018');
  });

  it('shows the source: title linked, publisher and date', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card .claim=${permits}></claim-card>`);
    const source = part(el, 'source')!;
    expect(source.querySelector('a')!.textContent).to.equal('Reported remarks');
    expect(source.querySelector('a')!.href).to.equal('https://www.wsj.com/');
    expect(text(source)).to.equal('Source: Reported remarks, The Wall Street Journal, August 2, 2018');
    expect(source.querySelector('time')!.dateTime).to.equal('2018-08-02');
  });

  it('shows the counter-claim with its own source and date', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card .claim=${permits}></claim-card>`);
    const counter = part(el, 'counter-claim')!;
    expect(text(counter)).to.contain(permits.counterClaim!.statement);
    expect(text(counter)).to.contain('Counter-claim');
    const source = part(el, 'counter-source')!;
    expect(source.querySelector('a')!.href).to.equal('https://example.org/ministry-figures');
    expect(text(source)).to.contain('Labour Ministry');
  });

  it('shows the counter-claim date when its source has none', async () => {
    const claim = { ...permits, counterClaim: { statement: 'Figures say otherwise.', date: '2018-07-30' } };
    const el = await fixture<ClaimCardElement>(html`<claim-card .claim=${claim}></claim-card>`);
    const time = part(el, 'counter-claim')!.querySelector('time')!;
    expect(time.dateTime).to.equal('2018-07-30');
    expect(text(part(el, 'counter-claim'))).to.contain('Published July 30, 2018');
  });

  it('shows the verdict label as text, with a scale when a rating is given', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card .claim=${permits}></claim-card>`);
    const verdict = part(el, 'verdict')!;
    expect(text(verdict)).to.contain('Misleading');
    const scale = verdict.querySelector('[role="img"]')!;
    expect(scale.getAttribute('aria-label')).to.equal('Rated 2 on a scale from 1 (worst) to 5 (best)');
    expect(scale.querySelectorAll('.pip').length).to.equal(5);
    expect(scale.querySelectorAll('.pip.on').length).to.equal(2);
  });

  it('shows a long scale as numbers rather than dots', async () => {
    const claim = { ...minimal, verdict: { label: 'Mostly false', rating: 30, best: 100, worst: 0 } };
    const el = await fixture<ClaimCardElement>(html`<claim-card .claim=${claim}></claim-card>`);
    const verdict = part(el, 'verdict')!;
    expect(verdict.querySelectorAll('.pip').length).to.equal(0);
    expect(text(verdict)).to.contain('30 / 100');
    expect(text(verdict)).to.contain('Rated 30 on a scale from 0 (worst) to 100 (best)');
  });

  it('gives each verdict a fixed tone class and an icon, never the label as a class', async () => {
    const cases: [string, number | undefined, string][] = [
      ['False', undefined, 'tone-false'],
      ['Mostly false', undefined, 'tone-misleading'],
      ['Half true', undefined, 'tone-mixed'],
      ['True', undefined, 'tone-true'],
      ['Bizarre "quote" <b>', undefined, 'tone-unrated'],
      ['Whatever', 1, 'tone-false'],
      ['Whatever', 5, 'tone-true'],
    ];
    for (const [label, rating, tone] of cases) {
      const claim = { ...minimal, verdict: rating === undefined ? { label } : { label, rating } };
      const el = await fixture<ClaimCardElement>(html`<claim-card .claim=${claim}></claim-card>`);
      const verdict = part(el, 'verdict')!;
      expect(verdict.className.split(' ')).to.include(tone);
      expect(part(el, 'base')!.className).to.contain(tone);
      expect(verdict.querySelector('.icon')!.getAttribute('aria-hidden')).to.equal('true');
      expect(verdict.querySelector('.icon')!.textContent).to.not.equal('');
      expect(text(verdict)).to.contain(label);
    }
  });

  it('links the published review with its publisher, author and date', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card .claim=${permits}></claim-card>`);
    const review = part(el, 'review')!;
    const link = review.querySelector('a')!;
    expect(link.href).to.equal('https://example.org/fact-checks/no-new-permits');
    expect(link.textContent!.trim()).to.equal('Read the full fact-check');
    expect(text(review)).to.contain('Fact-check by Demo Desk, Dana Editor');
    expect(review.querySelector('time')!.dateTime).to.equal('2018-08-03');
  });

  it('renders a minimal claim without empty sections', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card .claim=${minimal}></claim-card>`);
    for (const name of ['claimant', 'source', 'counter-claim', 'verdict', 'review']) expect(part(el, name), name).to.equal(null);
    expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('Fact check: Claim');
  });

  it('every link has rel="noopener noreferrer" and opens in place by default', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card .claim=${permits}></claim-card>`);
    const links = [...shadow(el).querySelectorAll('a')];
    expect(links.length).to.equal(4);
    for (const a of links) {
      expect(a.rel).to.equal('noopener noreferrer');
      expect(a.hasAttribute('target')).to.equal(false);
    }
  });

  it('link-target="_blank" opens links in a new tab and says so to screen readers', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card link-target="_blank" .claim=${permits}></claim-card>`);
    for (const a of shadow(el).querySelectorAll('a')) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
      expect(a.querySelector('.visually-hidden')!.textContent).to.contain('opens in a new tab');
    }
  });

  it('the compact variant keeps claim, claimant, verdict and review, and drops source and counter-claim', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card variant="compact" .claim=${permits}></claim-card>`);
    for (const name of ['statement', 'claimant', 'verdict', 'review']) expect(part(el, name), name).to.not.equal(null);
    for (const name of ['source', 'counter-claim']) expect(part(el, name), name).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('claim text with markup renders as literal text', async () => {
    const evil = '<img src=x onerror="window.__owned=1"><script>window.__owned=1</script>';
    const claim = { ...permits, statement: evil, claimant: { name: evil, title: evil }, verdict: { label: evil } };
    const el = await fixture<ClaimCardElement>(html`<claim-card .claim=${claim}></claim-card>`);
    expect(text(part(el, 'statement'))).to.equal(evil);
    expect(shadow(el).querySelector('img, script')).to.equal(null);
    expect((window as unknown as { __owned?: number }).__owned).to.equal(undefined);
  });

  it('the claim language marks the statement and counter-claim', async () => {
    const claim = { ...permits, lang: 'ru', statement: 'Новых разрешений не выдавалось.' };
    const el = await fixture<ClaimCardElement>(html`<claim-card .claim=${claim}></claim-card>`);
    expect(part(el, 'statement')!.getAttribute('lang')).to.equal('ru');
    expect(part(el, 'counter-claim')!.querySelector('p[lang]')!.getAttribute('lang')).to.equal('ru');
  });

  it('is accessible with every field', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card .claim=${permits}></claim-card>`);
    await expect(el).to.be.accessible();
  });

  it('re-renders when the claim property is replaced', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card .claim=${permits}></claim-card>`);
    el.claim = minimal;
    await el.updateComplete;
    expect(text(part(el, 'statement'))).to.equal(minimal.statement);
  });
});
