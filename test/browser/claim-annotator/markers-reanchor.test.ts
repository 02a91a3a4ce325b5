import { expect } from '@open-wc/testing';
import type { Claim, ClaimAnnotatorElement } from '../../../src/index.js';
import { captureWarnings, until } from '../helpers/dom.js';
import { setup, teardown } from './helpers.js';

// One paragraph, two claims: the first claim's marker splits the text node that holds the second.
const html = '<p id="one">Alpha beta gamma delta epsilon. Zeta eta theta iota kappa, said the reporter. Lambda mu nu.</p>';
const first = 'Alpha beta gamma delta epsilon';
const second = 'Zeta eta theta iota kappa';
const twoClaims: Claim[] = [
  { id: 'first', statement: 'First.', quote: { exact: first }, verdict: { label: 'False' } },
  { id: 'second', statement: 'Second.', quote: { exact: second }, verdict: { label: 'False' } },
];
const painted = () => [...(CSS.highlights.get('claim-cards-false') ?? [])].map((r) => (r as Range).toString());
const markerAfter = (story: Element, id: string) => {
  const marker = story.querySelector<HTMLElement>(`button.claim-cards-marker[data-claim-id="${id}"]`)!;
  return marker.previousSibling!.textContent!;
};
/** The pass's text index (private): it must hold only nodes that are in the article. */
const indexNodes = (a: ClaimAnnotatorElement) => (a as unknown as { _pass?: { index?: { nodes: readonly Text[] } } })._pass?.index?.nodes ?? [];

describe('<claim-annotator markers> anchoring again', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    teardown();
    warnings.restore();
  });

  it('refresh() keeps every passage and marker in place, also after an earlier marker in the same paragraph', async () => {
    const given = new Map<string, Range>();
    const onAnchored = (e: Event) => {
      const { claimId, range } = e as Event & { claimId: string; range: Range };
      if (!given.has(claimId)) given.set(claimId, range);
    };
    document.addEventListener('claim-anchored', onAnchored);
    try {
      const { story, annotator } = await setup({ markers: true, html, claims: twoClaims });
      const p = story.querySelector('#one')!;
      const text = p.textContent;
      const nodes = p.childNodes.length;
      expect(painted().sort()).to.deep.equal([first, second]);
      expect(markerAfter(story, 'second').endsWith(second)).to.equal(true);

      const pass = annotator.refresh();
      // The old markers are out and the new pass has painted: the old ranges (also given
      // out in claim-anchored) still cover their passages, never a collapsed or wider one.
      expect([...given.values()].map((r) => r.toString())).to.deep.equal([first, second]);
      await pass;

      expect(painted().sort()).to.deep.equal([first, second]);
      expect(markerAfter(story, 'first').endsWith(first)).to.equal(true);
      expect(markerAfter(story, 'second').endsWith(second)).to.equal(true);
      expect(p.textContent).to.equal(text);
      expect(p.childNodes.length).to.equal(nodes);
      expect(indexNodes(annotator).every((n) => n.isConnected && story.contains(n))).to.equal(true);

      // Taking the markers out is not an article change: no pass follows on its own.
      let passes = 0;
      annotator.addEventListener('claim-anchored', () => passes++);
      await new Promise((r) => setTimeout(r, 400));
      expect(passes).to.equal(0);
    } finally {
      document.removeEventListener('claim-anchored', onAnchored);
    }
  });

  it('turning markers off restores the article and keeps the highlights and the index on live text', async () => {
    const { story, annotator } = await setup({ markers: true, html, claims: twoClaims });
    let passes = 0;
    annotator.addEventListener('claim-anchored', () => passes++);
    annotator.markers = false;
    await until(() => passes >= 2, 3000, 'the pass without markers');
    expect(story.innerHTML).to.equal(html);
    expect(painted().sort()).to.deep.equal([first, second]);
    expect(indexNodes(annotator).every((n) => n.isConnected && story.contains(n))).to.equal(true);
  });

  it('an article edit re-anchors with markers on, and the passages stay whole', async () => {
    const { story, annotator } = await setup({ markers: true, html, claims: twoClaims });
    let passes = 0;
    annotator.addEventListener('claim-anchored', () => passes++);
    story.append(' Appended.');
    await until(() => passes >= 2, 3000, 'the pass after the edit');
    expect(painted().sort()).to.deep.equal([first, second]);
    expect(markerAfter(story, 'second').endsWith(second)).to.equal(true);
    expect(story.querySelectorAll('button.claim-cards-marker').length).to.equal(2);
  });

  it('a passage that ends where its text node ends leaves no empty text nodes, pass after pass', async () => {
    const edge = '<p>Alpha <em>beta gamma delta</em> epsilon zeta.</p>';
    const { story, annotator } = await setup({
      markers: true,
      html: edge,
      claims: [{ id: 'edge', statement: 'Edge.', quote: { exact: 'beta gamma delta' } }],
    });
    const em = story.querySelector('em')!;
    const shape = () => [...em.childNodes].map((n) => (n.nodeType === 3 ? (n as Text).data : (n as Element).localName));
    expect(shape()).to.deep.equal(['beta gamma delta', 'button']);
    await annotator.refresh();
    await annotator.refresh();
    expect(shape()).to.deep.equal(['beta gamma delta', 'button']);
    annotator.remove();
    expect(shape()).to.deep.equal(['beta gamma delta']);
    expect(story.innerHTML).to.equal(edge);
  });
});
