/**
 * Finds a quote in a folded text: exact first, then fuzzy around likely places, then an
 * absolute threshold. DOM-free.
 * @module
 */
import { foldText } from './fold.js';
import { pattern, scan, type Pattern } from './myers.js';
import type { FindOptions, TextQuote, TextSpan } from './types.js';
import { negations, onlyTypos } from './typos.js';

/** Context beyond this adds cost to scoring, not certainty. */
const CONTEXT = 64;
/** Quotes shorter than this occur by chance too easily: their context has to agree. */
const SHORT = 20;
/** A word pair occurring more often than this says little about where a quote is. */
const COMMON = 64;
/**
 * Longest quote, in folded characters, searched for with typos allowed. Fuzzy search costs
 * the length of the text searched times the quote's length over 32 (Myers' bit vectors), so
 * an unbounded quote (the claim schema allows 10,000 characters) would make the cost of one
 * quote grow with the square of its length. Longer quotes, a paragraph or more, are found
 * only as written (after folding: typography, spacing and invisible characters still do
 * not count), or not at all.
 */
export const FUZZY_MAX = 2_000;

interface Candidate {
  s: number;
  e: number;
  /** Edit distance between the quote and `text[s, e)`. */
  d: number;
  /** How well the text around agrees with the prefix and suffix given, 0…1 (1 when none was given). */
  agree: number;
  score: number;
}

/** Finds quotes in one folded text; see {@link createMatcher}. */
export type Matcher = (quote: TextQuote, options?: FindOptions) => TextSpan | null;

/** Where each pair of adjacent words ("word word") of `s` starts. */
function pairs(s: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let prev = -1, i = 0, j = 0; i < s.length; prev = i, i = j + 1) {
    j = s.indexOf(' ', i);
    if (j < 0) j = s.length;
    if (prev >= 0) {
      const key = s.slice(prev, j);
      const at = out.get(key);
      if (at) at.push(prev);
      else out.set(key, [prev]);
    }
  }
  return out;
}

const WORD = /[\p{L}\p{N}]/u;
const lastWords = (s: string): string => s.split(' ').slice(-3).join(' ');

/**
 * A matcher for `text`, which must be folded (`foldText`, or `TextIndex.text`). Reuse it for
 * many quotes: the word-pair table that seeds fuzzy search is built on first need, once.
 *
 * Order of work: every exact occurrence of the folded quote, and one whose context agrees
 * exactly wins at once. Otherwise fuzzy candidates are seeded where the quote's and its
 * context's word pairs occur (rare pairs weigh more), searched with Myers' bit-parallel
 * edit distance in windows there (the whole text only when no pair is found), and ranked
 * by quote similarity, prefix/suffix similarity and distance to the hint. The best
 * candidate that passes the threshold wins: at most one edit in four characters (six for
 * short quotes), only typos and at most one swapped word (see `onlyTypos`), context at
 * least half right, short quotes only with context that agrees, no negation gained or lost
 * just before it, and no copy elsewhere when the place the context points to holds a
 * changed sentence. Otherwise `null`: an orphan is better than a wrong anchor. Quotes longer
 * than {@link FUZZY_MAX} folded characters are only found exactly.
 *
 * Cost of one quote: linear in the text and the quote for the exact search; the fuzzy
 * search scans the text with a bit-parallel pattern of at most FUZZY_MAX characters, once
 * (no word pair seeds it) or in a few windows of about the quote's length.
 */
