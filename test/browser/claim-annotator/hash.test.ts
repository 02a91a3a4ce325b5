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
});
