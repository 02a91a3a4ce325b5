// anchorQuote in Chromium, one class of real-page trouble per test: each asserts the exact
// text the Range covers and where it starts and ends, not just that something was found.
import { expect } from '@open-wc/testing';
import { anchorQuote, buildTextIndex, findQuote } from '../../../src/anchoring/index.js';
import { covered, ends, mount, textNode, unmountAll } from './helpers.js';

afterEach(unmountAll);


describe('anchorQuote: typography', () => {
  it('matches straight quotes and hyphens against curly quotes and dashes', () => {
    const root = mount('<p>The minister said: “We have issued no new permits since 2017” — and left the room.</p>');
    const range = anchorQuote(root, { exact: '"We have issued no new permits since 2017" - and left' });
    expect(range?.toString()).to.equal('“We have issued no new permits since 2017” — and left');
    expect(ends(range!)).to.deep.equal([textNode(root, 'minister').data, 19, textNode(root, 'minister').data, 72]);
  });

  it('matches curly quotes and dashes against straight ones', () => {
    const root = mount('<p>He said it\'s "over" - finally.</p>');
    expect(anchorQuote(root, { exact: 'it’s “over” – finally' })?.toString()).to.equal('it\'s "over" - finally');
  });

  it('matches plain spaces against NBSP and narrow NBSP', () => {
    const root = mount('<p>Some 10\u00a0000 workers arrived, about 5\u202f% of the total, in 2018.</p>');
    const range = anchorQuote(root, { exact: '10 000 workers arrived, about 5 % of the total' });
    expect(range?.toString()).to.equal('10\u00a0000 workers arrived, about 5\u202f% of the total');
    expect(range!.startOffset).to.equal(5);
  });

  it('ignores soft hyphens and zero-width characters on both sides', () => {
    const root = mount('<p>The co\u00adoperation agree\u200bment was signed in Vladi\u200dvostok.</p>');
    const range = anchorQuote(root, { exact: 'cooperation agreement was signed in Vladivostok' });
    expect(range?.toString()).to.equal('co\u00adoperation agree\u200bment was signed in Vladi\u200dvostok');
    const back = anchorQuote(mount('<p>The cooperation agreement was signed.</p>'), { exact: 'co\u00adoperation\u200b agreement' });
    expect(back?.toString()).to.equal('cooperation agreement');
  });

  it('collapses whitespace runs and line breaks in the source', () => {
    const root = mount('<p>The   ministry\n   confirmed\tthe figures.</p>');
    expect(anchorQuote(root, { exact: 'ministry confirmed the' })?.toString()).to.equal('ministry\n   confirmed\tthe');
  });

  it('normalizes compatibility forms (NFKC) and decomposed accents, keeping case', () => {
    const root = mount('<p>The ﬁrst Cafe\u0301 opened … in ２０１８.</p>');
    const range = anchorQuote(root, { exact: 'first Café opened ... in 2018' });
    expect(range?.toString()).to.equal('ﬁrst Cafe\u0301 opened … in ２０１８');
    expect(covered(anchorQuote(root, { exact: 'FIRST CAFÉ OPENED ... IN 2018' }))).to.equal(null);
  });
});

describe('anchorQuote: markup', () => {
  it('spans <em> and <a>', () => {
    const root = mount('<p>The <em>ministry</em> has <a href="#x">confirmed</a> the figures today.</p>');
    const range = anchorQuote(root, { exact: 'ministry has confirmed the figures' });
    expect(range?.toString()).to.equal('ministry has confirmed the figures');
    expect(ends(range!)).to.deep.equal(['ministry', 0, ' the figures today.', 12]);
  });

  it('finds a word split across spans', () => {
    const root = mount('<p>Workers from Pyong<span class="hl">yang</span> arrived in May.</p>');
    const range = anchorQuote(root, { exact: 'from Pyongyang arrived' });
    expect(range?.toString()).to.equal('from Pyongyang arrived');
    expect(ends(range!)).to.deep.equal(['Workers from Pyong', 8, ' arrived in May.', 8]);
  });

  it('reads <br> and block edges as spaces', () => {
    const root = mount('<p>First line<br>second line</p><p>End of one.</p><div>Start of two.</div>');
    const br = anchorQuote(root, { exact: 'line second' });
    expect(ends(br!)).to.deep.equal(['First line', 6, 'second line', 6]);
    expect(covered(anchorQuote(root, { exact: 'linesecond' }))).to.equal(null);
    const blocks = anchorQuote(root, { exact: 'one. Start of' });
    expect(ends(blocks!)).to.deep.equal(['End of one.', 7, 'Start of two.', 8]);
  });

  it('sees a block end even where no block starts', () => {
    const root = mount('<div><p>Inside the paragraph</p>after it</div>');
    expect(anchorQuote(root, { exact: 'paragraph after' })?.toString()).to.equal('paragraphafter');
  });
});

