// A browser without the CSS Custom Highlight API: nothing is painted, the index still
// opens every card. Runs in its own page so the API can be removed before loading.
import { expect } from '@open-wc/testing';
import { until } from '../helpers/dom.js';

Object.defineProperty(CSS, 'highlights', { value: undefined, configurable: true });
Object.defineProperty(globalThis, 'Highlight', { value: undefined, configurable: true });

describe('<claim-annotator> without the highlight API', () => {
  it('renders the index, paints nothing, and opens cards from the index', async () => {
    const { setup, teardown, openCardStatement, claims } = await import('./helpers.js');
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    addEventListener('error', onError);
    try {
      const { annotator, story } = await setup();
      expect(annotator.shadowRoot!.querySelector('[data-mode="index-only"]')).to.not.equal(null);
      const entries = annotator.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="entry"]');
      expect(entries.length).to.equal(4);
      entries[0]!.click();
      await until(() => openCardStatement(annotator) === claims[0]!.statement, 3000, 'the card');
      expect(story.querySelector('.claim-cards-marker')).to.equal(null);
      expect(errors).to.deep.equal([]);
      teardown();
    } finally {
      removeEventListener('error', onError);
    }
  });
});
