/**
 * Accessible in every state: axe finds nothing in any state of any element (light and
 * dark); the annotator's keyboard-only path works with markers too; forced colours and
 * reduced motion keep a visible focus ring and verdict; a 320 px viewport with the WCAG
 * 2.2 text-spacing overrides (applied inside every shadow root) clips nothing; every
 * interactive target is at least 24×24 px (or an inline link in a sentence, which WCAG
 * 2.5.8 exempts).
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/define.js';
import {
  clearLoadCache,
  type Claim,
  type ClaimAnnotatorElement,
  type ClaimCardElement,
  type ClaimListElement,
} from '../../../src/index.js';
import { permits } from '../helpers/claims.js';
import { captureWarnings, uniqueKey, until } from '../helpers/dom.js';
import { cardState, listState, settledAnnotator, settledCard, settledList, shadowElements } from './scan.js';

/** One claim per verdict tone, with every field, so every part of the card is on screen. */
const TONES: [string, Claim['verdict']][] = [
  ['false', { label: 'False', rating: 1 }],
  ['misleading', { label: 'Misleading', rating: 2 }],
  ['mixed', { label: 'Half true', rating: 3 }],
  ['true', { label: 'True', rating: 5 }],
  ['unrated', { label: 'Disputed' }],
];
const toneClaims: Claim[] = TONES.map(([tone, verdict], i) => ({ ...permits, id: `tone-${tone}`, verdict, date: `2018-08-0${i + 1}` }));

const ARTICLE =
  '<h2>Permits</h2><p>Alexander Matsegora said that no new permits had been granted to North Korean workers since the sanctions took effect.</p>' +
  '<p>Ministry data show that more than 10,000 North Koreans were newly registered since September.</p>';
const annotatorClaims: Claim[] = [
  { ...permits, id: 'permits', quote: { exact: 'no new permits had been granted to North Korean workers' } },
  { id: 'ministry', statement: 'More than 10,000 were registered.', quote: { exact: 'more than 10,000 North Koreans were newly registered' }, verdict: { label: 'True' } },
  { id: 'orphan', statement: 'A claim that is nowhere in the text.', verdict: { label: 'False' } },
];

const made: Element[] = [];
function add<T extends Element>(el: T): T {
  document.body.append(el);
  made.push(el);
  return el;
}
function card(setup: (el: ClaimCardElement) => void): ClaimCardElement {
  const el = document.createElement('claim-card') as ClaimCardElement;
  setup(el);
  return add(el);
}
function list(setup: (el: ClaimListElement) => void): ClaimListElement {
  const el = document.createElement('claim-list') as ClaimListElement;
  setup(el);
  return add(el);
}
async function annotator(setup: (el: ClaimAnnotatorElement) => void = () => {}): Promise<{ el: ClaimAnnotatorElement; article: HTMLElement }> {
  const article = document.createElement('article');
  article.id = uniqueKey('a11y-article');
  article.innerHTML = ARTICLE;
  const el = document.createElement('claim-annotator') as ClaimAnnotatorElement;
  el.target = `#${article.id}`;
  el.claims = annotatorClaims;
  setup(el);
  add(el);
  add(article);
  await settledAnnotator(el);
  return { el, article };
}
const popoverCard = (el: ClaimAnnotatorElement) => el.shadowRoot!.querySelector<ClaimCardElement>('[popover] claim-card');
async function openCard(el: ClaimAnnotatorElement, id: string): Promise<void> {
  el.open(id);
  await until(() => !!popoverCard(el) && cardState(popoverCard(el)!) === 'ready', 3000, 'the popover card');
}