describe('anchorQuote: hidden text', () => {
  it('skips hidden text inside the quote', () => {
    const root = mount(
      '<p>The ministry <span hidden>(advert)</span>confirmed the <span style="display:none">secret </span>figures ' +
        '<span style="visibility:hidden">quietly </span>on Monday<script>var x = 1;</script><style>p{}</style>.</p>',
    );
    const range = anchorQuote(root, { exact: 'ministry confirmed the figures on Monday.' });
    expect(range?.toString()).to.equal('ministry (advert)confirmed the secret figures quietly on Mondayvar x = 1;p{}.');
    expect(range!.startContainer.textContent).to.equal('The ministry ');
    expect(covered(anchorQuote(root, { exact: 'confirmed the secret figures' }))).to.equal(null);
  });

  it('skips hidden copies outside the quote and finds the visible one', () => {
    const root = mount(
      '<div style="display:none"><p>Officials confirmed the figures on Monday.</p></div>' +
        '<template><p>Officials confirmed the figures on Monday.</p></template>' +
        '<noscript><p>Officials confirmed the figures on Monday.</p></noscript>' +
        '<div style="content-visibility:hidden"><p>Officials confirmed the figures on Monday.</p></div>' +
        '<p id="shown">Officials confirmed the figures on Monday.</p>',
    );
    const range = anchorQuote(root, { exact: 'Officials confirmed the figures on Monday.' });
    expect(range!.startContainer.parentElement!.id).to.equal('shown');
  });

  it('returns null when the only copy is hidden', () => {
    const root = mount('<p hidden>The only copy is hidden here.</p><p style="visibility:hidden">The only copy is hidden here.</p>');
    expect(covered(anchorQuote(root, { exact: 'The only copy is hidden here.' }))).to.equal(null);
  });

  it('reads a visible child of a visibility:hidden parent, and display:contents', () => {
    const root = mount(
      '<div style="visibility:hidden">Hidden words <span style="visibility:visible">but these words show</span></div>' +
        '<div style="display:contents">Contents text <b class="x">stays visible</b></div>',
    );
    expect(anchorQuote(root, { exact: 'but these words show' })?.toString()).to.equal('but these words show');
    expect(covered(anchorQuote(root, { exact: 'Hidden words' }))).to.equal(null);
    expect(anchorQuote(root, { exact: 'Contents text stays visible' })?.toString()).to.equal('Contents text stays visible');
  });

  it('reads text hidden by a class on inline markup as hidden', () => {
    const root = mount('<style>.gone{display:none}</style><p>The figures <em class="gone">never</em> rose by 9 per cent.</p>');
    expect(covered(anchorQuote(root, { exact: 'The figures rose by 9 per cent.' }))).to.equal('The figures never rose by 9 per cent.');
  });
});

describe('anchorQuote: context', () => {
  const twice =
    '<p id="a">Before the vote, officials spoke. The ministry denied the report. Reporters left the hall.</p>' +
    '<div class="ad">Advertisement · Subscribe now</div>' +
    '<p id="b">After the vote, critics spoke. The ministry denied the report. Nobody answered them.</p>';

  it('tells the same sentence twice apart by prefix or by suffix', () => {
    const root = mount(twice);
    const exact = 'The ministry denied the report.';
    const paragraph = (r: Range | null) => r!.startContainer.parentElement!.id;
    expect(paragraph(anchorQuote(root, { exact, prefix: 'After the vote, critics spoke. ' }))).to.equal('b');
    expect(paragraph(anchorQuote(root, { exact, prefix: 'Before the vote, officials spoke. ' }))).to.equal('a');
    expect(paragraph(anchorQuote(root, { exact, suffix: ' Nobody answered them.' }))).to.equal('b');
    // No context: the first; a hint (an offset in the index text) picks the nearer one.
    expect(paragraph(anchorQuote(root, { exact }))).to.equal('a');
    const index = buildTextIndex(root);
    const second = index.text.lastIndexOf(exact);
    expect(findQuote(index, { exact }, { hint: second - 5 })).to.deep.equal({ start: second, end: second + exact.length });
  });

  it('finds quotes around an ad block whose context was taken before the ad was there', () => {
    const root = mount(twice);
    const range = anchorQuote(root, { exact: 'After the vote, critics spoke.', prefix: 'officials spoke. The ministry denied the report. Reporters left the hall. ' });
    expect(range!.startContainer.parentElement!.id).to.equal('b');
    expect(range!.toString()).to.equal('After the vote, critics spoke.');
    // The ad is text like any other.
    expect(anchorQuote(root, { exact: 'Advertisement · Subscribe now' })?.toString()).to.equal('Advertisement · Subscribe now');
  });

  it('needs the context of a short quote to agree', () => {
    const root = mount('<p>He said there were no new permits. Later, the ministry said no new permits would follow.</p>');
    const later = root.textContent!.lastIndexOf('no new permits');
    expect(anchorQuote(root, { exact: 'no new permits', prefix: 'the ministry said ' })!.startOffset).to.equal(later);
    expect(anchorQuote(root, { exact: 'no new permits' })!.startOffset).to.equal(root.textContent!.indexOf('no new permits'));
    expect(covered(anchorQuote(root, { exact: 'no new permits', prefix: 'the embassy wrote that ', suffix: ' were ever granted' }))).to.equal(null);
    // A typo in a short quote is forgiven only with agreeing context.
    expect(anchorQuote(root, { exact: 'no new permit', prefix: 'the ministry said ', suffix: 's would follow' })!.startOffset).to.equal(later);
    expect(covered(anchorQuote(root, { exact: 'no nev permits' }))).to.equal(null);
  });
});

