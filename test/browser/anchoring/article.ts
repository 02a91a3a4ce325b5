// A seeded generator of long news-like articles with known quote positions, for the stress
// test (and for timing by hand). Markup as publishers write it: paragraphs, headings,
// emphasis and links, words split across spans, curly quotes, NBSP, ad blocks, pull
// quotes, hidden and script text. Each quoted sentence sits in <span data-s="N"> so a test
// knows where the quote truly is.

export type Variant = 'exact' | 'drift' | 'edited' | 'absent';

export interface GeneratedQuote {
  exact: string;
  prefix: string;
  suffix: string;
  /** Sentence number: the right place is `[data-s="N"]`. */
  sentence: number;
  /** The quote is no longer in the text (only a lookalike remains): it must orphan. */
  absent: boolean;
  /** A verbatim copy of the original stands in a pull quote elsewhere. */
  pulled: boolean;
}

export interface GeneratedArticle {
  html: string;
  quotes: GeneratedQuote[];
  words: number;
}

/** mulberry32 */
export function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNCTION_WORDS = 'the of and to in a that is was for on with as by at from it said has have were be this which their its after before more than'.split(' ');
const REAL = 'ministry workers permits sanctions officials confirmed denied reported embassy labour contracts region companies government spokesperson agreement figures report allegations ambassador construction'.split(' ');
const SYLLABLES = 'ka ro mi ne tu sa lo vi da pe zu ri ho ga te bo ni ma ku le'.split(' ');
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function vocabulary(): { words: string[]; cumulative: number[] } {
  const r = rng(99);
  const words = [...FUNCTION_WORDS, ...REAL];
  const seen = new Set(words);
  while (words.length < 4000) {
    let w = '';
    const n = 2 + Math.floor(r() * 3);
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  // Zipf-like weights: function words first, a long tail of rare words.
  const cumulative: number[] = [];
  let sum = 0;
  for (let i = 0; i < words.length; i++) cumulative.push((sum += 1 / (i + 3)));
  return { words, cumulative };
}

const VOCAB = vocabulary();

function pickWord(r: () => number): string {
  const x = r() * VOCAB.cumulative[VOCAB.cumulative.length - 1]!;
  let lo = 0;
  let hi = VOCAB.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (VOCAB.cumulative[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return VOCAB.words[lo]!;
}

/** A sentence as plain text (what the quote says), with page typography. */
function sentence(r: () => number): string {
  const n = 8 + Math.floor(r() * 20);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(pickWord(r));
  words[0] = words[0]![0]!.toUpperCase() + words[0]!.slice(1);
  if (r() < 0.3) words.splice(2 + Math.floor(r() * (n - 3)), 0, `${1 + Math.floor(r() * 99)}\u00a0${String(Math.floor(r() * 1000)).padStart(3, '0')}`);
  if (r() < 0.3) {
    const i = 1 + Math.floor(r() * (words.length - 4));
    words[i] = `“${words[i]}`;
    words[i + 2] = `${words[i + 2]}”`;
  }
  if (r() < 0.2) words[1 + Math.floor(r() * (words.length - 2))] += '’s';
  if (r() < 0.2) words.splice(3 + Math.floor(r() * (words.length - 4)), 0, '—');
  if (r() < 0.2) words[4] += ',';
  return `${words.join(' ')}.`;
}

/** About `rate` of the letters changed (substituted, inserted or deleted). */
export function typos(s: string, rate: number, r: () => number): string {
  let out = '';
  for (const ch of s) {
    if (/[a-z]/i.test(ch) && r() < rate) {
      const op = r();
      const other = LETTERS[Math.floor(r() * 26)]!;
      if (op < 0.4) out += other;
      else if (op < 0.7) out += ch + other;
      // else: deleted
    } else out += ch;
  }
  return out;
}

/**
 * The same sentence saying something else, as a later version of an article might: a figure
 * changed, a negation added, a word of denial or quantity swapped in, or half the words
 * rewritten. (One ordinary word swapped is an editor's synonym, not a lookalike.)
 */
export function lookalike(s: string, r: () => number): string {
  const words = s.split(' ');
  const kind = r();
  const at = 1 + Math.floor(r() * (words.length - 2));
  const number = words.findIndex((w) => /\d/.test(w));
  if (kind < 0.25 && number >= 0) words[number] = words[number]!.replace(/\d/, (d) => String((Number(d) + 3) % 10));
  else if (kind < 0.5) words.splice(at, 0, 'not');
  else if (kind < 0.75) words.splice(at, 1, ['denied', 'fewer', 'allegedly', 'never'].find((w) => w !== words[at]) ?? 'never');
  else for (let i = 1; i < words.length; i += 2) words[i] = pickWord(r);
  return words.join(' ');
}

/** An editor's synonyms among the generator's real words. */
const SYNONYMS: Record<string, string> = { workers: 'labourers', reported: 'noted', companies: 'firms', figures: 'data', contracts: 'agreements', officials: 'authorities' };

/** One word swapped for its synonym, if the sentence has one. */
export function synonym(s: string): string {
  const words = s.split(' ');
  const i = words.findIndex((w) => SYNONYMS[w]);
  if (i >= 0) words[i] = SYNONYMS[words[i]!]!;
  return words.join(' ');
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Markup for one sentence: some words emphasized or linked, some split across spans. */
function markup(s: string, r: () => number): string {
  return s
    .split(' ')
    .map((w) => {
      const x = r();
      const e = escape(w);
      if (x < 0.04) return `<em>${e}</em>`;
      if (x < 0.07) return `<a href="#w">${e}</a>`;
      if (x < 0.09 && w.length > 5) return `${escape(w.slice(0, 3))}<span class="k">${escape(w.slice(3))}</span>`;
      return e;
    })
    .join(' ');
}

const flatten = (s: string): string => s.replace(/[“”]/g, '"').replace(/’/g, "'").replace(/\u00a0/g, ' ').replace(/—/g, '-');

/**
 * An article of about `words` words with `count` quotes of the given variant, one in ten of
 * them also repeated verbatim in a pull quote elsewhere.
 */
export function generateArticle(seed: number, words: number, count: number, variant: Variant): GeneratedArticle {
  const r = rng(seed);
  const sentences: string[] = [];
  let total = 0;
  while (total < words) {
    const s = sentence(r);
    sentences.push(s);
    total += s.split(' ').length;
  }
  // Quotes: evenly spread sentences, skipping the very first and last.
  const step = Math.floor((sentences.length - 4) / count);
  const chosen = Array.from({ length: count }, (_, i) => 2 + i * step);
  const quoted = new Set(chosen);
  const pulled = new Set(chosen.filter((_, i) => i % 10 === 3));
  const page = sentences.slice();
  const edits = rng(seed + 1);
  for (const k of chosen) {
    if (variant === 'edited') {
      page[k] = synonym(page[k]!);
      for (const j of [k - 1, k, k + 1]) page[j] = typos(page[j]!, 0.04, edits);
    }
    if (variant === 'absent') page[k] = lookalike(page[k]!, edits);
  }
  // The plain text as the index should read it (original wording), to cut context from.
  let plain = '';
  const at: number[] = [];
  let html = '';
  let paragraph: number[] = [];
  const pending: [number, number][] = [];
  const flush = (n: number): void => {
    html += `<p>${paragraph.map((k) => (quoted.has(k) ? `<span data-s="${k}">${markup(page[k]!, r)}</span>` : markup(page[k]!, r))).join(' ')}</p>\n`;
    for (const k of paragraph) {
      at[k] = plain.length;
      plain += `${sentences[k]} `;
    }
    paragraph = [];
    if (n % 7 === 6) {
      const h = sentence(r).split(' ').slice(0, 5).join(' ');
      html += `<h2>${escape(h)}</h2>\n`;
      plain += `${h} `;
    }
    if (n % 5 === 4) {
      html += `<div class="ad" aria-label="Advertisement">Advertisement · <a href="#ad">Subscribe now</a> for ${n} days free</div>\n`;
      plain += `Advertisement · Subscribe now for ${n} days free `;
    }
    if (n % 9 === 8) html += `<div hidden>${escape(sentence(r))}</div><script>var x${n} = "${n}";</script>\n`;
    // A pull quote stands two paragraphs after its original, so its context differs.
    const p = pending[0]?.[1] === n ? pending.shift()![0] : undefined;
    if (p !== undefined) {
      html += `<aside class="pull"><p>${escape(sentences[p]!)}</p></aside>\n`;
      plain += `${sentences[p]} `;
    }
  };
  let n = 0;
  for (let k = 0; k < sentences.length; k++) {
    paragraph.push(k);
    if (pulled.has(k) && variant !== 'absent') pending.push([k, n + 2]);
    if (paragraph.length >= 3 + (k % 4)) flush(n++);
  }
  if (paragraph.length) flush(n++);
  const drift = variant === 'drift' ? flatten : (s: string): string => s;
  const quotes = chosen.map((k) => {
    const start = at[k]!;
    const end = start + sentences[k]!.length;
    return {
      exact: drift(sentences[k]!),
      prefix: drift(plain.slice(Math.max(0, start - 32), start)),
      suffix: drift(plain.slice(end, end + 32)),
      sentence: k,
      absent: variant === 'absent',
      pulled: pulled.has(k) && variant !== 'absent',
    };
  });
  return { html, quotes, words: total };
}
