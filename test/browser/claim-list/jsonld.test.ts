import { expect } from '@open-wc/testing';
import '../../../src/elements/claim-list/claim-list.define.js';
import type { ClaimListElement } from '../../../src/index.js';
import { captureWarnings, until } from '../helpers/dom.js';

const statements = (list: ClaimListElement) =>
  [...list.shadowRoot!.querySelectorAll('claim-card')].map((c) => c.shadowRoot?.querySelector('[part="statement"]')?.textContent?.trim());

describe('<claim-list> and ClaimReview JSON-LD', () => {
  it('lists the reviews of a ClaimReview file given as src (auto-detected)', async () => {
    const warnings = captureWarnings();
    const list = document.createElement('claim-list') as ClaimListElement;
    list.setAttribute('src', '/test/fixtures/jsonld/wordpress-plugin.json');
    document.body.append(list);
    try {
      await until(() => statements(list).length > 1 && statements(list).every(Boolean), 5000, 'the cards');
      expect(statements(list).length).to.be.greaterThan(1);
    } finally {
      list.remove();
      warnings.restore();
    }
  });

  it('from-page lists the page\'s own ClaimReview markup', async () => {
    const review = await (await fetch('/test/fixtures/jsonld/single-review.json')).json();
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify(review);
    document.head.append(script);
    const list = document.createElement('claim-list') as ClaimListElement;
    list.setAttribute('from-page', '');
    document.body.append(list);
    try {
      await until(() => statements(list).length === 1 && Boolean(statements(list)[0]), 5000, 'the card');
      expect(statements(list)).to.deep.equal(['No new work permits have gone to North Korean labourers since the UN sanctions.']);
    } finally {
      list.remove();
      script.remove();
    }
  });
});
