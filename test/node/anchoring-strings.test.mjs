// The DOM-free half of claim-cards/anchoring: folding, Myers' search, the typo rules, the
// matcher on plain strings. Runs on tsc's output (dist/).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createMatcher, fold, foldedAt, foldText, onlyTypos, pattern, scan, sourceAt } from '../../dist/anchoring/index.js';

const matchQuote = (text, quote, options) => createMatcher(text)(quote, options);

/** Semi-global edit distance by the textbook DP: best match of `p` ending at each position. */
function naive(text, p) {
  let prev = Array.from({ length: p.length + 1 }, (_, i) => i);
  const out = [];
  for (const ch of text) {
    const cur = [0];
    for (let i = 1; i <= p.length; i++) cur[i] = Math.min(prev[i - 1] + (p[i - 1] === ch ? 0 : 1), prev[i] + 1, cur[i - 1] + 1);
    out.push(cur[p.length]);
    prev = cur;
  }
  return out;
}

/** Deterministic PRNG (mulberry32). */
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('Myers agrees with the DP for short and multi-block patterns, both directions', () => {
  const r = rng(7);
  const pick = (n, abc) => Array.from({ length: n }, () => abc[Math.floor(r() * abc.length)]).join('');
  for (const m of [1, 5, 31, 32, 33, 64, 65, 100, 200]) {
    for (let round = 0; round < 5; round++) {
      const text = pick(300, 'abcd ');
      const p = pick(m, 'abcd ');
      const got = [];
      scan(text, pattern(p), 0, text.length, (pos, d) => got.push([pos, d]));
      assert.deepEqual(got.map(([, d]) => d), naive(text, p), `forward m=${m}`);
      assert.deepEqual(got.map(([pos]) => pos), Array.from({ length: 300 }, (_, i) => i + 1));
      const back = [];
      scan(text, pattern(p, true), 0, text.length, (pos, d) => back.push(d));
      const rev = [...text].reverse().join('');
      const pr = [...p].reverse().join('');
      assert.deepEqual(back, naive(rev, pr), `backward m=${m}`);
      // A window counts from its own start.
      assert.equal(scan(text, pattern(p), 50, 250), naive(text.slice(50, 250), p).at(-1));
    }
  }
});

test('folding: quotes, dashes, spaces, invisibles, NFKC, case kept, map exact', () => {
  assert.equal(foldText('“Curly” ‘single’ «guillemets» it’s'), '"Curly" \'single\' "guillemets" it\'s');
  assert.equal(foldText('a – b — c ‐ d − e'), 'a - b - c - d - e');
  assert.equal(foldText('10\u00a0000\u202fworkers\u2009here\u3000now'), '10 000 workers here now');
  assert.equal(foldText('co\u00adop\u200berat\u200cion\u2060\ufeff'), 'cooperation');
  assert.equal(foldText('  many \n\t spaces  '), 'many spaces');
  assert.equal(foldText('ﬁne … ① Ｆｕｌｌ'), 'fine ... 1 Full');
  assert.equal(foldText('Cafe\u0301'), foldText('Café'));
  assert.equal(foldText('MiXeD Case'), 'MiXeD Case');
  assert.equal(foldText('\u200fمرحبا\u200f بالعالم'), 'مرحبا بالعالم');
  const raw = 'a\u00a0 “😀” ﬁ e\u0301!';
  const { text, map } = fold(raw);
  assert.equal(text, 'a "😀" fi é!');
  // Every folded unit points at the source unit it came from; the end is the source length.
  const src = Array.from({ length: text.length + 1 }, (_, i) => sourceAt(map, i));
  assert.deepEqual(src, [0, 1, 3, 4, 5, 6, 7, 8, 8, 9, 10, 12, 13]);
  // And back: the first folded unit at or after each source offset.
  const back = Array.from({ length: raw.length + 1 }, (_, p) => foldedAt(map, p));
  assert.deepEqual(back, [0, 1, 2, 2, 3, 4, 5, 6, 7, 9, 10, 11, 11, 12]);
});

test('folding a character and folding its NFKC form agree for all of the BMP', () => {
  const bad = [];
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c < 0xe000) continue;
    const ch = String.fromCharCode(c);
    if (foldText(`x${ch}x`) !== foldText(`x${ch.normalize('NFKC')}x`)) bad.push(c.toString(16));
  }
  assert.deepEqual(bad, []);
});