describe('anchorQuote: edited articles', () => {
  const original =
    'Officials in Vladivostok met on Monday. The labour ministry confirmed that 700 workers arrived in the region last year, a spokesman said. ' +
    'Critics disagreed with the figures.';
  const quote = {
    exact: 'The labour ministry confirmed that 700 workers arrived in the region last year, a spokesman said.',
    prefix: 'Officials in Vladivostok met on Monday. ',
    suffix: ' Critics disagreed with the figures.',
  };

  it('finds a sentence retouched with typos (fuzzy)', () => {
    const root = mount(`<p>${original.replace('ministry', 'minstry').replace('arrived', 'arived').replace('region', 'regoin')}</p>`);
    expect(anchorQuote(root, quote)?.toString()).to.equal('The labour minstry confirmed that 700 workers arived in the regoin last year, a spokesman said.');
  });

  it('finds a sentence where an editor swapped one word for a synonym', () => {
    const root = mount(`<p>${original.replace('workers', 'labourers').replace('spokesman', 'spoksman')}</p>`);
    expect(anchorQuote(root, quote)?.toString()).to.equal('The labour ministry confirmed that 700 labourers arrived in the region last year, a spoksman said.');
  });

  for (const [what, from, to] of [
    ['confirmed → denied', 'confirmed', 'denied'],
    ['a negation added', 'confirmed', 'never confirmed'],
    ["n't added", 'confirmed', "didn't confirm"],
    ['another figure', '700', '500'],
    ['a hedge added', 'confirmed', 'allegedly confirmed'],
    ['a quantity word added', '700 workers', 'only 700 workers'],
    ['another claimant', 'a spokesman said', 'Mr Petrov said'],
  ]) {
    it(`orphans a lookalike with ${what}, even with its context intact`, () => {
      const root = mount(`<p>${original.replace(from!, to!)}</p>`);
      expect(covered(anchorQuote(root, quote))).to.equal(null);
    });
  }

  it('orphans a lookalike with a direction word swapped', () => {
    const root = mount('<p>The number of permits fell by 9 per cent in 2018, the ministry said on Monday.</p>');
    expect(covered(anchorQuote(root, { exact: 'The number of permits rose by 9 per cent in 2018, the ministry said on Monday.' }))).to.equal(null);
    expect(covered(anchorQuote(root, { exact: 'The number of permits fell by 9 per cent in 2018, the ministry sayd on Monday.' }))).to.equal(
      'The number of permits fell by 9 per cent in 2018, the ministry said on Monday.',
    );
  });

  it('orphans a lookalike with its negation in the words just before it', () => {
    const root = mount('<p>Officials in Vladivostok met on Monday and did not say The labour ministry confirmed that 700 workers arrived in the region last year.</p>');
    const said = { exact: 'The labour ministry confirmed that 700 workers arrived in the region last year.', prefix: 'met on Monday and did say ' };
    expect(covered(anchorQuote(root, said))).to.equal(null);
  });

  it('orphans a removed sentence when only a similar one is left elsewhere', () => {
    const root = mount(
      '<p>Officials in Vladivostok met on Monday. Critics disagreed with the figures.</p>' +
        '<p>Elsewhere, the labour ministry denied that 700 workers arrived in the region last year, a spokesman said.</p>',
    );
    expect(covered(anchorQuote(root, quote))).to.equal(null);
  });

  it('steers to the edited original, not to a verbatim pull quote elsewhere', () => {
    const root = mount(
      `<aside class="pull"><p>${quote.exact}</p></aside>` +
        `<p id="story">${original.replace('ministry', 'minstry').replace('workers', 'labourers')}</p>`,
    );
    const range = anchorQuote(root, quote);
    expect(range!.startContainer.parentElement!.id).to.equal('story');
    expect(range!.toString()).to.equal('The labour minstry confirmed that 700 labourers arrived in the region last year, a spokesman said.');
  });

  it('prefers the original over a pull quote when both are verbatim', () => {
    const root = mount(`<aside class="pull"><p>${quote.exact}</p></aside><p id="story">${original}</p>`);
    expect(anchorQuote(root, quote)!.startContainer.parentElement!.id).to.equal('story');
  });

  it('orphans a claim whose original now says otherwise, rather than pin it to a stale pull quote', () => {
    const root = mount(`<aside class="pull"><p>${quote.exact}</p></aside><p>${original.replace('confirmed', 'denied')}</p>`);
    expect(covered(anchorQuote(root, quote))).to.equal(null);
  });
});

