/**
 * Typography folding with an exact map back to the source. DOM-free.
 *
 * Both the page text and every quote go through the same {@link fold}, so a quote typed
 * with straight quotes and plain spaces matches a page set with curly quotes and NBSP.
 * @module
 */

/** Folded text with the way back to its source. */
export interface Folded {
  /** The folded text. */
  text: string;
  /**
   * Pairs `[folded offset, source offset]`, flattened: from a pair's folded offset to the
   * next pair's, source offsets advance with the text. The last pair is
   * `[text.length, source length]`. Read it with {@link sourceAt} and {@link foldedAt}.
   */
  map: Int32Array;
}

/** The least `i` in [0, n) for which the (monotone) `past(i)` holds; `n` when none does. */
export function first(n: number, past: (i: number) => boolean): number {
  let lo = 0;
  while (lo < n) {
    const mid = (lo + n) >> 1;
    if (past(mid)) n = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The source offset of folded unit `i` (`i` = text length gives the source length). */
export function sourceAt(map: Int32Array, i: number): number {
  const k = first(map.length >> 1, (j) => map[2 * j]! > i) - 1;
  return map[2 * k + 1]! + i - map[2 * k]!;
}

/** The first folded unit whose source offset is at least `p` (the text length when none is). */
export function foldedAt(map: Int32Array, p: number): number {
  const last = (map.length >> 1) - 1;
  // Each pair's last unit comes from source offset map[2k+1] + (map[2k+2] - map[2k]) - 1.
  const k = first(last, (j) => map[2 * j + 1]! + map[2 * j + 2]! - map[2 * j]! > p);
  return map[2 * k]! + (k < last ? Math.max(0, p - map[2 * k + 1]!) : 0);
}

const MARK = /\p{M}/u;
/** Per BMP unit: 0 not known yet, 1 a combining mark, 2 not one. Filled as units are met. */
const markUnits = new Uint8Array(0x10000);

/** Whether code point `c` is a combining mark (`\p{M}`); a table lookup for most text. */
const isMark = (c: number): boolean =>
  c > 0xffff ? MARK.test(String.fromCodePoint(c)) : c >= 0x300 && (markUnits[c] ||= MARK.test(String.fromCharCode(c)) ? 1 : 2) < 2;

/**
 * Most combining marks normalized together. The normalizer puts a run of marks in order by
 * insertion, quadratic in its length: a page with 100,000 stacked marks folded in 8 s.
 * Unicode's stream-safe format cuts runs at 30 for the same reason; real text never comes
 * near (a Vietnamese letter carries two). Longer runs fold in pieces, so a re-fold of their
 * folded text may order their marks differently: such text still matches, only not exactly.
 */
const MARKS_MAX = 30;

/**
 * End (exclusive) of the cluster that starts at `i`: one code point and the combining marks
 * after it, {@link MARKS_MAX} marks at most (a longer run goes on in the next cluster, a
 * mark first, as {@link nfkcOf} cuts it). Normalizing whole clusters lets "e" + U+0301 and
 * "é" fold alike.
 */
export function clusterEnd(s: string, i: number): number {
  let j = i;
  for (let c = s.codePointAt(j), marks = 0; c !== undefined; c = s.codePointAt(j)) {
    const mark = isMark(c);
    if (j > i && (!mark || marks === MARKS_MAX)) break;
    if (mark) marks++;
    j += c > 0xffff ? 2 : 1;
  }
  return j;
}

/**
 * `s.normalize('NFKC')`, with runs of more than {@link MARKS_MAX} marks cut every that many
 * marks and normalized in pieces, so the cost stays linear.
 */
function nfkcOf(s: string): string {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0, run = 0, c = 0; i < s.length; i += c > 0xffff ? 2 : 1) {
    c = s.charCodeAt(i);
    // A high surrogate: read the code point (the cheaper charCodeAt serves the rest).
    if (c >> 10 === 0x36) c = s.codePointAt(i)!;
    if (!isMark(c)) run = 0;
    else if (run++ === MARKS_MAX) {
      parts.push(s.slice(from, i).normalize('NFKC'));
      from = i;
      run = 1;
    }
  }
  parts.push(s.slice(from).normalize('NFKC'));
  return parts.join('');
}

// What folds, as regular-expression classes. Only NFKC-stable characters need listing:
// NFKC applies first (a test checks every BMP character for that).
const SPACES = '\\t-\\r\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
// C0/C1 controls, soft hyphen, joiners, bidi controls, variation selectors, BOM.
const DROPS = '\\0-\\x08\\x0e-\\x1f\\x7f-\\x84\\x86-\\x9f\\xad\\u034f\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufe00-\\ufe0f\\ufeff';
const APOS = '\\u02bc\\u2018-\\u201b\\u2032\\u2035\\u2039\\u203a';
const QUOT = '\\xab\\xbb\\u201c-\\u201f';
const DASH = '\\u2010-\\u2015\\u2212\\u2e3a\\u2e3b';
// Compatibility characters common in news text (ellipsis, ™, ½, ², ligatures), normalized
// on the spot so that a second, NFKC pass over the whole text is rarely needed.
const COMPAT = '\\xa8\\xaa\\xaf\\xb2-\\xb5\\xb8-\\xba\\xbc-\\xbe\\u2024-\\u2026\\u2122\\ufb00-\\ufb06';

const re = (source: string, flags?: string): RegExp => new RegExp(source, flags);
const WS = `[ ${SPACES}]`;
const WS_OR_DROP = `[ ${SPACES}${DROPS}]`;
// What changes length: whitespace runs (invisible characters in them included), invisible
// characters, compatibility characters. All the rest folds one unit for one.
const STRETCH = re(`${WS}${WS_OR_DROP}+|[${DROPS}]+(?:${WS}${WS_OR_DROP}*)?|[${COMPAT}]`, 'g');
/** The folded whitespace set, by code unit: cheaper than a regular expression per piece. */
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
const HAS_WS = re(WS);
const IS_COMPAT = re(`^[${COMPAT}]`);
// One unit for one: spaces in a pass of their own (the most frequent), then the rest.
const SPACE = re(`[${SPACES}]`, 'g');
// Three plain replacements run faster than one with a callback per character.
const APOS_G = re(`[${APOS}]`, 'g');
const QUOT_G = re(`[${QUOT}]`, 'g');
const DASH_G = re(`[${DASH}]`, 'g');

function foldPass(raw: string, nfkc: boolean): Folded {
  const parts: string[] = [];
  const pairs: number[] = [];
  let n = 0;
  let sp = true;
  /** Writes `s`, which comes from source offset `at` on; a space after a space is dropped. */
  const out = (s: string, at: number): void => {
    if (sp && isSpace(s.charCodeAt(0))) {
      s = s.slice(1);
      at++;
    }
    if (!s) return;
    const k = pairs.length;
    // A new pair only where the source stops advancing with the text.
    if (!k || pairs[k - 1]! + n - pairs[k - 2]! !== at) pairs.push(n, at);
    parts.push(s);
    n += s.length;
    sp = isSpace(s.charCodeAt(s.length - 1));
  };
  /** Writes the NFKC form of `s`; every unit of an expansion ("…" → "...") maps to its start. */
  const normalized = (s: string, at: number): void => {
    for (let i = 0, j = 0; i < s.length; i = j) {
      j = clusterEnd(s, i);
      const piece = s.slice(i, j);
      const norm = piece.normalize('NFKC');
      if (norm === piece) out(piece, at + i);
      else for (const u of norm) out(u, at + i);
    }
  };
  STRETCH.lastIndex = 0;
  for (let pos = 0; ; ) {
    const m = STRETCH.exec(raw);
    const i = m ? m.index : raw.length;
    if (i > pos) {
      const run = raw.slice(pos, i);
      if (nfkc && nfkcOf(run) !== run) normalized(run, pos);
      else out(run, pos);
    }
    if (!m) break;
    const hit = m[0];
    pos = i + hit.length;
    if (IS_COMPAT.test(hit)) normalized(hit, i);
    else if (HAS_WS.test(hit)) out(' ', i);
  }
  pairs.push(n, raw.length);
  const text = parts.join('').replace(SPACE, ' ').replace(APOS_G, "'").replace(QUOT_G, '"').replace(DASH_G, '-');
  return { text, map: Int32Array.from(pairs) };
}

/**
 * Folds `raw` for matching and keeps the map back to it: curly quotes → straight, dashes →
 * "-", NBSP and other spaces → " ", soft hyphen, zero-width and bidi controls removed,
 * whitespace runs collapsed to one space (none at the start), NFKC, case kept.
 */
export function fold(raw: string): Folded {
  const fast = foldPass(raw, false);
  // Most text is NFKC already; only otherwise is it folded again, through NFKC. Below
  // U+0100 every character that NFKC changes was folded above, so Latin-1 text (most
  // folded news text) skips the check.
  return !/[^\0-\xff]/.test(fast.text) || nfkcOf(fast.text) === fast.text ? fast : foldPass(raw, true);
}

/** {@link fold} for a quote: just the text, without a trailing space. */
export function foldText(s: string): string {
  // Plain ASCII, single-spaced and trimmed, is folded already (most quotes and contexts).
  return /[^ -~]|  |^ | $/.test(s) ? fold(s).text.trimEnd() : s;
}
