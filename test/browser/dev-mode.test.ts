import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ClaimCardElement } from '../../src/index.js';
import { captureWarnings } from './helpers/dom.js';

describe('development build hints', () => {
  it('names ignored fields and competing inputs in the console', async () => {
    const warnings = captureWarnings();
    try {
      const claim = { id: 'dev', statement: 'A claim with a typo.', claimaint: { name: 'Typo' } };
      await fixture<ClaimCardElement>(html`<claim-card src="/x.json" .claim=${claim as never}></claim-card>`);
      const hints = warnings.messages.filter((m) => m.startsWith('claim-cards (development build)'));
      expect(hints.some((m) => m.includes('claimaint'))).to.equal(true);
      expect(hints.some((m) => m.includes('the claim property, src; the claim property wins'))).to.equal(true);
    } finally {
      warnings.restore();
    }
  });
});
