import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import { clearLoadCache, type ClaimCardElement } from '../../../src/index.js';
import { captureWarnings, until } from '../helpers/dom.js';

const statementOf = (el: ClaimCardElement) => el.shadowRoot!.querySelector('[part="statement"]')?.textContent?.trim();
const review = async () => (await fetch('/test/fixtures/jsonld/single-review.json')).json();

describe('<claim-card> and ClaimReview JSON-LD', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    clearLoadCache();
  });

  it('renders a ClaimReview given as the claim property (auto-detected)', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card .claim=${await review()}></claim-card>`);
    await until(() => statementOf(el) !== undefined, 5000, 'the card');
    expect(statementOf(el)).to.equal('No new work permits have gone to North Korean labourers since the UN sanctions.');
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="verdict"]')!.textContent).to.contain('Misleading');
    expect(root.querySelector('[part="claimant"]')!.textContent).to.contain('Alexander Matsegora');
    expect(root.querySelector('[part="review"] a')!.getAttribute('href')).to.equal(
      'https://example.org/fact-checks/2018/08/no-new-permits-for-north-korean-workers/',
    );
  });

  it('reads a child <script type="application/ld+json">', async () => {
    const json = JSON.stringify(await review());
    const el = document.createElement('claim-card') as ClaimCardElement;
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = json;
    el.append(script);
    document.body.append(el);
    await until(() => statementOf(el) !== undefined, 5000, 'the card');
    expect(statementOf(el)).to.contain('No new work permits');
    el.remove();
  });

  it('loads ClaimReview from src: a @graph page with @id references, picked by its generated id', async () => {
    const el = await fixture<ClaimCardElement>(
      html`<claim-card src="/test/fixtures/jsonld/graph-page.json" claim-id="checks-diplomats-as-couriers"></claim-card>`,
    );
    await until(() => statementOf(el) !== undefined, 5000, 'the card');
    expect(statementOf(el)).to.equal('North Korean diplomats in Russia carry money and letters home for labourers.');
  });

  it('format="claims" refuses ClaimReview with the schema\'s errors', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card format="claims" .claim=${await review()}></claim-card>`);
    await until(() => el.shadowRoot!.querySelector('li') !== null);
    expect(el.shadowRoot!.querySelector('.errors')!.textContent).to.contain('statement');
  });

  it('jsonld writes the ClaimReview once into the light DOM, not the shadow root', async () => {
    const claim = { id: 'no-new-permits', statement: 'No new permits were issued.', verdict: { label: 'Misleading' }, review: { url: 'https://example.org/fc/1' } };
    const el = await fixture<ClaimCardElement>(html`<claim-card jsonld .claim=${claim}></claim-card>`);
    await until(() => el.querySelector('script[type="application/ld+json"]') !== null, 5000, 'the script');
    const scripts = el.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts.length).to.equal(1);
    const data = JSON.parse(scripts[0]!.textContent!);
    expect(data['@type']).to.equal('ClaimReview');
    expect(data.claimReviewed).to.equal('No new permits were issued.');
    expect(data.url).to.equal('https://example.org/fc/1');
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
    el.variant = 'compact';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(el.querySelectorAll('script[type="application/ld+json"]').length).to.equal(1);
    // It is output, never read back as input.
    el.claim = { ...claim, statement: 'Changed.' };
    await until(() => statementOf(el) === 'Changed.');
    await until(() => JSON.parse(el.querySelector('script[data-claim-cards]')!.textContent!).claimReviewed === 'Changed.');
  });

  it('script text in the JSON-LD cannot close the script element', async () => {
    const claim = { id: 'x', statement: 'Ends here </script><img src=x onerror=alert(1)>', review: { url: 'https://example.org/fc/2' } };
    const el = await fixture<ClaimCardElement>(html`<claim-card jsonld .claim=${claim}></claim-card>`);
    await until(() => el.querySelector('script[data-claim-cards]') !== null);
    const script = el.querySelector('script[data-claim-cards]')!;
    expect(script.textContent).to.not.contain('</script>');
    expect(JSON.parse(script.textContent!).claimReviewed).to.equal(claim.statement);
    expect(el.querySelector('img')).to.equal(null);
  });
});
