/**
 * Hostile host CSS: a theme that restyles `*`, `article *` and `claim-card` itself, a
 * 40px root font size, a right-to-left page. The elements keep their own typography
 * (what a page's universal rules would otherwise pour into them through the host),
 * nothing is clipped, and the layout mirrors for RTL. Size and spacing (font size, line
 * height, letter and word spacing) deliberately still follow rules aimed at the element
 * itself: that is how readers' text-spacing tools reach the cards (see a11y.test.ts);
 * the root font size does not reach them.
 */
import { expect } from '@open-wc/testing';
import '../../../src/define.js';
import type { ClaimAnnotatorElement, ClaimCardElement, ClaimListElement } from '../../../src/index.js';
import { permits } from '../helpers/claims.js';
import { captureWarnings, until } from '../helpers/dom.js';
import { settledAnnotator, settledCard, settledList, shadowElements } from './scan.js';

const HOSTILE = `
  html { font-size: 40px; }
  * {
    box-sizing: content-box; margin: 0.5em; padding: 0.3em;
    font-family: "Comic Sans MS", cursive; font-style: italic; font-weight: 900; font-variant: small-caps;
    color: rgb(255, 0, 255); background-color: rgb(255, 255, 0);
    text-transform: uppercase; text-align: justify; text-indent: 3em; white-space: pre;
    text-shadow: 2px 2px 0 red; word-break: break-all;
  }
  article * { font-size: 22px; text-align: right; text-indent: 5em; font-style: oblique; }
  claim-card, claim-list, claim-annotator {
    font-size: 12px; color: rgb(255, 0, 0); text-transform: lowercase; font-weight: 100; white-space: nowrap;
    border: 5px dotted green; padding: 40px;
  }
`;

/** The typography the elements own: these must not change whatever the page says. */
const OWN = [
  'fontFamily', 'fontStyle', 'fontWeight', 'fontVariantCaps', 'color', 'textTransform', 'textAlign', 'textIndent',
  'whiteSpace', 'textShadow', 'wordBreak',
] as const;

function typography(root: Element): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  shadowElements(root).forEach((el, i) => {
    if (el.localName === 'slot' || el.localName === 'claim-card' || el.localName === 'option') return;
    const style = getComputedStyle(el);
    out[`${i}:${el.localName}.${el.className}`] = Object.fromEntries(OWN.map((p) => [p, style[p]]));
  });
  return out;
}

/** Elements whose content is cut off: scrolling boxes with more content than room, outside the ones meant to clamp. */
function clipped(root: Element): string[] {
  return shadowElements(root)
    .filter((el) => !el.matches('.snippet, .visually-hidden, option, select'))
    .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
    .map((el) => `${el.localName}.${el.className} ${el.scrollWidth}>${el.clientWidth}`);
}

describe('hostile host CSS', function () {
  this.timeout(20_000);
  let warnings: ReturnType<typeof captureWarnings>;
  const made: Element[] = [];
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    for (const el of made.splice(0)) el.remove();
  });

  /** A card, a list and an annotator (with its card open) inside an article. */
  async function render(extraCss = '') {
    const style = document.createElement('style');
    style.textContent = extraCss;
    const article = document.createElement('article');
    article.id = 'css-story';
    article.innerHTML = `<p>Alexander Matsegora said no new permits had been granted to North Korean workers since the sanctions.</p>
      <claim-card></claim-card><claim-list page-size="2"></claim-list><claim-annotator target="#css-story"></claim-annotator>`;
    document.head.append(style);
    document.body.append(article);
    made.push(style, article);
    const card = article.querySelector('claim-card') as ClaimCardElement;
    card.claim = permits;
    const list = article.querySelector('claim-list') as ClaimListElement;
    list.claims = [permits, { id: 'other', statement: 'Another claim.', verdict: { label: 'False' } }];
    const annotator = article.querySelector('claim-annotator') as ClaimAnnotatorElement;
    annotator.claims = [{ ...permits, quote: { exact: 'no new permits had been granted to North Korean workers' } }];
    await settledCard(card);
    await settledList(list);
    await settledAnnotator(annotator);
    annotator.open(permits.id);
    const inner = () => annotator.shadowRoot!.querySelector<ClaimCardElement>('[popover] claim-card');
    await until(() => !!inner()?.shadowRoot?.querySelector('[part="statement"]'), 3000, 'the popover card');
    return { card, list, annotator, popoverCard: inner()! };
  }

  it('keeps the elements\' own typography against *, article * and element rules, with html { font-size: 40px }', async () => {
    const reference = await render();
    const expected = [reference.card, reference.list, reference.annotator, reference.popoverCard].map(typography);
    for (const el of made.splice(0)) el.remove();
    const hostile = await render(HOSTILE);
    // The page really is hostile: its own paragraph got every rule.
    const paragraph = getComputedStyle(document.querySelector('#css-story p')!);
    expect([paragraph.textTransform, paragraph.fontStyle, paragraph.fontSize]).to.deep.equal(['uppercase', 'oblique', '22px']);
    const actual = [hostile.card, hostile.list, hostile.annotator, hostile.popoverCard].map(typography);
    ['card', 'list', 'annotator', 'card in the popover'].forEach((name, i) => expect(actual[i], name).to.deep.equal(expected[i]));
    for (const el of [hostile.card, hostile.list, hostile.annotator, hostile.popoverCard]) expect(clipped(el), el.localName).to.deep.equal([]);
    // The card still shows its whole statement, at a readable size, not 40px-root-sized.
    const statement = hostile.card.shadowRoot!.querySelector('[part="statement"] p')!;
    expect(statement.textContent!.trim()).to.equal(permits.statement);
    // Its size follows the rule aimed at the element (12px), never the 40px root.
    expect(parseFloat(getComputedStyle(statement).fontSize)).to.be.within(12, 13.5);
  });

  it('follows a right-to-left page (CSS direction, no dir attribute): mirrored, nothing clipped', async () => {
    const { card, list, annotator } = await render('#css-story { direction: rtl; }');
    const base = card.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    const style = getComputedStyle(base);
    expect(style.direction).to.equal('rtl');
    // The verdict stripe (border-inline-start) is on the right.
    expect(parseFloat(style.borderRightWidth)).to.be.greaterThan(parseFloat(style.borderLeftWidth));
    // The search field comes first, on the right.
    const search = list.shadowRoot!.querySelector('[part="search"]')!.getBoundingClientRect();
    const sort = list.shadowRoot!.querySelector('[part="sort"]')!.getBoundingClientRect();
    expect(search.right).to.be.greaterThan(sort.right);
    expect(getComputedStyle(annotator.shadowRoot!.querySelector('nav')!).direction).to.equal('rtl');
    for (const el of [card, list, annotator]) expect(clipped(el), el.localName).to.deep.equal([]);
  });
});
