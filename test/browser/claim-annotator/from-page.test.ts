import { expect } from '@open-wc/testing';
import { captureWarnings, until } from '../helpers/dom.js';
import '../../../src/elements/claim-annotator/claim-annotator.define.js';

describe('<claim-annotator from-page>', () => {
  it('annotates from the page\'s own ClaimReview markup', async () => {
    const warnings = captureWarnings();
    const review = await (await fetch('/test/fixtures/jsonld/single-review.json')).json();
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify(review);
    const broken = document.createElement('script');
    broken.type = 'application/ld+json';
    broken.textContent = '{ not json';
    document.head.append(script, broken);
    const story = document.createElement('article');
    story.id = 'page-story';
    story.innerHTML = '<p>The ambassador insisted that no new work permits have gone to North Korean labourers since the UN sanctions.</p>';
    const annotator = document.createElement('claim-annotator') as HTMLElement & { ready: Promise<void> };
    annotator.setAttribute('from-page', '');
    annotator.setAttribute('target', '#page-story');
    document.body.append(annotator, story);
    try {
      await annotator.ready;
      await until(() => (CSS.highlights.get('claim-cards-misleading')?.size ?? 0) === 1, 3000, 'the highlight');
      const range = [...CSS.highlights.get('claim-cards-misleading')!][0] as Range;
      expect(range.toString()).to.contain('no new work permits have gone to North Korean labourers since the UN sanctions');
      expect(annotator.shadowRoot!.querySelectorAll('[part="entry"]').length).to.equal(1);
    } finally {
      annotator.remove();
      story.remove();
      script.remove();
      broken.remove();
      warnings.restore();
    }
  });
});
