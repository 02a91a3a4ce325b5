import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { ClaimAnnotatorElement, ClaimCloseEvent, ClaimOpenEvent, ClaimSelectEvent } from '../../../src/index.js';
import { captureWarnings, until } from '../helpers/dom.js';
import { claims, folded, isOpen, openCardStatement, pointOf, popoverOf, setup, teardown } from './helpers.js';

const entries = (a: ClaimAnnotatorElement) => [...a.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="entry"]')];
const activeTexts = () => [...(CSS.highlights.get('claim-cards-active') ?? [])].map((r) => folded((r as Range).toString()));
const deepActive = () => {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
};
const click = async ({ x, y }: { x: number; y: number }) => sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });

describe('<claim-annotator> interaction', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(async () => {
    teardown();
    warnings.restore();
    await resetMouse();
  });

  it('clicking highlighted text opens that claim\'s card next to the line', async () => {
    const { story, annotator } = await setup();
    const opened: ClaimOpenEvent[] = [];
    annotator.addEventListener('claim-open', (e) => opened.push(e));
    const point = pointOf(story, 'no new permits');
    await click(point);
    await until(() => isOpen(annotator), 3000, 'the popover');
    await until(() => openCardStatement(annotator) !== undefined);
    expect(openCardStatement(annotator)).to.equal(claims[0]!.statement);
    expect(opened.map((e) => e.claimId)).to.deep.equal(['no-new-permits']);
    expect(activeTexts()).to.deep.equal(['no new permits had been granted to North Korean workers since the sanctions took effect']);
    const box = popoverOf(annotator).getBoundingClientRect();
    expect(box.top).to.be.greaterThan(point.y); // below the clicked line
    expect(Math.abs(box.top - point.y)).to.be.lessThan(60);
  });

  it('clicking text that is not a claim opens nothing', async () => {
    const { story, annotator } = await setup();
    await click(pointOf(story, 'Estimates of what'));
    await new Promise((r) => setTimeout(r, 100));
    expect(isOpen(annotator)).to.equal(false);
  });

  it('Esc and an outside click close the card', async () => {
    const { story, annotator } = await setup();
    const closed: ClaimCloseEvent[] = [];
    annotator.addEventListener('claim-close', (e) => closed.push(e));
    await click(pointOf(story, 'newly registered'));
    await until(() => isOpen(annotator));
    await sendKeys({ press: 'Escape' });
    await until(() => !isOpen(annotator), 3000, 'Esc to close');
    expect(activeTexts()).to.deep.equal([]);
    await click(pointOf(story, 'newly registered'));
    await until(() => isOpen(annotator));
    await click({ x: 5, y: 5 });
    await until(() => !isOpen(annotator), 3000, 'outside click to close');
    expect(closed.map((e) => e.claimId)).to.deep.equal(['ministry-figures', 'ministry-figures']);
  });

  it('the index says how many claims there are and marks orphans', async () => {
    const { annotator } = await setup();
    const nav = annotator.shadowRoot!.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Fact-checked claims in this article (4)');
    const list = entries(annotator);
    expect(list.length).to.equal(4);
    const orphan = list.find((b) => b.dataset.id === 'gone')!;
    expect(orphan.querySelector('[part="orphan"]')!.textContent).to.equal('Not found in the text');
    expect(list[0]!.textContent).to.contain('Misleading');
  });

  it('keyboard: index entry → passage marked, card focused → Esc → focus back on the entry', async () => {
    const { annotator } = await setup();
    const selected: ClaimSelectEvent[] = [];
    annotator.addEventListener('claim-select', (e) => selected.push(e));
    const entry = entries(annotator).find((b) => b.dataset.id === 'earnings')!;
    entry.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => isOpen(annotator), 3000, 'the card');
    expect(entry.getAttribute('aria-expanded')).to.equal('true');
    expect(activeTexts()).to.deep.equal(['from $150 million to $300 million a year']);
    expect(annotator.shadowRoot!.activeElement).to.equal(popoverOf(annotator));
    expect(selected.map((e) => e.claim.id)).to.deep.equal(['earnings']);
    await sendKeys({ press: 'Tab' });
    expect(popoverOf(annotator).contains(deepActive()) || popoverOf(annotator).querySelector('claim-card')!.shadowRoot!.contains(deepActive())).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await until(() => !isOpen(annotator));
    expect(deepActive()).to.equal(entry);
  });

  it('an orphan\'s card still opens from the index', async () => {
    const { annotator } = await setup();
    entries(annotator).find((b) => b.dataset.id === 'gone')!.click();
    await until(() => openCardStatement(annotator) === claims[3]!.statement, 3000, 'the orphan card');
  });

  it('overlapping claims: a click in the overlap opens the narrower, the index opens either', async () => {
    const overlapping = [
      { id: 'sentence', statement: 'x', quote: { exact: 'He said no new permits had been granted to North Korean workers since the sanctions took effect' } },
      { id: 'phrase', statement: 'y', quote: { exact: 'no new permits had been granted' } },
    ];
    const { story, annotator } = await setup({ claims: overlapping });
    await click(pointOf(story, 'new permits'));
    await until(() => openCardStatement(annotator) === 'y', 3000, 'the narrower claim');
    await sendKeys({ press: 'Escape' });
    await until(() => !isOpen(annotator));
    entries(annotator).find((b) => b.dataset.id === 'sentence')!.click();
    await until(() => openCardStatement(annotator) === 'x', 3000, 'the wider claim');
  });

  it('#claim-<id> in the address opens that claim', async () => {
    history.replaceState(null, '', '#claim-ministry-figures');
    try {
      const { annotator } = await setup();
      await until(() => openCardStatement(annotator) === claims[1]!.statement, 3000, 'the linked claim');
      annotator.close();
      await until(() => !isOpen(annotator));
      location.hash = '#claim-earnings';
      await until(() => openCardStatement(annotator) === claims[2]!.statement, 3000, 'the claim after hashchange');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('the card stays in the viewport at the edge, and follows its line while scrolling', async () => {
    const spacer = document.createElement('div');
    spacer.style.blockSize = '3000px';
    const above = document.createElement('div');
    above.style.blockSize = '1500px';
    try {
      // Compact cards are short, so the popover has room on either side of its line.
      const { story, annotator } = await setup({ attrs: { variant: 'compact' } });
      document.body.prepend(above); // the page scrolls to reach the article…
      document.body.append(spacer); // …and can scroll past it
      story.querySelector<HTMLElement>('#p3')!.scrollIntoView({ block: 'end' });
      await click(pointOf(story, '$300'));
      await until(() => isOpen(annotator));
      const box = popoverOf(annotator).getBoundingClientRect();
      expect(box.bottom).to.be.at.most(innerHeight);
      expect(box.top).to.be.at.least(0);
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(innerWidth);
      // Scrolled by 100 px, the popover moves to stay beside its line (below it or above it).
      const before = box.top;
      scrollBy(0, 100);
      // Browsers fire scroll events with the next frame, and a test page in the background
      // gets no frames: fire the one the reader's browser would.
      dispatchEvent(new Event('scroll'));
      await until(() => Math.abs(popoverOf(annotator).getBoundingClientRect().top - before) > 5, 3000, 'the popover to follow');
      const after = popoverOf(annotator).getBoundingClientRect();
      const line = pointOf(story, '$300');
      const beside = Math.abs(after.top - (line.y + 8)) < 20 || Math.abs(after.bottom - (line.y - 8)) < 20;
      expect(beside, `popover ${after.top}–${after.bottom}, line at ${line.y}`).to.equal(true);
      expect(after.bottom).to.be.at.most(innerHeight);
      expect(after.top).to.be.at.least(0);
    } finally {
      spacer.remove();
      above.remove();
      scrollTo(0, 0);
    }
  });

  it('the close button never covers the card\'s verdict', async () => {
    const { annotator } = await setup();
    annotator.open('no-new-permits');
    await until(() => openCardStatement(annotator) !== undefined);
    const close = annotator.shadowRoot!.querySelector('[part="close"]')!.getBoundingClientRect();
    const card = popoverOf(annotator).querySelector('claim-card')!;
    const verdict = card.shadowRoot!.querySelector('[part="verdict"]')!.getBoundingClientRect();
    const overlap = close.left < verdict.right && close.right > verdict.left && close.top < verdict.bottom && close.bottom > verdict.top;
    expect(overlap).to.equal(false);
  });

  it('follows a language switch on the page', async () => {
    const { annotator } = await setup();
    const nav = annotator.shadowRoot!.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.contain('Fact-checked claims');
    annotator.setAttribute('lang', 'ru');
    await until(() => annotator.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')!.startsWith('Проверенные'), 3000, 'Russian labels');
  });

  it('is accessible with the index and with a card open', async () => {
    const { annotator } = await setup();
    await expect(annotator).to.be.accessible();
    annotator.open('no-new-permits');
    await until(() => openCardStatement(annotator) !== undefined);
    await expect(annotator).to.be.accessible();
  });
});
