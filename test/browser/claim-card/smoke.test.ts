import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { ClaimCardElement } from '../../../src/index.js';

describe('smoke', () => {
  it('renders a statement from the claim property', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card .claim=${{ id: 'a', statement: 'Hello there.' }}></claim-card>`);
    expect(el.shadowRoot!.querySelector('blockquote')!.textContent!.trim()).to.equal('Hello there.');
    await expect(el).to.be.accessible();
  });
});
