// A page that serves server-rendered cards but forgot Lit's hydration support: the card
// must replace the server's markup, not render a second card beside it.
import { expect } from '@open-wc/testing';
import type { ClaimCardElement } from '../../../src/index.js';
import { minimal, permits } from '../helpers/claims.js';

describe('server-rendered <claim-card> without hydration support', () => {
  it('replaces the server markup with one live card, without a gap or a warning', async () => {
    const response = await fetch(`/__test__/ssr?${new URLSearchParams({ kind: 'claim', lang: 'ru', data: JSON.stringify(permits) })}`);
    const host = document.createElement('div');
    document.body.append(host);
    try {
      host.setHTMLUnsafe(await response.text());
      const el = host.querySelector('claim-card') as ClaimCardElement;
      expect(el.shadowRoot!.querySelectorAll('[part~="base"]')).to.have.length(1);

      const warnings: unknown[] = [];
      const { warn, error } = console;
      console.warn = (...args: unknown[]) => warnings.push(args);
      console.error = (...args: unknown[]) => warnings.push(args);
      try {
        await import('../../../src/elements/claim-card/claim-card.define.js');
        await el.updateComplete;
      } finally {
        Object.assign(console, { warn, error });
      }
      expect(warnings).to.deep.equal([]);
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('[part~="base"]'), 'one card, not two').to.have.length(1);
      expect(root.querySelector('blockquote')!.textContent!.trim()).to.equal(permits.statement);
      expect(root.querySelector('.kicker')!.textContent).to.equal('Проверка фактов');
      expect(el.getBoundingClientRect().height, 'still styled').to.be.greaterThan(100);

      el.claim = minimal;
      await el.updateComplete;
      expect(root.querySelectorAll('[part~="base"]')).to.have.length(1);
      expect(root.querySelector('blockquote')!.textContent!.trim()).to.equal(minimal.statement);
    } finally {
      host.remove();
    }
  });
});
