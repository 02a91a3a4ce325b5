import { expect } from '@open-wc/testing';
import type { ClaimAnnotatorElement } from '../../../src/index.js';
import { registerStrings } from '../../../src/index.js';
import { captureWarnings, until } from '../helpers/dom.js';
import { claims, setup, teardown } from './helpers.js';

const $ = (a: ClaimAnnotatorElement, selector: string) => a.shadowRoot!.querySelector<HTMLElement>(selector);

describe('<claim-annotator> label languages', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    teardown();
    warnings.restore();
  });

  it('a language without strings: English labels marked lang="en", the claims\' text marked back', async () => {
    const { annotator } = await setup({ attrs: { lang: 'de' }, claims: [...claims, { ...claims[0]!, id: 'own-lang', lang: 'ru' }] });
    expect($(annotator, 'nav')!.getAttribute('lang')).to.equal('en');
    const entry = $(annotator, '[part="entry"][data-id="no-new-permits"]')!;
    expect(entry.querySelector('.snippet')!.getAttribute('lang')).to.equal('de');
    expect(entry.querySelector('.badge .label')!.getAttribute('lang')).to.equal('de');
    // A claim in a language of its own keeps it.
    expect($(annotator, '[data-id="own-lang"] .snippet')!.getAttribute('lang')).to.equal('ru');
    annotator.open('earnings');
    await until(() => $(annotator, '[part="close"]') !== null);
    expect($(annotator, '[part="close"]')!.getAttribute('lang')).to.equal('en');
  });

  it('the status line too', async () => {
    const annotator = document.createElement('claim-annotator') as ClaimAnnotatorElement;
    annotator.setAttribute('lang', 'de');
    annotator.setAttribute('src', '/__test__/status?code=500');
    document.body.append(annotator);
    try {
      await annotator.ready;
      await until(() => $(annotator, '[part="status"]')?.textContent === 'This fact-check is unavailable.');
      expect($(annotator, '[part="status"]')!.getAttribute('lang')).to.equal('en');
    } finally {
      annotator.remove();
    }
  });

  it('labels in the element\'s own language (shipped, registered, or by exact tag) are not marked', async () => {
    registerStrings('pt-br', { claimsInArticle: 'Alegações verificadas neste artigo ({count})' });
    for (const lang of ['en', 'ru', 'en-GB', 'pt-BR']) {
      const { annotator } = await setup({ attrs: { lang } });
      expect($(annotator, 'nav')!.hasAttribute('lang'), lang).to.equal(false);
      expect($(annotator, '.snippet')!.hasAttribute('lang'), lang).to.equal(false);
      teardown();
    }
  });
});