test('the map is monotone and round-trips on random typographic text', () => {
  const r = rng(3);
  const alphabet = ['a', 'b', ' ', '  ', '\n', '\u00a0', '\u202f', '“', '”', '’', '—', '\u00ad', '\u200b', 'ﬁ', 'é', 'e\u0301', '😀', '…', 'ß', 'ا'];
  for (let round = 0; round < 300; round++) {
    const raw = Array.from({ length: 1 + Math.floor(r() * 30) }, () => alphabet[Math.floor(r() * alphabet.length)]).join('');
    const { text, map } = fold(raw);
    let prev = -1;
    for (let i = 0; i <= text.length; i++) {
      const p = sourceAt(map, i);
      assert.ok(p >= prev && p <= raw.length, `monotone in ${JSON.stringify(raw)}`);
      assert.ok(foldedAt(map, p) <= i, `back from ${p} in ${JSON.stringify(raw)}`);
      prev = p;
    }
    assert.equal(sourceAt(map, text.length), raw.length);
    assert.equal(text, text.replace(/ {2,}/g, ' '), 'no double spaces');
  }
});

test('typos pass; changed words, numbers and negations do not', () => {
  const a = 'The ministry confirmed that 700 workers arrived in the region last year';
  assert.ok(onlyTypos(a, 'The ministy confirmed that 700 workers arived in the regon last year'));
  assert.ok(!onlyTypos(a, 'The ministry denied that 700 workers arrived in the region last year'));
  assert.ok(!onlyTypos(a, 'The ministry confirmed that 500 workers arrived in the region last year'));
  assert.ok(!onlyTypos(a, 'The ministry never confirmed that 700 workers arrived in the region last year'));
  assert.ok(!onlyTypos(a, "The ministry confirmed that 700 workers didn't arrive in the region last year"));
  assert.ok(!onlyTypos('the transfer was lawful under the sanctions', 'the transfer was unlawful under the sanctions'));
  assert.ok(!onlyTypos('Министерство подтвердило прибытие рабочих', 'Министерство не подтвердило прибытие рабочих'));
  assert.ok(onlyTypos(a, 'The ministry confirmed that 700 workers arrived in teh region last year'), 'letters swapped');
  // One word swapped for a synonym passes only when the caller allows a swap (context agrees)…
  const synonym = 'The ministry confirmed that 700 labourers arrived in the region last year';
  assert.ok(!onlyTypos(a, synonym));
  assert.ok(onlyTypos(a, synonym, true));
  // …and never when the word is one of denial, direction, quantity or hedging, or a name.
  assert.ok(!onlyTypos(a, 'The ministry denied that 700 workers arrived in the region last year', true));
  // An ordinary word swapped passes as an editor's change: the price of recall after edits.
  assert.ok(onlyTypos(a, 'The ministry confirmed that 700 workers landed in the region last year', true));
  assert.ok(!onlyTypos(a, 'The ministry confirmed that 700 fewer workers arrived in the region last year', true));
  assert.ok(!onlyTypos(a, 'The ministry reportedly confirmed that 700 workers arrived in the region last year', true));
  assert.ok(!onlyTypos(a, 'The Kremlin confirmed that 700 workers arrived in the region last year', true));
  assert.ok(!onlyTypos(a, 'The ministry confirmed that 700 labourers arrived in the area last year', true), 'two swaps');
});

test('matcher on strings: exact, context, fuzzy, threshold', () => {
  const text = foldText(
    'Officials met on Monday. The ministry confirmed that 700 workers arrived in the region last year. ' +
      'Critics disagreed. The ministry confirmed that 700 workers arrived in the region last year. Nothing else.',
  );
  const exact = 'The ministry confirmed that 700 workers arrived in the region last year.';
  const first = matchQuote(text, { exact });
  assert.equal(text.slice(first.start, first.end), exact);
  assert.equal(first.start, text.indexOf(exact));
  const second = matchQuote(text, { exact, prefix: 'Critics disagreed. ' });
  assert.equal(second.start, text.lastIndexOf(exact));
  const hinted = matchQuote(text, { exact }, { hint: 150 });
  assert.equal(hinted.start, text.lastIndexOf(exact));
  const fuzzy = matchQuote(text, { exact: 'The ministry confirmd that 700 workers arrived in the regin last year.', prefix: 'Critics disagreed.' });
  assert.equal(text.slice(fuzzy.start, fuzzy.end), exact);
  assert.equal(fuzzy.start, text.lastIndexOf(exact));
  assert.equal(matchQuote(text, { exact: 'The ministry denied that 700 workers arrived in the region last year.' }), null);
  assert.equal(matchQuote(text, { exact: 'The ministry confirmed that 900 workers arrived in the region last year.' }), null);
  assert.equal(matchQuote(text, { exact: 'Critics agreed.', suffix: 'The ministry' }), null, 'short quote, one word changed');
  assert.equal(matchQuote(text, { exact: '' }), null);
});
