import { expect } from '@open-wc/testing';
import type { ClaimAnchoredEvent } from '../../../src/index.js';
import { captureWarnings, until } from '../helpers/dom.js';
import { article, setup, teardown } from './helpers.js';

describe('<claim-annotator> events on later passes', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    teardown();
    warnings.restore();
  });

  it('claim-anchored fires again each pass with the new live range; claim-orphaned does not repeat', async () => {
    const { story, annotator } = await setup();
    const anchored: ClaimAnchoredEvent[] = [];
    const orphaned: string[] = [];
    annotator.addEventListener('claim-anchored', (e) => anchored.push(e));
    annotator.addEventListener('claim-orphaned', (e) => orphaned.push(e.claimId));
    story.innerHTML = article; // same text, every node replaced
    await until(() => anchored.length >= 3, 3000, 'the next pass');
    expect(anchored.map((e) => e.claimId).sort()).to.deep.equal(['earnings', 'ministry-figures', 'no-new-permits']);
    for (const e of anchored) expect(story.contains(e.range.startContainer), e.claimId).to.equal(true);
    expect(orphaned).to.deep.equal([]); // 'gone' was orphaned on the first pass, and still is
    // A claim that becomes orphaned is reported then, once.
    story.querySelector('#p3')!.textContent = 'Estimates vary.';
    await until(() => orphaned.length > 0, 3000, 'the new orphan');
    await annotator.refresh();
    expect(orphaned).to.deep.equal(['earnings']);
  });
});
