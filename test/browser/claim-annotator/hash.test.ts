import { expect } from '@open-wc/testing';
import { captureWarnings, until } from '../helpers/dom.js';
import { claims, isOpen, openCardStatement, pageErrors, setup, teardown } from './helpers.js';

const hashChanged = () => new Promise((r) => addEventListener('hashchange', r, { once: true }));

describe('<claim-annotator> and the page address', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    teardown();
    warnings.restore();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('a hash that is not #claim-… and not valid percent-encoding (#100%) is ignored, never thrown', async () => {
    const { story, annotator } = await setup();
    const errors = await pageErrors(async () => {
      const changed = hashChanged();
      location.hash = '#100%';
      await changed;
      await annotator.refresh(); // rejected with a URIError before
      story.append(' More text.'); // a pass after an article change
      await new Promise((r) => setTimeout(r, 300));
    });
    expect(errors).to.deep.equal([]);
    expect(isOpen(annotator)).to.equal(false);
  });

  it('a #claim- hash with broken percent-encoding opens nothing and throws nothing', async () => {
    const { annotator } = await setup();
    const errors = await pageErrors(async () => {
      const changed = hashChanged();
      location.hash = '#claim-%E0%A4%A';
      await changed;
      await annotator.refresh();
    });
    expect(errors).to.deep.equal([]);
    expect(isOpen(annotator)).to.equal(false);
  });

  it('a percent-encoded #claim- id still opens its claim', async () => {
    history.replaceState(null, '', '#claim-ministry%2Dfigures');
    const { annotator } = await setup();
    await until(() => openCardStatement(annotator) === claims[1]!.statement, 3000, 'the linked claim');
  });

  it('a card opened from #claim-<id> and closed by the reader stays closed when the article changes', async () => {
    history.replaceState(null, '', '#claim-ministry-figures');
    const { story, annotator } = await setup();
    await until(() => openCardStatement(annotator) === claims[1]!.statement, 3000, 'the linked claim');
    annotator.close();
    await until(() => !isOpen(annotator));
    // An article change: the next pass ends as the first did.
    let passes = 0;
    annotator.addEventListener('claim-anchored', () => passes++);
    story.append(' More text.');
    await until(() => passes > 0, 3000, 'the next pass');
    await annotator.refresh();
    await annotator.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    expect(isOpen(annotator)).to.equal(false);
    // A hashchange still opens, also back to the claim that was closed.
    location.hash = '#claim-earnings';
    await until(() => openCardStatement(annotator) === claims[2]!.statement, 3000, 'the claim after hashchange');
    annotator.close();
    await until(() => !isOpen(annotator));
    location.hash = '#claim-ministry-figures';
    await until(() => openCardStatement(annotator) === claims[1]!.statement, 3000, 'the first claim again');
  });
});
