import { expect } from '@open-wc/testing';
import type { ClaimAnnotatorElement } from '../../../src/index.js';
import { captureWarnings, until } from '../helpers/dom.js';
import { article, claims, pageErrors, setup, teardown } from './helpers.js';

describe('<claim-annotator target>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    teardown();
    warnings.restore();
    document.querySelectorAll('claim-annotator, article.target-test').forEach((el) => el.remove());
  });

  it('an invalid selector never throws: it is not found, said once, and not waited for', async () => {
    let annotator!: ClaimAnnotatorElement;
    const errors = await pageErrors(async () => {
      annotator = document.createElement('claim-annotator') as ClaimAnnotatorElement;
      annotator.setAttribute('target', '#123');
      annotator.claims = claims;
      document.body.append(annotator); // connectedCallback, then updated() with `target` changed
      await annotator.updateComplete;
      // Page changes would run the wait-for-target observer, which queried the selector too.
      const story = document.createElement('article');
      story.className = 'target-test';
      story.innerHTML = article;
      document.body.append(story);
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(errors).to.deep.equal([]);
    // No pass can happen, so `ready` does not keep its awaiters waiting.
    expect(await Promise.race([annotator.ready.then(() => 'ready'), new Promise((r) => setTimeout(() => r('pending'), 100))])).to.equal('ready');
    const said = warnings.messages.filter((m) => m.includes('#123'));
    expect(said.length, said.join('\n')).to.equal(1);
    expect(said[0]).to.contain('not a valid CSS selector');
    // Nothing anchored, yet the index still lists the claims.
    expect(CSS.highlights.get('claim-cards-misleading')?.size ?? 0).to.equal(0);
    expect(annotator.shadowRoot!.querySelectorAll('[part="entry"]').length).to.equal(claims.length);
  });

  it('a valid target set after an invalid one is taken', async () => {
    const annotator = document.createElement('claim-annotator') as ClaimAnnotatorElement;
    annotator.target = '#123';
    annotator.claims = claims;
    const story = document.createElement('article');
    story.className = 'target-test';
    story.id = 'story-after-invalid';
    story.innerHTML = article;
    document.body.append(annotator, story);
    await annotator.updateComplete;
    annotator.target = '#story-after-invalid';
    // `ready` has resolved already (the invalid selector); the pass comes after.
    await until(() => (CSS.highlights.get('claim-cards-misleading')?.size ?? 0) === 1, 3000, 'the highlight');
  });

  it('a valid target still works as before', async () => {
    await setup();
    expect(CSS.highlights.get('claim-cards-misleading')?.size ?? 0).to.equal(1);
  });
});
