/**
 * Tells a typo-level edit of a sentence from a change of what it says. DOM-free.
 *
 * An edit-distance threshold alone lets "confirmed" → "denied", "700" → "500" or an added
 * "not" through: they cost a few characters in a long sentence. So the check works word by
 * word, and any word replaced, added or dropped, any digit changed and any negation gained
 * or lost rejects the match.
 * @module
 */
const NEG = new Set('no not never none nor neither nothing nobody nowhere without cannot не нет ни никогда без لا لم لن ليس غير 不 没 未 無 안 못'.split(' '));
// Prefix pairs that turn a word into its opposite, sorted and joined by "|": "|un" for
// lawful/unlawful, "de|in" for increase/decrease.
const FLIPS = new Set('|un |in |im |il |ir |a |dis |non |non- |mis de|in ex|in ex|im'.split(' '));
const EDGE_PUNCT = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

const words = (s: string): string[] => s.toLowerCase().replace(EDGE_PUNCT, '').split(/[\p{P}\p{S}]* [\p{P}\p{S}]*/u);

/** Edit distance between two words, a swap of neighbouring letters counting as one edit. */
function distance(a: string, b: string): number {
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 0; i < a.length; i++) {
    const row = [i + 1];
    for (let j = 0; j < b.length; j++) {
      row[j + 1] = Math.min(prev[j + 1]! + 1, row[j]! + 1, prev[j]! + (a[i] === b[j] ? 0 : 1));
      if (i && j && a[i] === b[j - 1] && a[i - 1] === b[j]) row[j + 1] = Math.min(row[j + 1]!, before[j - 1]! + 1);
    }
    [before, prev] = [prev, row];
  }
  return prev[b.length]!;
}

/**
 * How many negating words (`not`, `never`, `…n't`, and a few in other languages) `s` holds;
 * a typo in one ("nott", "nnone") keeps it one, as long as its first letter stands.
 */
export function negations(s: string): number {
  return words(s).filter((w) => w.endsWith("n't") || [...NEG].some((n) => n === w || (w.length > 3 && n[0] === w[0] && distance(n, w) < 2))).length;
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
 * Words of `a` compared with the words of `b` at about the same position (the same word
 * number, give or take one): how many have no counterpart with at most a third of their
 * letters changed (rounded up, at most 3), and whether one of those changed at all is a
 * word of denial, direction, quantity or hedging. -1 when a word turned into its opposite by
 * a prefix, or a name was replaced.
 */
function replaced(a: string, b: string): [number, boolean] | -1 {
  const mine = a.split(' ');
  const other = b.split(' ');
  let count = 0;
  let polar = false;
  for (let i = 0; i < mine.length; i++) {
    const w = mine[i]!;
    const plain = words(w)[0]!;
    const at = (i * (other.length - 1)) / (mine.length - 1 || 1);
    let least = w.length;
    for (let j = Math.max(0, Math.floor(at) - 1); j <= at + 1 && j < other.length; j++) least = Math.min(least, distance(w, other[j]!));
    if (least) {
      if (other.some((y) => flipped(plain, words(y)[0]!))) return -1;
      polar ||= POLAR.test(plain);
    }
    if (least > Math.min(3, Math.ceil(w.length / 3))) {
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