export function createMatcher(text: string): Matcher {
  const N = text.length;
  let table: Map<string, number[]> | undefined;

  return (quote, { hint } = {}) => {
    const q = foldText(quote.exact);
    const m = q.length;
    if (!m) return null;
    // All the context given must agree for an exact match to win at once (describeRange
    // extends it until unique); for scoring, its nearest CONTEXT characters are enough.
    const fullPre = foldText(quote.prefix ?? '');
    const fullSuf = foldText(quote.suffix ?? '');
    const pre = fullPre.slice(-CONTEXT);
    const suf = fullSuf.slice(0, CONTEXT);
    let preP: Pattern | undefined;
    let sufP: Pattern | undefined;
    let negs: number | undefined;
    const sides = (pre ? 1 : 0) + (suf ? 1 : 0);
    // Edits allowed in all: the word checks (onlyTypos) decide what kind they may be; a
    // synonym swapped in a short sentence may cost a fifth of it.
    const maxErr = Math.max(1, Math.floor(m / (m < SHORT ? 6 : 4)));
    const before = (s: number): number => (text.charCodeAt(s - 1) === 32 ? s - 1 : s);
    const after = (e: number): number => (text.charCodeAt(e) === 32 ? e + 1 : e);
    const cands: Candidate[] = [];

    const add = (s: number, e: number, d: number): void => {
      while (text.charCodeAt(s) === 32) s++;
      while (e > s && text.charCodeAt(e - 1) === 32) e--;
      // A fuzzy match takes whole words where the quote does (its context, as given, has a
      // space or nothing next to it): "In embassy" must not match the "ot embassy" of
      // "In not embassy", so the word checks see what changed.
      if (d) {
        if (!WORD.test(quote.prefix?.slice(-1) ?? '')) while (s && WORD.test(text[s - 1]!)) s--;
        if (!WORD.test(quote.suffix?.[0] ?? '')) while (e < N && WORD.test(text[e]!)) e++;
      }
      const b = before(s);
      const a = after(e);
      const err =
        (pre ? scan(text, (preP ??= pattern(pre)), Math.max(0, b - pre.length - 8), b) / pre.length : 0) +
        (suf ? scan(text, (sufP ??= pattern(suf, true)), a, Math.min(N, a + suf.length + 8)) / suf.length : 0);
      const agree = sides ? 1 - err / sides : 1;
      const near = hint === undefined ? 0 : 2 - Math.min(2, (2 * Math.abs(s - hint)) / N);
      cands.push({ s, e, d, agree, score: 50 * (1 - d / m) + 40 * agree + near });
    };

    const valid = ({ s, e, d, agree }: Candidate): boolean => {
      const b = before(s);
      if (d ? d > maxErr || (sides ? agree < (m < SHORT ? 0.75 : 0.5) : m < SHORT) : m < SHORT && agree < 0.75) return false;
      // "…it did not" + quote is not the quote's claim, however exact the quote: the last
      // words before it must not gain or lose a negation.
      negs ??= negations(lastWords(pre));
      if (pre && negs !== negations(lastWords(text.slice(Math.max(0, b - pre.length), b)))) return false;
      // One word swapped only in a sentence of some length whose context agrees.
      return !d || onlyTypos(q, text.slice(s, e), sides > 0 && agree >= 0.75 && q.split(' ').length > 5);
    };

    const best = (): Candidate | undefined => {
      const c = cands.sort((x, y) => y.score - x.score).find(valid);
      // Where the context points, the sentence changed beyond typos: a copy elsewhere (a
      // pull quote left stale) is no anchor for the claim.
      return c && !(c.agree < 0.5 && cands.some((x) => x.d && x.agree >= 0.8)) ? c : undefined;
    };
    const span = (c: Candidate | undefined): TextSpan | null => (c ? { start: c.s, end: c.e } : null);

    for (let i = text.indexOf(q), n = 0; i >= 0 && n < 1000; i = text.indexOf(q, i + 1), n++) {
      const b = before(i);
      const a = after(i + m);
      if (hint === undefined && (!pre || (b >= fullPre.length && text.startsWith(fullPre, b - fullPre.length))) && text.startsWith(fullSuf, a)) {
        return { start: i, end: i + m };
      }
      add(i, i + m, 0);
    }
    const exact = best();
    if ((exact && exact.agree >= 0.8) || m > FUZZY_MAX) return span(exact);

    // Fuzzy. Each word pair of the quote or its context votes for where the quote would
    // start (pairs, since in a long text even content words are common), the rarer the
    // pair the stronger the vote; the heaviest clusters of votes are the windows worth an
    // edit-distance search.
    table ??= pairs(text);
    const votes: [number, number][] = [];
    const vote = (s: string, off: number): void => {
      for (const [key, offsets] of pairs(s)) {
        const at = table!.get(key) ?? [];
        if (at.length <= COMMON) for (const p of at) for (const i of offsets) votes.push([p - i - off, 1 / at.length]);
      }
    };
    vote(q, 0);
    vote(pre, -pre.length - 1);
    vote(suf, m + 1);
    votes.sort((x, y) => x[0] - y[0]);
    const groups: [number, number, number][] = [];
    for (const [v, w] of votes) {
      const g = groups[groups.length - 1];
      // A group is also cut where it grows wider than the quote and its context: votes of
      // one place drift by the edits, a fraction of the quote. Wider chains are phrases
      // found all over the text (a quote stitched from them), and searching one whole would
      // cost the text's length, not the quote's, for each of the groups searched.
      if (g && v - g[1] <= 16 + (m >> 3) && v - g[0] <= m + 2 * CONTEXT) {
        g[1] = v;
        g[2] += w;
      } else groups.push([v, v, w]);
    }
    groups.sort((x, y) => y[2] - x[2]);

    let fwd: Pattern | undefined;
    let back: Pattern | undefined;
    /** Searches text[from, to) for the quote and adds its best match there. */
    const search = (from: number, to: number): void => {
      let e = 0;
      let d = 1e9;
      // The last of equal minima, and below the first: a changed first or last letter stays in.
      scan(text, (fwd ??= pattern(q)), Math.max(0, from), Math.min(N, to), (pos, dist) => {
        if (dist <= d) [e, d] = [pos, dist];
      });
      if (d > maxErr) return;
      let s = e;
      let least = 1e9;
      scan(text, (back ??= pattern(q, true)), Math.max(0, e - m - maxErr), e, (pos, dist) => {
        if (dist <= least) [s, least] = [pos, dist];
      });
      add(s, e, d);
    };
    for (const [a, b] of groups.slice(0, 6)) search(a - maxErr - 8, b + m + maxErr + 8);
    if (!groups.length) search(0, N);
    return span(best());
  };
}