describe('anchorQuote: scripts and symbols', () => {
  it('anchors right-to-left Arabic across markup and bidi marks', () => {
    const root = mount('<p dir="rtl">قال المتحدث باسم <b>الوزارة</b> إن 700 عامل وصلوا إلى المنطقة\u200f العام الماضي.</p>');
    const range = anchorQuote(root, { exact: 'باسم الوزارة إن 700 عامل وصلوا إلى المنطقة العام' });
    expect(range?.toString()).to.equal('باسم الوزارة إن 700 عامل وصلوا إلى المنطقة\u200f العام');
    expect(ends(range!)).to.deep.equal(['قال المتحدث باسم ', 12, ' إن 700 عامل وصلوا إلى المنطقة\u200f العام الماضي.', 37]);
    // A negation added ("لم") orphans it.
    const changed = mount('<p dir="rtl">قال المتحدث إن الوزارة لم تؤكد وصول 700 عامل إلى المنطقة العام الماضي.</p>');
    expect(covered(anchorQuote(changed, { exact: 'قال المتحدث إن الوزارة تؤكد وصول 700 عامل إلى المنطقة العام الماضي.' }))).to.equal(null);
  });

  it('anchors around emoji, skin tones, ZWJ sequences and variation selectors', () => {
    const root = mount('<p>Reactions poured in 👍🏽 and 👨\u200d👩\u200d👧 families celebrated ❤\ufe0f loudly.</p>');
    const range = anchorQuote(root, { exact: '👨‍👩‍👧 families celebrated ❤' });
    expect(range?.toString()).to.equal('👨\u200d👩\u200d👧 families celebrated ❤\ufe0f');
    expect(anchorQuote(root, { exact: '👍🏽 and' })?.toString()).to.equal('👍🏽 and');
    expect(anchorQuote(root, { exact: 'in 👍🏽' })?.toString()).to.equal('in 👍🏽');
  });

  it('anchors Cyrillic with NBSP before a dash and guillemets', () => {
    const root = mount('<p>Посол заявил\u00a0— «новых разрешений не выдавалось» с\u00a02017 года.</p>');
    const range = anchorQuote(root, { exact: 'заявил - "новых разрешений не выдавалось" с 2017' });
    expect(range?.toString()).to.equal('заявил\u00a0— «новых разрешений не выдавалось» с\u00a02017');
  });
});

describe('anchorQuote: reading the text', () => {
  it('reads the text anew on each call without an index', () => {
    const root = mount('<p>The first version of the sentence.</p>');
    expect(covered(anchorQuote(root, { exact: 'first version' }))).to.not.equal(null);
    root.querySelector('p')!.textContent = 'The second version of the sentence.';
    expect(covered(anchorQuote(root, { exact: 'first version' }))).to.equal(null);
    expect(anchorQuote(root, { exact: 'second version' })?.toString()).to.equal('second version');
    root.querySelector('p')!.hidden = true;
    expect(covered(anchorQuote(root, { exact: 'second version' }))).to.equal(null);
  });

  it('returns null for an empty quote or an empty root', () => {
    expect(covered(anchorQuote(mount('<p>Text</p>'), { exact: '  ' }))).to.equal(null);
    expect(covered(anchorQuote(mount(''), { exact: 'Text' }))).to.equal(null);
  });
});
