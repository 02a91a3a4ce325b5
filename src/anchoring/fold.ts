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

// What folds, as code unit ranges [first, last]. Only NFKC-stable characters need listing:
// NFKC applies first (a test checks every BMP character for that).
const SPACES = [9, 13, 32, 32, 0x85, 0x85, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000];
// C0/C1 controls, soft hyphen, joiners, bidi controls, variation selectors, BOM.
const DROPS = [0, 8, 0x0e, 0x1f, 0x7f, 0x84, 0x86, 0x9f, 0xad, 0xad, 0x34f, 0x34f, 0x61c, 0x61c, 0x180e, 0x180e, 0x200b, 0x200f, 0x202a, 0x202e, 0x2060, 0x206f, 0xfe00, 0xfe0f, 0xfeff, 0xfeff];
const APOS = [0x2bc, 0x2bc, 0x2018, 0x201b, 0x2032, 0x2032, 0x2035, 0x2035, 0x2039, 0x203a];
const QUOT = [0xab, 0xab, 0xbb, 0xbb, 0x201c, 0x201f];
const DASH = [0x2010, 0x2015, 0x2212, 0x2212, 0x2e3a, 0x2e3b];
// Compatibility characters common in news text (ellipsis, ™, ½, ², ligatures), normalized
// on the spot so that a second, NFKC pass over the whole text is rarely needed.
const COMPAT = [0xa8, 0xa8, 0xaa, 0xaa, 0xaf, 0xaf, 0xb2, 0xb5, 0xb8, 0xba, 0xbc, 0xbe, 0x2024, 0x2026, 0x2122, 0x2122, 0xfb00, 0xfb06];

// What the fold does with each code unit, by table. Where something folds is found by one
// regular expression (see kindTable), so the text between, most of it, is scanned in
// native code: a JavaScript loop over every unit runs at the speed of whatever tier V8 has
// compiled it to, which on a page's first anchoring pass is rarely the fastest.
const KEEP = 0;
const SPACE = 1;
const DROP = 2;
const COMPATIBLE = 3;
/** Kinds from here on are replaced one unit for one, by {@link ONE_FOR_ONE}. */
const SWAP = 4;
const ONE_FOR_ONE = ["'", '"', '-'];
let kinds: Uint8Array | undefined;
let next: RegExp | undefined;
const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
/** A character class body for the units from `from` on whose kind `want` accepts, in runs of at least `min`. */
function runs(t: Uint8Array, from: number, want: (k: number) => boolean, min = 1): string {
  let out = '';
  for (let c = from; c < t.length; c++) {
    if (!want(t[c]!)) continue;
    let e = c;
    while (e + 1 < t.length && want(t[e + 1]!)) e++;
    if (e - c + 1 >= min) out += `${hex(c)}-${hex(e)}`;
    c = e;
  }
  return out;
}
function kindTable(): Uint8Array {
  if (kinds) return kinds;
  const t = new Uint8Array(0x10000);
  [SPACES, DROPS, COMPAT, APOS, QUOT, DASH].forEach((ranges, i) => {
    for (let r = 0; r < ranges.length; r += 2) t.fill(i < 3 ? SPACE + i : SWAP + i - 3, ranges[r], ranges[r + 1]! + 1);
  });
  // Hits: a unit outside printable ASCII and the long runs of units that never fold (most
  // scripts' letters: a class of a few dozen ranges stays fast), and a space followed by
  // space or an invisible. A hit may still be a unit to keep; the table decides.
  next = new RegExp(`[^ -~${runs(t, 0x7f, (k) => k === KEEP, 64)}]| [${runs(t, 0, (k) => k === SPACE || k === DROP)}]`, 'g');
  return (kinds = t);
}

function foldPass(raw: string, nfkc: boolean): Folded {
  const kind = kindTable();
  const parts: string[] = [];
  const pairs: number[] = [];
  let n = 0;
  let sp = true;
  /** Writes `s`, which comes from source offset `at` on; a space after a space is dropped. */
  const out = (s: string, at: number): void => {
    if (sp && kind[s.charCodeAt(0)] === SPACE) {
      s = s.slice(1);
      at++;
    }
    if (!s) return;
    const k = pairs.length;
    // A new pair only where the source stops advancing with the text.
    if (!k || pairs[k - 1]! + n - pairs[k - 2]! !== at) pairs.push(n, at);
    parts.push(s);
    n += s.length;
    sp = kind[s.charCodeAt(s.length - 1)] === SPACE;
  };
  /** Writes the NFKC form of `s`; every unit of an expansion ("…" → "...") maps to its start. */
  const normalized = (s: string, at: number): void => {
    for (let i = 0, j = 0; i < s.length; i = j) {
      j = clusterEnd(s, i);
      const piece = s.slice(i, j);
      const norm = piece.normalize('NFKC');
      if (norm === piece) out(piece, at + i);
      else {
        // NFKC may give characters that fold further (a double prime, two primes).
        for (const u of norm) {
          const k = kind[u.charCodeAt(0)]!;
          out(k >= SWAP ? ONE_FOR_ONE[k - SWAP]! : u, at + i);
        }
      }
    }
  };
  /** Writes raw[from, to): text without anything to fold but NFKC. */
  const copy = (from: number, to: number): void => {
    if (to <= from) return;
    const run = raw.slice(from, to);
    if (nfkc && nfkcOf(run) !== run) normalized(run, from);
    else out(run, from);
  };
  const L = raw.length;
  const find = next!;
  let from = 0;
  find.lastIndex = 0;
  for (let m = find.exec(raw); m; m = find.exec(raw)) {
    const i = m.index;
    const k = kind[raw.charCodeAt(i)]!;
    if (k === KEEP) {
      find.lastIndex = i + 1;
      continue;
    }
    let j = i + 1;
    copy(from, i);
    if (k === SPACE || k === DROP) {
      // Invisible characters, then maybe whitespace with more invisibles in it: one space
      // if any whitespace is there, nothing otherwise.
      while (j < L && kind[raw.charCodeAt(j)] === DROP) j++;
      const blank = k === SPACE || (j < L && kind[raw.charCodeAt(j)] === SPACE);
      while (blank && j < L && (kind[raw.charCodeAt(j)] === SPACE || kind[raw.charCodeAt(j)] === DROP)) j++;
      if (blank) out(' ', i);
    } else if (k === COMPATIBLE) normalized(raw[i]!, i);
    else out(ONE_FOR_ONE[k - SWAP]!, i);
    from = find.lastIndex = j;
  }
  copy(from, L);
  pairs.push(n, L);
  return { text: parts.join(''), map: Int32Array.from(pairs) };
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
