// The DOM-free anchoring functions on quotes built to be slow: long runs of punctuation,
// one long word (Chinese has no spaces), thousands of changed words, quotes as long as the
// claim schema allows. Each input here took the old code seconds to minutes (quadratic in
// the length of a word, a punctuation run or the word count); each must now take well
// under a second and still give the right answer.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMatcher, fold, foldText, negations, onlyTypos } from '../../dist/anchoring/index.js';
import { FUZZY_MAX } from '../../dist/anchoring/match.js';

/** Runs `fn` and returns [result, milliseconds]. */
function timed(fn) {
  const t = performance.now();
  const result = fn();
  return [result, performance.now() - t];
}
const fast = (ms) => assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);

// xorshift32, seeded: the same text on every run.
let seed = 2024;
const random = (n) => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
};
const latin = (n) => Array.from({ length: n }, () => String.fromCharCode(97 + random(26))).join('');
// CJK ideographs from U+4E20 on, past 不 (U+4E0D), so no word of it reads as a negation.
const cjk = (n) => Array.from({ length: n }, () => String.fromCharCode(0x4e20 + random(3000))).join('');
/** `s` with the unit at `at` replaced by another. */
const edit = (s, at) => s.slice(0, at) + (s[at] === 'q' ? 'z' : 'q') + s.slice(at + 1);
/** The first position from `from` on inside a word of at least three letters: a typo there stays a typo. */
const inWord = (s, from) => {
  let i = from;
  while (!/[a-z]{3}/.test(s.slice(i - 1, i + 2))) i++;
  return i;
};
const sentence = () => `${Array.from({ length: 8 + random(10) }, () => latin(2 + random(8))).join(' ')}.`;

describe('word checks', () => {
  test('negations: punctuation is trimmed at word edges, in linear time', () => {
    // Old: about 2 s for 50 k characters of punctuation between words, 30 s for 200 k.
    const [count, ms] = timed(() => negations(`Not ${'!?'.repeat(100_000)}x never «no»`));
    fast(ms);
    assert.equal(count, 3);
    assert.equal(negations('«Not» — (never)! ...'), 2);
    assert.equal(negations('nott nnone 😀not😀 no!'), 4);
    assert.equal(negations(`${'!'.repeat(100_000)}`), 0);
  });

  test('onlyTypos: words inside long punctuation runs', () => {
    // Old: 17.6 s for runs of 20 k.
    const run = '!'.repeat(100_000);
    const [same, ms] = timed(() => onlyTypos(`a ${run}b c`, `a ${run}b c`));
    fast(ms);
    assert.equal(same, true);
    assert.equal(onlyTypos(`a ${run}ministry c`, `a ${run}ministy c`), true);
    assert.equal(onlyTypos(`a ${run}confirmed c`, `a ${run}denied c`), false);
  });

  test('onlyTypos: one long word (text without spaces), banded edit distance', () => {
    // One 50,000-character word: the old full table had 2.5 billion cells.
    const word = cjk(50_000);
    const [typo, ms] = timed(() => onlyTypos(word, edit(word, 25_000)));
    fast(ms);
    assert.equal(typo, true);
    // Three edits in the word pass (at most 3 per word), four do not.
    const three = edit(edit(edit(word, 10), 20_000), 40_000);
    assert.equal(onlyTypos(word, three), true);
    assert.equal(onlyTypos(word, edit(three, 45_000)), false);
    // A word of another length: no table at all.
    const [longer, ms2] = timed(() => onlyTypos(word, `${word}${cjk(10)}`));
    fast(ms2);
    assert.equal(longer, false);
  });

  test('onlyTypos: 20,000 words each with a typo, and a prefix that flips one', () => {
    // Each changed word was checked for a prefix flip against every word of the other side.
    // Eight letters: two random words that differ only by a flipping prefix ("ex…"/"in…")
    // are then too unlikely to turn up.
    const words = Array.from({ length: 20_000 }, () => latin(8));
    const a = words.join(' ');
    const typos = words.map((w) => edit(w, 2)).join(' ');
    const [ok, ms] = timed(() => onlyTypos(a, typos));
    fast(ms);
    assert.equal(ok, true);
    const flipped = [...words.slice(0, 10_000), 'lawful', ...words.slice(10_000)];
    const [no, ms2] = timed(() => onlyTypos(flipped.join(' '), flipped.map((w) => (w === 'lawful' ? 'unlawful' : edit(w, 2))).join(' ')));
    fast(ms2);
    assert.equal(no, false);
  });
});

