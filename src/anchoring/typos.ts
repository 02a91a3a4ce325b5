/**
 * Tells a typo-level edit of a sentence from a change of what it says. DOM-free.
 *
 * An edit-distance threshold alone lets "confirmed" → "denied", "700" → "500" or an added
 * "not" through: they cost a few characters in a long sentence. So the check works word by
 * word, and any word replaced, added or dropped, any digit changed and any negation gained
 * or lost rejects the match.
 * @module
 */
const NEG = 'no not never none nor neither nothing nobody nowhere without cannot не нет ни никогда без لا لم لن ليس غير 不 没 未 無 안 못'.split(' ');
// Prefix pairs that turn a word into its opposite, sorted and joined by "|": "|un" for
// lawful/unlawful, "de|in" for increase/decrease.
const FLIPS = new Set('|un |in |im |il |ir |a |dis |non |non- |mis de|in ex|in ex|im'.split(' '));
// The same pairs both ways round, for building the word a prefix swap would make.
const FLIP_PAIRS = [...FLIPS].flatMap((pair) => {
  const [x, y] = pair.split('|');
  return [
    [x, y],
    [y, x],
  ];
}) as [string, string][];

// Punctuation and symbols are trimmed by walking the word, never by a pattern such as
// `[\p{P}\p{S}]+$` or `[\p{P}\p{S}]* [\p{P}\p{S}]*`: those retry from every character of a
// long run, quadratic on a quote of punctuation (50 k characters: seconds).
const PUNCT = /[\p{P}\p{S}]/u;

/** `w` without the punctuation and symbols at its ends (code points, as the `u` flag reads them). */
function trimPunct(w: string): string {
  let start = -1;
  let end = 0;
  let i = 0;
  for (const c of w) {
    i += c.length;
    if (!PUNCT.test(c)) {
      if (start < 0) start = i - c.length;
      end = i;
    }
  }
  return start < 0 ? '' : w.slice(start, end);
}

/**
 * The words of `s`, lower-cased, without the punctuation next to the spaces between them or
 * at the ends ("«No!» she said" → `no`, `she`, `said`); a piece of punctuation alone between
 * spaces gives an empty word.
 */
const words = (s: string): string[] => s.toLowerCase().split(' ').map(trimPunct);

/**
 * Edit distance between two words, a swap of neighbouring letters counting as one edit, up
 * to `limit`: any distance above it comes back as `limit + 1`. Callers only ask whether a
 * word changed by at most a few letters, so only the band of diagonals within `limit` of
 * the main one is computed: linear in the length of the words, where the full table was
 * their product (one 10,000-letter word of Chinese text against another: 1.7 s).
 */
function distance(a: string, b: string, limit: number): number {
  const over = limit + 1;
  // Each edit changes the length by one at most.
  if (Math.abs(a.length - b.length) > limit) return over;
  // Rows i - 2, i - 1 and i of the table, by diagonal: cell (i, j) at j - i + limit. Cells
  // off the band or the table are at least `over` (a cell is at least |i - j|).
  let before: number[] = [];
  let prev = Array.from({ length: 2 * over - 1 }, (_, d) => (d < limit ? over : d - limit));
  let row: number[] = [];
  for (let i = 1; i <= a.length; i++) {
    for (let d = 0; d < 2 * over - 1; d++) {
      const j = i + d - limit;
      row[d] =
        j < 0 || j > b.length
          ? over
          : !j
            ? Math.min(i, over)
            : Math.min(
                over,
                (prev[d + 1] ?? over) + 1,
                (row[d - 1] ?? over) + 1,
                prev[d]! + (a[i - 1] === b[j - 1] ? 0 : 1),
                i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] ? before[d]! + 1 : over,
              );
    }
    [before, prev, row] = [prev, row, before];
  }
  return prev[b.length - a.length + limit]!;
}

/**
 * How many negating words (`not`, `never`, `…n't`, and a few in other languages) `s` holds;
 * a typo in one ("nott", "nnone") keeps it one, as long as its first letter stands.
 */
export function negations(s: string): number {
  return words(s).filter((w) => w.endsWith("n't") || NEG.some((n) => n === w || (w.length > 3 && n[0] === w[0] && distance(n, w, 1) < 2))).length;
}

