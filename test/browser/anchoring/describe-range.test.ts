// describeRange: a quote with just enough context, and back to the same range.
import { expect } from '@open-wc/testing';
import { anchorQuote, buildTextIndex, describeRange, pointAt, type TextIndex } from '../../../src/anchoring/index.js';
import { rng } from './article.js';
import { ends, mount, textNode, unmountAll } from './helpers.js';

afterEach(unmountAll);

const ARTICLE =
  '<h2>Labour in the east</h2>' +
  '<p>The ministry said on Monday that <em>no new permits</em> had been issued. Officials said the same thing in 2019.</p>' +
  '<div class="ad">Advertisement · Subscribe</div>' +
  '<p>The ministry said on Monday that no new permits had been issued. The embassy did not respond to a request for comment.</p>' +
  '<p dir="rtl">قال المتحدث إن 700 عامل وصلوا.</p><p>Reactions 👍🏽 and “quotes” — dashes\u00a0and spaces.</p>';

describe('describeRange', () => {
  it('describes a range as its folded text with 32 characters of context', () => {
    const root = mount(ARTICLE);
    const range = document.createRange();
    const node = textNode(root, 'Reactions');
    range.setStart(node, 0);
    range.setEnd(node, node.data.indexOf(' dashes'));
    expect(describeRange(range, root)).to.deep.equal({
      exact: 'Reactions 👍🏽 and "quotes" -',
      prefix: 'قال المتحدث إن 700 عامل وصلوا. ',
      suffix: ' dashes and spaces.',
    });
  });

  it('extends the context until the quote is unique', () => {
    const root = mount(ARTICLE);
    const node = textNode(root, 'The ministry said on Monday that no new');
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, 'The ministry said on Monday that no new permits'.length);
    const quote = describeRange(range, root);
    expect(quote.exact).to.equal('The ministry said on Monday that no new permits');
    // 32 characters before are not enough to tell the two paragraphs apart: both are preceded by ". "…
    const text = buildTextIndex(root).text;
    const whole = `${quote.prefix}${quote.exact}${quote.suffix}`;
    expect(text.indexOf(whole)).to.be.greaterThan(-1);
    expect(text.indexOf(whole, text.indexOf(whole) + 1)).to.equal(-1);
    expect(anchorQuote(root, quote)!.startContainer).to.equal(node);
  });

  it('trims spaces at the ends of the range and leaves out empty context', () => {
    const root = mount('<p>Only this sentence.</p>');
    const range = document.createRange();
    range.selectNodeContents(root);
    expect(describeRange(range, root)).to.deep.equal({ exact: 'Only this sentence.' });
  });

  it('round-trips: anchoring the description gives the same range, for many random ranges', () => {
    const root = mount(ARTICLE.repeat(3));
    const index = buildTextIndex(root);
    const r = rng(11);
    let checked = 0;
    for (let k = 0; k < 200; k++) {
      // Word-aligned ranges of 1–12 words, anywhere (across elements and blocks too).
      const starts = [...index.text.matchAll(/(?<=^| )\S/g)].map((m) => m.index);
      const a = starts[Math.floor(r() * starts.length)]!;
      let b = a;
      for (let w = 1 + Math.floor(r() * 12); w > 0 && b < index.text.length; w--) b = index.text.indexOf(' ', b + 1) < 0 ? index.text.length : index.text.indexOf(' ', b + 1);
      const range = document.createRange();
      const start = pointAtFolded(index, a);
      const end = pointAtFolded(index, b, true);
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      const quote = describeRange(range, root, { index });
      const back = anchorQuote(root, quote, { index });
      expect(back, JSON.stringify(quote)).to.not.equal(null);
      expect(ends(back!), JSON.stringify(quote)).to.deep.equal(ends(range));
      expect(back!.startContainer === range.startContainer && back!.endContainer === range.endContainer, JSON.stringify(quote)).to.equal(true);
      checked++;
    }
    expect(checked).to.equal(200);
  });
});

function pointAtFolded(index: TextIndex, offset: number, end = false) {
  return pointAt(index, offset, end)!;
}