/** The element the keyboard is on, through shadow roots. */
function deepActive(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

describe('accessibility in every state', function () {
  this.timeout(60_000);
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(async () => {
    warnings.restore();
    clearLoadCache();
    for (const el of made.splice(0)) el.remove();
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const scheme of ['light', 'dark'] as const) {
    describe(`axe, ${scheme} colour scheme`, () => {
      beforeEach(() => emulateMedia({ colorScheme: scheme }));

      it('<claim-card>: loading, error (data), error (network), every verdict tone, compact, new-tab links, a long scale', async () => {
        const loading = card((c) => {
          c.src = `/__test__/claims.json?key=${uniqueKey('slow')}&delay=3000`;
          c.claimId = 'no-new-permits';
        });
        await loading.updateComplete;
        expect(cardState(loading)).to.equal('loading');
        await expect(loading).to.be.accessible();
        const invalid = card((c) => (c.claim = { id: 'Bad Id', statement: '', source: { url: 'javascript:alert(1)' } } as never));
        expect(await settledCard(invalid)).to.equal('error');
        await expect(invalid).to.be.accessible();
        const failed = card((c) => {
          c.src = '/__test__/status?code=500';
          c.claimId = 'x';
        });
        expect(await settledCard(failed)).to.equal('error');
        await expect(failed).to.be.accessible();
        for (const claim of toneClaims) {
          const el = card((c) => (c.claim = claim));
          expect(await settledCard(el)).to.equal('ready');
          expect(el.shadowRoot!.querySelector('.verdict')!.className).to.contain(`tone-${claim.id.slice(5)}`);
          await expect(el, claim.id).to.be.accessible();
        }
        for (const setup of [
          (c: ClaimCardElement) => ((c.claim = permits), (c.variant = 'compact')),
          (c: ClaimCardElement) => ((c.claim = permits), (c.linkTarget = '_blank')),
          (c: ClaimCardElement) => (c.claim = { ...permits, verdict: { label: 'Six of twenty', rating: 6, best: 20, worst: 0 } }),
        ]) {
          const el = card(setup);
          await settledCard(el);
          await expect(el).to.be.accessible();
        }
      });

      it('<claim-list>: loading, error, ready with "Show more", filtered, filtered to nothing', async () => {
        const loading = list((l) => (l.src = `/__test__/claims.json?key=${uniqueKey('slow')}&delay=3000`));
        await loading.updateComplete;
        expect(listState(loading)).to.equal('loading');
        await expect(loading).to.be.accessible();
        const failed = list((l) => (l.src = '/__test__/status?code=404'));
        expect(await settledList(failed)).to.equal('error');
        await expect(failed).to.be.accessible();
        const ready = list((l) => {
          l.claims = toneClaims;
          l.selectable = true;
          l.pageSize = 2;
        });
        expect(await settledList(ready)).to.equal('ready');
        expect(ready.shadowRoot!.querySelector('[part="more"]')).to.not.equal(null);
        await expect(ready).to.be.accessible();
        ready.verdict = 'false';
        await settledList(ready);
        expect(ready.shadowRoot!.querySelectorAll('claim-card').length).to.equal(1);
        await expect(ready).to.be.accessible();
        ready.query = 'nothing matches this';
        await settledList(ready);
        expect(ready.shadowRoot!.querySelector('[part="empty"]')).to.not.equal(null);
        await expect(ready).to.be.accessible();
      });

      it('<claim-annotator>: loading, error, index with an orphan, card open, markers on', async () => {
        const loading = document.createElement('claim-annotator') as ClaimAnnotatorElement;
        loading.src = `/__test__/claims.json?key=${uniqueKey('slow')}&delay=3000`;
        add(loading);
        await until(() => !!loading.shadowRoot?.querySelector('[part="status"][role="status"]'), 3000, 'the loading state');
        await expect(loading).to.be.accessible();
        const failed = document.createElement('claim-annotator') as ClaimAnnotatorElement;
        failed.src = '/__test__/html-200';
        add(failed);
        await settledAnnotator(failed);
        expect(failed.shadowRoot!.querySelector('[part="status"]')!.textContent).to.equal('This fact-check is unavailable.');
        await expect(failed).to.be.accessible();
        const { el, article } = await annotator((a) => (a.markers = true));
        expect(el.shadowRoot!.querySelector('[part="orphan"]')).to.not.equal(null);
        await expect(el).to.be.accessible();
        // The article with its marker buttons, as the reader meets it.
        expect(article.querySelectorAll('.claim-cards-marker').length).to.equal(2);
        await expect(article).to.be.accessible();
        await openCard(el, 'permits');
        await expect(el).to.be.accessible();
      });
    });
  }

  it('keyboard only, with markers: Tab to the index → Enter → passage marked, card focused → Esc → back; Tab on to the marker → Enter → Esc → back', async () => {
    const before = add(document.createElement('button'));
    before.textContent = 'Before';
    const { el, article } = await annotator((a) => (a.markers = true));
    before.focus();
    await sendKeys({ press: 'Tab' });
    const entry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="entry"][data-id="permits"]')!;
    expect(deepActive()).to.equal(entry);
    expect(entry.matches(':focus-visible')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.querySelector('[popover]')!.matches(':popover-open'), 3000, 'the card');
    expect(entry.getAttribute('aria-expanded')).to.equal('true');
    const active = [...(CSS.highlights.get('claim-cards-active') ?? [])].map((r) => (r as Range).toString().replace(/\s+/g, ' '));
    expect(active).to.deep.equal(['no new permits had been granted to North Korean workers']);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[popover]'));
    // Tab walks into the card: the close button, then the card's links.
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(el.shadowRoot!.querySelector('[part="close"]'));
    await sendKeys({ press: 'Tab' });
    expect(deepActive()!.localName).to.equal('a');
    expect(popoverCard(el)!.shadowRoot!.contains(deepActive())).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await until(() => !el.shadowRoot!.querySelector('[popover]')!.matches(':popover-open'), 3000, 'Esc to close');
    expect(deepActive()).to.equal(entry);
    // On through the index and into the article: the first marker.
    const marker = article.querySelector<HTMLButtonElement>('.claim-cards-marker[data-claim-id="permits"]')!;
    for (let i = 0; i < 10 && document.activeElement !== marker; i++) await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(marker);
    expect(marker.matches(':focus-visible')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await until(() => (popoverCard(el)?.claim as Claim | undefined)?.id === 'permits' && el.shadowRoot!.querySelector('[popover]')!.matches(':popover-open'), 3000, 'the card from the marker');
    await sendKeys({ press: 'Escape' });
    await until(() => !el.shadowRoot!.querySelector('[popover]')!.matches(':popover-open'), 3000, 'Esc to close');
    expect(document.activeElement).to.equal(marker);
  });

  /** Focuses `target` by keyboard (Tab from the element before it), so :focus-visible applies. */
  async function tabTo(target: Element, from: HTMLElement): Promise<void> {
    from.focus();
    for (let i = 0; i < 40 && deepActive() !== target; i++) await sendKeys({ press: 'Tab' });
    expect(deepActive(), `focus on ${target.localName}.${(target as HTMLElement).className}`).to.equal(target);
  }

  /** A visible focus ring: a solid outline (or, in forced colours, any non-none outline) of some width, not transparent. */
  function expectRing(target: Element, what: string): void {
    expect(target.matches(':focus-visible'), `${what} :focus-visible`).to.equal(true);
    const style = getComputedStyle(target);
    expect(style.outlineStyle, `${what} outline style`).to.not.equal('none');
    expect(parseFloat(style.outlineWidth), `${what} outline width`).to.be.at.least(2);
    expect(style.outlineColor, `${what} outline colour`).to.not.match(/rgba\(\d+, \d+, \d+, 0\)|transparent/);
  }

  for (const media of [{ forcedColors: 'active' }, { reducedMotion: 'reduce' }, { forcedColors: 'active', reducedMotion: 'reduce', colorScheme: 'dark' }] as const) {
    it(`${JSON.stringify(media)}: focus rings on every kind of control, verdicts still visible, nothing animates`, async () => {
      await emulateMedia(media);
      const start = add(document.createElement('button'));
      start.textContent = 'Start';
      const c = card((x) => (x.claim = toneClaims[0]!));
      const l = list((x) => {
        x.claims = toneClaims;
        x.selectable = true;
        x.pageSize = 2;
      });
      await settledCard(c);
      await settledList(l);
      const { el, article } = await annotator((a) => (a.markers = true));
      const targets: [Element, string][] = [
        [c.shadowRoot!.querySelector('[part="review"] a')!, 'card review link'],
        [c.shadowRoot!.querySelector('[part="source"] a')!, 'card source link'],
        [l.shadowRoot!.querySelector('[part="search"]')!, 'list search'],
        [l.shadowRoot!.querySelector('[part="filter"]')!, 'list filter'],
        [l.shadowRoot!.querySelector('[part="select"]')!, 'list select button'],
        [l.shadowRoot!.querySelector('[part="more"]')!, 'list more'],
        [el.shadowRoot!.querySelector('[part="entry"]')!, 'annotator entry'],
        [article.querySelector('.claim-cards-marker')!, 'marker'],
      ];
      for (const [target, what] of targets) {
        await tabTo(target, start);
        expectRing(target, what);
      }
      // The popover's close button and its card's links.
      await openCard(el, 'permits');
      const close = el.shadowRoot!.querySelector<HTMLElement>('[part="close"]')!;
      el.shadowRoot!.querySelector<HTMLElement>('[popover]')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(close);
      expectRing(close, 'popover close');
      // A card's details summary in an error state.
      const broken = card((x) => (x.claim = { id: 'x' } as never));
      await settledCard(broken);
      const summary = broken.shadowRoot!.querySelector('summary')!;
      await tabTo(summary, start);
      expectRing(summary, 'error details summary');
      // Every verdict: the label is there and framed (border), the scale drawn.
      for (const claim of toneClaims) {
        const el2 = card((x) => (x.claim = claim));
        await settledCard(el2);
        const badge = el2.shadowRoot!.querySelector('.badge')!;
        const style = getComputedStyle(badge);
        expect(badge.textContent, claim.id).to.contain(claim.verdict!.label);
        expect(style.borderTopStyle, claim.id).to.equal('solid');
        expect(parseFloat(style.borderTopWidth), claim.id).to.be.greaterThan(0);
        expect(style.borderTopColor, claim.id).to.not.equal(style.backgroundColor);
        if (claim.verdict!.rating) {
          const on = el2.shadowRoot!.querySelectorAll('.pip.on');
          expect(on.length, claim.id).to.equal(claim.verdict!.rating);
          const pip = getComputedStyle(on[0]!);
          expect(pip.backgroundColor, claim.id).to.not.equal(getComputedStyle(el2.shadowRoot!.querySelector('[part="base"]')!).backgroundColor);
        }
      }
      // The annotator's highlights keep their per-tone underline style (not colour alone).
      expect(CSS.highlights.has('claim-cards-misleading')).to.equal(true);
      if ('reducedMotion' in media) {
        for (const root of [c, l, el]) {
          for (const node of shadowElements(root)) {
            const style = getComputedStyle(node);
            expect(style.animationName, node.localName).to.equal('none');
            expect(parseFloat(style.transitionDuration), node.localName).to.equal(0);
          }
        }
      }
    });
  }

  describe('320 px viewport with the WCAG 2.2 text-spacing overrides', () => {
    const SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }';

    /** Adds the overrides to the document and to every shadow root below `roots`, as a reader's tool would. */
    function applySpacing(roots: Element[]): () => void {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(SPACING);
      const touched: (Document | ShadowRoot)[] = [document];
      for (const root of roots) {
        for (const el of [root, ...shadowElements(root)]) if (el.shadowRoot) touched.push(el.shadowRoot);
      }
      for (const target of touched) target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
      return () => {
        for (const target of touched) target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    }

    /** Text cut off: a box that hides overflow while its content is larger, or a page that scrolls sideways. */
    function clipped(root: Element): string[] {
      const problems: string[] = [];
      for (const el of [root, ...shadowElements(root)]) {
        if (el.matches('.visually-hidden, option')) continue;
        const style = getComputedStyle(el);
        const hides = (v: string) => v !== 'visible';
        if (el.matches('.snippet')) continue; // the index entry's two-line preview; the card holds the full text
        if (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) problems.push(`${el.localName}.${el.className} width ${el.scrollWidth}>${el.clientWidth}`);
        if (hides(style.overflowY) && style.overflowY !== 'auto' && el.scrollHeight > el.clientHeight + 1) problems.push(`${el.localName}.${el.className} height ${el.scrollHeight}>${el.clientHeight}`);
        const box = el.getBoundingClientRect();
        if (box.width && box.right > innerWidth + 0.5 && !el.matches('[popover]')) problems.push(`${el.localName}.${el.className} sticks out (${Math.round(box.right)} > ${innerWidth})`);
      }
      return problems;
    }

    it('nothing clips, nothing scrolls sideways: card (full, compact, error), list, annotator with its card open', async () => {
      await setViewport({ width: 320, height: 640 });
      const full = card((c) => (c.claim = { ...permits, review: { ...permits.review!, url: 'https://example.org/fact-checks/a-very-long-path-without-any-breaks-in-it-at-all-whatsoever' } }));
      const compact = card((c) => ((c.claim = permits), (c.variant = 'compact')));
      const broken = card((c) => (c.claim = { id: 'Bad Id', statement: '', source: { url: 'javascript:alert(1)' } } as never));
      const l = list((x) => {
        x.claims = toneClaims;
        x.selectable = true;
        x.pageSize = 2;
      });
      for (const c of [full, compact, broken]) await settledCard(c);
      await settledList(l);
      const { el } = await annotator((a) => (a.markers = true));
      await openCard(el, 'permits');
      broken.shadowRoot!.querySelector('details')!.open = true;
      const undo = applySpacing([full, compact, broken, l, el]);
      try {
        // The overrides really apply inside the shadow trees.
        const statement = getComputedStyle(full.shadowRoot!.querySelector('[part="statement"] p')!);
        expect(parseFloat(statement.letterSpacing)).to.be.closeTo(parseFloat(statement.fontSize) * 0.12, 0.05);
        expect(parseFloat(statement.marginBlockEnd)).to.be.closeTo(parseFloat(statement.fontSize) * 2, 0.5);
        await new Promise((r) => setTimeout(r, 50));
        for (const root of [full, compact, broken, l, el, popoverCard(el)!]) expect(clipped(root), root.localName).to.deep.equal([]);
        expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(320);
        const popover = el.shadowRoot!.querySelector('[popover]')!.getBoundingClientRect();
        expect(popover.left).to.be.at.least(0);
        expect(popover.right).to.be.at.most(320);
      } finally {
        undo();
      }
    });
  });

  it('every interactive target is at least 24×24 px, or an inline link in a sentence', async () => {
    const c = card((x) => (x.claim = permits));
    const broken = card((x) => (x.claim = { id: 'x' } as never));
    const l = list((x) => {
      x.claims = toneClaims;
      x.selectable = true;
      x.pageSize = 2;
    });
    await settledCard(c);
    await settledCard(broken);
    await settledList(l);
    const { el, article } = await annotator((a) => (a.markers = true));
    await openCard(el, 'permits');
    const problems: string[] = [];
    const interactive = 'a[href], button, input, select, summary, [tabindex]:not([tabindex="-1"])';
    for (const root of [c, broken, l, el, popoverCard(el)!]) {
      for (const target of shadowElements(root).filter((e) => e.matches(interactive))) {
        const box = target.getBoundingClientRect();
        if (box.width >= 24 && box.height >= 24) continue;
        // WCAG 2.5.8 "inline" exception: a link inside a line of text.
        const line = target.parentElement!;
        const inline = target.localName === 'a' && getComputedStyle(target).display === 'inline' && line.textContent!.trim() !== target.textContent!.trim();
        if (!inline) problems.push(`${root.localName} ${target.localName}.${(target as HTMLElement).className} ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    for (const marker of article.querySelectorAll('.claim-cards-marker')) {
      const box = marker.getBoundingClientRect();
      if (box.width < 24 || box.height < 24) problems.push(`marker ${box.width}×${box.height}`);
    }
    expect(problems).to.deep.equal([]);
  });
});