describe('matcher on long quotes', () => {
  const between = (text, s) => [text.indexOf(s), text.indexOf(s) + s.length];

  test(`a quote of FUZZY_MAX (${FUZZY_MAX}) characters with one typo, in a 400,000-character page`, () => {
    let q = '';
    while (q.length < FUZZY_MAX) q += `${sentence()} `;
    q = q.slice(0, FUZZY_MAX).trimEnd();
    const before = Array.from({ length: 3_000 }, sentence).join(' ');
    const after = Array.from({ length: 3_000 }, sentence).join(' ');
    const typo = edit(q, inWord(q, 1_000));
    const page = `${before} ${typo} ${after}`;
    const [span, ms] = timed(() => createMatcher(page)({ exact: q }));
    fast(ms);
    assert.deepEqual(span && [span.start, span.end], between(page, typo));
  });

  test(`a Chinese quote of FUZZY_MAX characters with one typo, in a 200,000-character page (no word pairs: the whole text is searched)`, () => {
    const q = cjk(FUZZY_MAX);
    const typo = edit(q, 700);
    const page = `${cjk(100_000)}。${typo}。${cjk(100_000)}`;
    const [span, ms] = timed(() => createMatcher(page)({ exact: q }));
    fast(ms);
    assert.deepEqual(span && [span.start, span.end], between(page, typo));
  });

  test('a quote as long as the schema allows (10,000 characters): found exactly, and only exactly', () => {
    // Old: 2.1 s for a 10 k quote without spaces with one edit; 1.9 s for one in Chinese.
    for (const q of [latin(10_000), cjk(10_000), Array.from({ length: 2_000 }, () => latin(4)).join(' ')]) {
      const page = `${sentence()} ${q} ${sentence()}`;
      const [exact, ms] = timed(() => createMatcher(page)({ exact: q }));
      fast(ms);
      assert.deepEqual(exact && [exact.start, exact.end], between(page, q));
      // Beyond FUZZY_MAX a typo orphans the quote, by design, at once.
      const typo = `${sentence()} ${edit(q, 5_000)} ${sentence()}`;
      const [orphan, ms2] = timed(() => createMatcher(typo)({ exact: q }));
      fast(ms2);
      assert.equal(orphan, null);
    }
  });

  test('a quote stitched from word pairs found all over the page', () => {
    // Every pair votes for a place; spread over the page, the votes used to chain into one
    // group as wide as the page, searched whole with the quote's full pattern.
    const vocabulary = Array.from({ length: 3_000 }, () => latin(5));
    const pageWords = Array.from({ length: 66_000 }, () => vocabulary[random(vocabulary.length)]);
    const page = pageWords.join(' ');
    const quoteWords = [];
    while (quoteWords.join(' ').length < FUZZY_MAX) {
      const i = random(pageWords.length - 2);
      quoteWords.push(pageWords[i], pageWords[i + 1]);
    }
    const q = quoteWords.join(' ').slice(0, FUZZY_MAX).trim();
    const [span, ms] = timed(() => createMatcher(page)({ exact: q }));
    fast(ms);
    assert.equal(span, null);
  });
});

describe('folding long runs of combining marks', () => {
  // The normalizer orders a run of marks by insertion: classes 230 and 220 alternating make
  // that quadratic (a page with 100,000 stacked marks folded in 7.9 s; a 10,000-mark quote
  // in 150 ms). Runs longer than 30 are normalized in pieces of 30.
  const marks = (n) => '\u0301\u0316'.repeat(n / 2);

  test('a page and a quote with 200,000 stacked marks', () => {
    const raw = `Before the run, x${marks(200_000)} after the run.`;
    const [folded, ms] = timed(() => fold(raw));
    fast(ms);
    assert.ok(folded.text.startsWith('Before the run, '));
    assert.ok(folded.text.endsWith(' after the run.'));
    const [quote, ms2] = timed(() => foldText(`x${marks(200_000)}`));
    fast(ms2);
    // Quote and page fold alike, so the quote is found where it stands.
    const span = createMatcher(folded.text)({ exact: quote });
    assert.deepEqual(span, { start: 16, end: 16 + quote.length });
  });

  test('runs of up to 30 marks are normalized whole, as before', () => {
    for (const n of [2, 10, 30]) {
      const raw = `e${marks(n)} a\u0316\u0301`;
      assert.equal(foldText(raw), raw.normalize('NFKC'));
    }
  });
});
