import { expect } from '@open-wc/testing';
import type { ClaimAnchoredEvent, ClaimOrphanedEvent } from '../../../src/index.js';
import { captureWarnings, until } from '../helpers/dom.js';
import { article, claims, folded, setup, teardown } from './helpers.js';

const highlightTexts = (tone: string) => [...(CSS.highlights.get(`claim-cards-${tone}`) ?? [])].map((r) => folded((r as Range).toString()));

describe('<claim-annotator> anchoring', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    teardown();
    warnings.restore();
  });

  it('highlights each claim\'s passage with the highlight of its verdict tone', async () => {
    await setup();
    expect(highlightTexts('misleading')).to.deep.equal(['no new permits had been granted to North Korean workers since the sanctions took effect']);
    expect(highlightTexts('true')).to.include('more than 10,000 North Koreans were newly registered since September');
    expect(highlightTexts('true')).to.include('from $150 million to $300 million a year');
  });

  it('never changes the article\'s DOM (without markers)', async () => {
    const story = document.createElement('article');
    story.innerHTML = article;
    const before = story.innerHTML;
    const { story: live } = await setup();
    expect(live.innerHTML).to.equal(before);
  });

  it('fires claim-anchored (with exact or fuzzy) and claim-orphaned, and sums up orphans once in the console', async () => {
    const anchored: ClaimAnchoredEvent[] = [];
    const orphaned: ClaimOrphanedEvent[] = [];
    document.addEventListener('claim-anchored', (e) => anchored.push(e));
    document.addEventListener('claim-orphaned', (e) => orphaned.push(e));
    try {
      const edited = claims.map((c) =>
        c.id === 'earnings' ? { ...c, quote: { exact: 'from $150 milion to $300 milion a year' } } : c,
      );
      await setup({ claims: edited });
      expect(anchored.map((e) => [e.claimId, e.match]).sort()).to.deep.equal([
        ['earnings', 'fuzzy'],
        ['ministry-figures', 'exact'],
        ['no-new-permits', 'exact'],
      ]);
      expect(folded(anchored.find((e) => e.claimId === 'earnings')!.range.toString())).to.contain('$150 million to $300 million a year');
      expect(orphaned.map((e) => e.claimId)).to.deep.equal(['gone']);
      const summary = warnings.messages.filter((m) => m.includes('nowhere in the article'));
      expect(summary.length).to.equal(1);
      expect(summary[0]).to.contain('gone');
    } finally {
      document.removeEventListener('claim-anchored', () => {});
    }
  });

  it('a claim without a quote is looked for by its statement', async () => {
    const { annotator } = await setup({
      claims: [{ id: 'by-statement', statement: 'those still working were there under contracts signed earlier' }],
    });
    const entry = annotator.shadowRoot!.querySelector('[part="entry"]')!;
    expect(entry.querySelector('[part="orphan"]')).to.equal(null);
    expect(highlightTexts('unrated')).to.include('those still working were there under contracts signed earlier');
  });

  it('re-anchors after a framework replaces every paragraph, and the highlights sit on live nodes', async () => {
    const { story } = await setup();
    const anchored: string[] = [];
    document.addEventListener('claim-anchored', (e) => anchored.push(e.claimId), { once: false });
    story.innerHTML = article; // every node replaced, same text
    await until(() => anchored.length >= 3, 3000, 're-anchoring');
    const ranges = [...CSS.highlights.get('claim-cards-misleading')!] as Range[];
    expect(ranges.length).to.equal(1);
    expect(ranges[0]!.startContainer.isConnected).to.equal(true);
    expect(story.contains(ranges[0]!.startContainer)).to.equal(true);
  });

  it('an edit that removes a sentence orphans its claim on the next pass', async () => {
    const { story } = await setup();
    const orphaned: string[] = [];
    document.addEventListener('claim-orphaned', (e) => orphaned.push(e.claimId));
    story.querySelector('#p3')!.textContent = 'Estimates of the earnings vary.';
    await until(() => orphaned.includes('earnings'), 3000, 'the orphan');
    expect(highlightTexts('true')).to.not.include('from $150 million to $300 million a year');
  });

  it('waits for a target that appears later', async () => {
    const annotator = document.createElement('claim-annotator');
    annotator.setAttribute('target', '#late-story');
    (annotator as unknown as { claims: unknown }).claims = claims;
    document.body.append(annotator);
    await new Promise((r) => setTimeout(r, 50));
    const story = document.createElement('article');
    story.id = 'late-story';
    story.innerHTML = article;
    document.body.append(story);
    await (annotator as unknown as { ready: Promise<void> }).ready;
    expect(highlightTexts('misleading').length).to.equal(1);
    annotator.remove();
    story.remove();
  });

  it('takes a target set after it is connected (as frameworks do)', async () => {
    const story = document.createElement('article');
    story.id = 'story-set-later';
    story.innerHTML = article;
    const holder = document.createElement('div');
    const annotator = document.createElement('claim-annotator') as HTMLElement & { ready: Promise<void>; target?: string; claims?: unknown };
    holder.append(annotator);
    document.body.append(holder, story);
    annotator.claims = claims;
    annotator.target = '#story-set-later';
    await annotator.ready;
    await until(() => highlightTexts('misleading').length === 1, 3000, 'the highlight');
    holder.remove();
    story.remove();
  });

  it('removal unpaints everything and disconnects', async () => {
    const { annotator, story } = await setup();
    annotator.remove();
    expect(CSS.highlights.get('claim-cards-misleading')?.size ?? 0).to.equal(0);
    expect(CSS.highlights.get('claim-cards-true')?.size ?? 0).to.equal(0);
    // Article edits after removal must not bring highlights back.
    story.innerHTML = article;
    await new Promise((r) => setTimeout(r, 300));
    expect(CSS.highlights.get('claim-cards-misleading')?.size ?? 0).to.equal(0);
  });

  it('loads claims from src', async () => {
    const story = document.createElement('article');
    story.id = 'src-story';
    story.innerHTML = '<p>Moscow hosts the most North Korean workers after Beijing. Sending people to work in Russia is not a violation of any sanctions or international laws, an official said.</p>';
    const annotator = document.createElement('claim-annotator') as HTMLElement & { ready: Promise<void> };
    annotator.setAttribute('src', '/test/fixtures/claims.json');
    annotator.setAttribute('target', '#src-story');
    document.body.append(annotator, story);
    await annotator.ready;
    // The statement ends in a full stop where the article has a comma: still the same sentence.
    expect(highlightTexts('unrated').some((t) => t.startsWith('Sending people to work in Russia is not a violation of any sanctions or international laws'))).to.equal(true);
    annotator.remove();
    story.remove();
  });

  it('a failed src shows a readable state and fires claim-error', async () => {
    const annotator = document.createElement('claim-annotator') as HTMLElement & { ready: Promise<void> };
    annotator.setAttribute('src', '/__test__/status?code=500');
    const errors: Event[] = [];
    annotator.addEventListener('claim-error', (e) => errors.push(e));
    document.body.append(annotator);
    await annotator.ready;
    await until(() => annotator.shadowRoot!.querySelector('[part="status"]')?.textContent === 'This fact-check is unavailable.');
    expect(errors.length).to.equal(1);
    annotator.remove();
  });
});