/** Whether `x` is `y` turned into its opposite by a prefix, or the other way round. */
function flipped(x: string, y: string): boolean {
  let k = 0;
  while (k < x.length && k < y.length && x[x.length - 1 - k] === y[y.length - 1 - k]) k++;
  return k > 2 && FLIPS.has([x.slice(0, -k), y.slice(0, -k)].sort().join('|'));
}

// Words whose swap changes what a claim says, even when the rest is kept: denials,
// directions, quantities, hedges. (A swap of other words may be an editor's synonym.)
const POLAR = /^(?:den[yi]|refut|reject|disput|contradict|false|untrue|few|less|lower|fell|fall|drop|declin|decreas|ros|rise|increas|more|higher|most|least|all$|some|many|only|alleg|reportedly|possibl|might|could)/;

/**
 * Whether some word of `others` is `x` turned into its opposite by a prefix (see
 * {@link flipped}). Only the few words a prefix pair can make from `x` are looked up, rather
 * than every word tried: a long quote with many changed words would cost their product.
 */
function hasFlip(x: string, others: Set<string>): boolean {
  return FLIP_PAIRS.some(([mine, theirs]) => {
    if (!x.startsWith(mine)) return false;
    const y = theirs + x.slice(mine.length);
    // The shared ending may be longer than the swapped prefixes suggest: flipped() decides.
    return others.has(y) && flipped(x, y);
  });
}

/**
 * Words of `a` compared with the words of `b` at about the same position (the same word
 * number, give or take one): how many have no counterpart with at most a third of their
 * letters changed (rounded up, at most 3), and whether one of those changed at all is a
 * word of denial, direction, quantity or hedging. -1 when a word turned into its opposite by
 * a prefix, or a name was replaced.
 */
function replaced(a: string, b: string): [number, boolean] | -1 {
  const mine = a.split(' ');
  const other = b.split(' ');
  const plainOther = new Set(other.map((y) => trimPunct(y.toLowerCase())));
  let count = 0;
  let polar = false;
  for (let i = 0; i < mine.length; i++) {
    const w = mine[i]!;
    const plain = trimPunct(w.toLowerCase());
    const at = (i * (other.length - 1)) / (mine.length - 1 || 1);
    // Only whether the nearest counterpart is unchanged, or changed beyond `limit`, matters.
    const limit = Math.min(3, Math.ceil(w.length / 3));
    let least = Math.min(w.length, limit + 1);
    for (let j = Math.max(0, Math.floor(at) - 1); j <= at + 1 && j < other.length; j++) least = Math.min(least, distance(w, other[j]!, limit));
    if (least) {
      if (hasFlip(plain, plainOther)) return -1;
      polar ||= POLAR.test(plain);
    }
    if (least > limit) {
      if (i && /^\p{Lu}/u.test(w)) return -1;
      count++;
    }
  }
  return [count, polar];
}

const digits = (s: string): string => s.replace(/\P{Nd}/gu, '');

/**
 * Whether `b` says what `a` says, up to typos: the same digits, the same number of
 * negations, and each word of either found near its place in the other with at most a third
 * of its letters changed (so no word added or dropped) and not turned into its opposite by a
 * prefix ("lawful" → "unlawful", "increase" → "decrease"). With `swap`, one word may be
 * replaced by another (an editor's synonym: "said" → "stated"), added or dropped, unless it
 * is a word of denial, direction, quantity or hedging ("confirmed" → "denied", "rose" →
 * "fell", "allegedly") or a name. Both are folded, trimmed, single-spaced.
 */
export function onlyTypos(a: string, b: string, swap = false): boolean {
  if (digits(a) !== digits(b) || negations(a) !== negations(b)) return false;
  const ra = replaced(a, b);
  const rb = replaced(b, a);
  if (ra === -1 || rb === -1) return false;
  const n = ra[0] + rb[0];
  // A swap shows on one side or both (a short word may come close to part of a longer
  // one), and must not touch a word of denial, direction, quantity or hedging on either.
  return !n || (swap && ra[0] < 2 && rb[0] < 2 && !ra[1] && !rb[1]);
}
