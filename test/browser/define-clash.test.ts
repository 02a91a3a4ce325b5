// Runs in its own page: another script already owns <claim-card> before we load.
import { expect } from '@open-wc/testing';
import { captureWarnings } from './helpers/dom.js';

class SomebodyElsesCard extends HTMLElement {}

describe('guarded registration', () => {
  it('leaves a tag held by another class alone, warns once, and never throws', async () => {
    customElements.define('claim-card', SomebodyElsesCard);
    const warnings = captureWarnings();
    try {
      const lib = await import('../../src/index.js');
      await import('../../src/define.js');
      lib.defineAll();
      lib.defineAll();
      expect(customElements.get('claim-card')).to.equal(SomebodyElsesCard);
      const clash = warnings.messages.filter((m) => m.includes('<claim-card>'));
      expect(clash.length).to.equal(1);
      expect(clash[0]).to.contain(`claim-cards ${lib.VERSION}`);
      expect(clash[0]).to.contain('another script');
    } finally {
      warnings.restore();
    }
  });

  it('a second copy of the library names both versions', async () => {
    const lib = await import('../../src/index.js');
    const { defineElement } = await import('../../src/internal/define-element.js');
    class OtherCopy extends lib.ClaimCardElement {
      static override readonly version = '9.9.9';
    }
    customElements.define('claim-list-copy-test', OtherCopy);
    const warnings = captureWarnings();
    try {
      defineElement('claim-list-copy-test', lib.ClaimCardElement);
      expect(warnings.messages.length).to.equal(1);
      expect(warnings.messages[0]).to.contain('claim-cards 9.9.9');
      expect(warnings.messages[0]).to.contain(`claim-cards ${lib.VERSION}`);
    } finally {
      warnings.restore();
    }
  });

  it('defining the same class again is a silent no-op', async () => {
    const lib = await import('../../src/index.js');
    const { defineElement } = await import('../../src/internal/define-element.js');
    const warnings = captureWarnings();
    try {
      defineElement('claim-card-same-test', lib.ClaimCardElement);
      defineElement('claim-card-same-test', lib.ClaimCardElement);
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });
});
