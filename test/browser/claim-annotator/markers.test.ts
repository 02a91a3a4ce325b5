import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings, until } from '../helpers/dom.js';
import { article, isOpen, openCardStatement, setup, teardown, claims } from './helpers.js';

describe('<claim-annotator markers>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    teardown();
    warnings.restore();
  });

  it('puts a labelled button after each anchored passage, none for orphans', async () => {
    const { story } = await setup({ markers: true });
    const markers = [...story.querySelectorAll<HTMLButtonElement>('button.claim-cards-marker')];
    expect(markers.map((m) => m.dataset.claimId)).to.deep.equal(['ministry-figures', 'no-new-permits', 'earnings']);
    expect(markers[1]!.getAttribute('aria-label')).to.equal('Show fact-check: Misleading');
    expect(markers[1]!.textContent).to.equal('');
    // Right after the passage.
    expect(markers[1]!.previousSibling!.textContent!.endsWith('since the sanctions took effect')).to.equal(true);
    const box = markers[1]!.getBoundingClientRect();
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
  });

  it('a marker opens its card, and Esc brings focus back to it', async () => {
    const { story, annotator } = await setup({ markers: true });
    const marker = story.querySelector<HTMLButtonElement>('button[data-claim-id="no-new-permits"]')!;
    marker.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => openCardStatement(annotator) === claims[0]!.statement, 3000, 'the card');
    await sendKeys({ press: 'Escape' });
    await until(() => !isOpen(annotator));
    expect(document.activeElement).to.equal(marker);
  });

  it('removal takes the markers out and leaves the article exactly as it was', async () => {
    const reference = document.createElement('article');
    reference.innerHTML = article;
    const { story, annotator } = await setup({ markers: true });
    const firstText = story.querySelector('#p2 em')!.firstChild;
    annotator.remove();
    expect(story.innerHTML).to.equal(reference.innerHTML);
    expect(story.querySelector('#p2 em')!.firstChild).to.equal(firstText);
    expect(story.querySelector('#p2')!.childNodes.length).to.equal(reference.querySelector('#p2')!.childNodes.length);
  });

  it('markers do not trigger endless re-anchoring', async () => {
    const { annotator } = await setup({ markers: true });
    let passes = 0;
    annotator.addEventListener('claim-anchored', () => passes++);
    await new Promise((r) => setTimeout(r, 600));
    expect(passes).to.equal(0);
  });
});
