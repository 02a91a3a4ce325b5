// The generated article and its 200 quotes, in three page versions:
//   original  the page as it was when the quotes were taken (variants "exact" and "typography")
//   edited    the text in and around every quoted passage retouched (~5 % of its characters);
//             the pull quotes still repeat the old wording verbatim
//   absent    every quoted sentence rewritten into a lookalike (negation, other figures, about
//             half its words changed): the quote is no longer in the page
// Every page is rendered together with its text exactly as the DOM will join its text nodes,
// so ground truth is a pair of offsets into that text.
import search from 'approx-string-match';
import { Random } from './prng.mjs';
import * as S from './sentences.mjs';
import * as W from './words.mjs';

const { NBSP } = W;
export const QUOTE_COUNT = 200;
export const PULL_QUOTE_COUNT = 20;
export const CONTEXT = 32;
const TARGET_WORDS = 50_000;
/** Characters that a "typography drift" quote writes differently from the page. */
/** No other passage of the report lies within this share of edits of a quoted passage. */
const TWIN = 0.25;
const TYPOGRAPHY = /[‘’“”\u00a0]/;

// ---------------------------------------------------------------- HTML with its text

const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s) => escapeText(s).replace(/"/g, '&quot;');

/** Writes HTML and, in step, the text its text nodes will hold. */
class Emitter {
  constructor() {
    this.html = [];
    this.textParts = [];
    this.length = 0;
    this.textNodes = 0;
    this.lastWasText = false;
  }

  open(tag, attrs = {}) {
    const a = Object.entries(attrs).map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeAttr(String(v))}"`)).join('');
    this.html.push(`<${tag}${a}>`);
    this.lastWasText = false;
  }

  close(tag) {
    this.html.push(`</${tag}>`);
    this.lastWasText = false;
  }

  empty(tag, attrs = {}) {
    this.open(tag, attrs);
  }

  text(s) {
    if (!s) return;
    this.html.push(escapeText(s));
    this.textParts.push(s);
    this.length += s.length;
    if (!this.lastWasText) this.textNodes++;
    this.lastWasText = true;
  }

  get text_() {
    return this.textParts.join('');
  }
}

const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48);

/**
 * Inline markup over a run of text: links over a few words, emphasis, and words split
 * across elements (a link that stops before "’s", a highlighted half word, a <wbr>).
 * The same `r` gives the same markup for the same text.
 */
function renderInline(out, text, r, { dropCap = false } = {}) {
  const tokens = text.split(/( +)/); // words at even indices, runs of spaces at odd ones
  const words = tokens.length;
  const spans = []; // {from, to (token indices, inclusive, even), tag, attrs}
  const taken = new Array(words).fill(false);
  const claim = (from, to) => {
    for (let i = from; i <= to; i++) if (taken[i]) return false;
    for (let i = from; i <= to; i++) taken[i] = true;
    return true;
  };
  const wordIndex = () => 2 * r.int(0, Math.floor((words - 1) / 2));
  const links = r.chance(0.7) ? (r.chance(0.35) ? 2 : 1) : 0;
  for (let k = 0; k < links; k++) {
    const from = wordIndex();
    const to = Math.min(words - 1, from + 2 * r.int(0, 3));
    if (claim(from, to)) spans.push({ from, to, tag: 'a', attrs: { href: `https://example.org/news/${slug(tokens[from])}-${r.int(100, 999)}` } });
  }
  const emphasis = r.int(0, 3);
  for (let k = 0; k < emphasis; k++) {
    const from = wordIndex();
    const to = Math.min(words - 1, from + 2 * r.int(0, 2));
    if (claim(from, to)) spans.push({ from, to, tag: r.pick(['em', 'strong', 'em', 'i', 'b']), attrs: {} });
  }
  const splits = new Map(); // token index -> kind
  const splitCount = r.int(0, 3);
  for (let k = 0; k < splitCount; k++) {
    const i = wordIndex();
    if (tokens[i].length >= 6 && claim(i, i)) splits.set(i, r.pick(['span', 'wbr', 'possessive', 'em']));
  }
  if (dropCap && tokens[0].length >= 2 && !taken[0]) splits.set(0, 'dropcap');

  const starts = new Map(spans.map((s) => [s.from, s]));
  let open;
  for (let i = 0; i < words; i++) {
    const start = starts.get(i);
    if (start) {
      out.open(start.tag, start.attrs);
      open = start;
    }
    const token = tokens[i];
    const kind = splits.get(i);
    if (!kind) {
      out.text(token);
    } else if (kind === 'dropcap') {
      out.open('span', { class: 'dropcap' });
      out.text(token[0]);
      out.close('span');
      out.text(token.slice(1));
    } else if (kind === 'possessive' && /’s[,.]?$/.test(token)) {
      const cut = token.indexOf('’s');
      out.open('a', { href: `https://example.org/topics/${slug(token.slice(0, cut))}` });
      out.text(token.slice(0, cut));
      out.close('a');
      out.text(token.slice(cut));
    } else {
      const cut = Math.max(2, Math.min(token.length - 2, Math.floor(token.length / 2)));
      out.text(token.slice(0, cut));
      if (kind === 'wbr') out.empty('wbr');
      else {
        out.open(kind === 'em' ? 'em' : 'span', kind === 'em' ? {} : { class: 'hl' });
        out.text(token.slice(cut, cut + 2));
        out.close(kind === 'em' ? 'em' : 'span');
      }
      out.text(kind === 'wbr' ? token.slice(cut) : token.slice(cut + 2));
    }
    if (open && open.to === i) {
      out.close(open.tag);
      open = undefined;
    }
  }
  if (open) out.close(open.tag);
}

// ---------------------------------------------------------------- the article model

function buildModel(seed) {
  const r = new Random(`${seed}/article`);
  const blocks = [];
  let words = 0;
  const countWords = (s) => s.split(/\s+/).filter(Boolean).length;
  const push = (block) => {
    blocks.push(block);
    words += countWords(block.text ?? block.items?.join(' ') ?? '');
  };
  push({ type: 'h1', text: 'Denials, permits and a building site in Vladivostok: how North Korean labour stayed in Russia' });
  push({ type: 'byline', text: `By ${S.person(r)} and ${S.person(r)} · ${r.int(1, 28)}${NBSP}${r.pick(W.MONTHS)} 2024` });
  let sinceHeading = 0;
  let sinceAd = 0;
  let afterHeading = true;
  while (words < TARGET_WORDS) {
    if (sinceHeading >= r.int(6, 11)) {
      push({ type: r.chance(0.8) ? 'h2' : 'h3', text: S.headline(r) });
      sinceHeading = 0;
      afterHeading = true;
      continue;
    }
    if (sinceAd >= r.int(3, 6)) {
      const kind = r.next();
      if (kind < 0.55) push({ type: 'ad', text: r.pick(['Subscribe from $1 a week', 'Support independent reporting', 'Get the morning briefing', 'Listen to our podcast']) });
      else if (kind < 0.8) push({ type: 'related', items: [S.relatedTitle(r), S.relatedTitle(r), S.relatedTitle(r)] });
      else push({ type: 'figure', text: S.caption(r) });
      sinceAd = 0;
      continue;
    }
    if (r.chance(0.04)) {
      push({ type: 'ul', items: Array.from({ length: r.int(3, 5) }, () => S.listItem(r)) });
    } else {
      const sentences = Array.from({ length: r.int(2, 6) }, () => S.sentence(r));
      push({ type: 'p', text: sentences.join(' '), dropCap: afterHeading });
    }
    afterHeading = false;
    sinceHeading++;
    sinceAd++;
  }
  return blocks;
}

/** [start, end) of each sentence of a paragraph's text. */
function sentenceSpans(text) {
  const spans = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '.' && (i + 1 === text.length || text[i + 1] === ' ') && !/(Mr|St)$/.test(text.slice(start, i))) {
      spans.push([start, i + 1]);
      start = i + 2;
    }
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}

/** [start, end) of each word (run of non-spaces) inside text[from, to). */
function wordSpans(text, from, to) {
  const out = [];
  const re = / +/g;
  let start = from;
  const part = text.slice(from, to);
  let m;
  while ((m = re.exec(part))) {
    if (m.index + from > start) out.push([start, m.index + from]);
    start = m.index + from + m[0].length;
  }
  if (to > start) out.push([start, to]);
  return out;
}

const countOccurrences = (hay, needle) => {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) n++;
  return n;
};

/** Picks one passage of 8-40 words in each of 200 paragraphs, spread over the article. */
function chooseQuotes(blocks, seed) {
  const r = new Random(`${seed}/quotes`);
  const paragraphs = blocks.map((b, i) => (b.type === 'p' ? i : -1)).filter((i) => i >= 0);
  const allText = blocks.filter((b) => b.type === 'p').map((b) => b.text).join('\n');
  const offsetOf = new Map();
  let offset = 0;
  for (const i of paragraphs) {
    offsetOf.set(i, offset);
    offset += blocks[i].text.length + 1;
  }
  // No other passage of the report may be within 25 % edits of a quote: templates repeat, and a
  // near twin would make "edited" and "absent" ambiguous for any matcher.
  const hasNearTwin = (exact, at) => {
    const others = allText.slice(0, at) + '\u0000'.repeat(exact.length) + allText.slice(at + exact.length);
    return search(others, exact, Math.floor(exact.length * TWIN)).length > 0;
  };
  const chosen = [];
  const used = new Set();
  // Even spread: one candidate window per quote, a random paragraph inside it.
  const window = paragraphs.length / QUOTE_COUNT;
  for (let q = 0; q < QUOTE_COUNT; q++) {
    const lo = Math.floor(q * window);
    const hi = Math.max(lo, Math.floor((q + 1) * window) - 1);
    let best;
    for (let attempt = 0; attempt < 600 && !best; attempt++) {
      // Its own window first; anywhere in the article if that window has nothing suitable.
      const block = paragraphs[attempt < 200 ? r.int(lo, hi) : r.int(0, paragraphs.length - 1)];
      if (used.has(block)) continue;
      const text = blocks[block].text;
      const [ss, se] = r.pick(sentenceSpans(text));
      const words = wordSpans(text, ss, se);
      if (words.length < 8) continue;
      let from = 0;
      let to = words.length - 1;
      if (words.length > 40 || r.chance(0.45)) {
        const len = r.int(8, Math.min(40, words.length));
        from = r.int(0, words.length - len);
        to = from + len - 1;
      }
      const start = words[from][0];
      const end = words[to][1];
      const exact = text.slice(start, end);
      if (exact.split(/\s+/).length > 40) continue;
      if (!TYPOGRAPHY.test(exact) && attempt < 50) continue;
      // Keep quoted paragraphs apart, so one quote's edits never reach another's context.
      if (used.has(block - 1) || used.has(block + 1)) continue;
      if (countOccurrences(allText, exact) !== 1) continue;
      if (hasNearTwin(exact, offsetOf.get(block) + start)) continue;
      best = { block, start, end, sentence: [ss, se] };
    }
    if (!best) throw new Error(`generator: no unique passage found for quote ${q}`);
    used.add(best.block);
    chosen.push(best);
  }
  // Pull quotes: 20 of the quoted sentences repeated verbatim a few blocks earlier.
  const pulled = new Set(r.shuffle(chosen.map((_, i) => i)).slice(0, PULL_QUOTE_COUNT));
  chosen.forEach((q, i) => {
    q.pull = pulled.has(i) ? { before: Math.max(2, q.block - r.int(1, 4)) } : undefined;
  });
  return chosen;
}

// ---------------------------------------------------------------- the two edited pages

function replaceWordLike(word, r) {
  const core = word.replace(/[^A-Za-z]+$/, '');
  const tail = word.slice(core.length);
  const options = W.FILLER_WORDS.filter((w) => Math.abs(w.length - core.length) <= 2 && w !== core.toLowerCase());
  const next = r.pick(options.length ? options : W.FILLER_WORDS);
  return (core[0] === core[0]?.toUpperCase() ? next[0].toUpperCase() + next.slice(1) : next) + tail;
}

/**
 * Retouches ~5 % of the characters of text[qs, qe) and a little of the 32 characters either
 * side, as a copy editor would, without changing what the sentence claims: in half the
 * passages only typos (made or fixed: a letter changed, dropped, added or two swapped), in
 * the other half one word swapped for a synonym and typos for the rest. Returns the new text,
 * where the passage now is, and which kind of edit it got.
 */
function retouch(text, qs, qe, r) {
  const edits = []; // {at, remove, insert}
  const used = [];
  const free = (a, b) => used.every(([x, y]) => b <= x || a >= y);
  const quoteLen = qe - qs;
  let budget = Math.max(2, Math.round(0.05 * quoteLen));
  let kind = 'typos';
  if (r.chance(0.5)) {
    for (const [a] of r.shuffle(wordSpans(text, qs, qe))) {
      const core = text.slice(a).match(/^[A-Za-z]+/)?.[0] ?? '';
      const swap = W.SYNONYMS[core];
      if (!swap) continue;
      const cost = levenshtein(core, swap);
      if (cost > budget + 1) continue;
      edits.push({ at: a, remove: core.length, insert: swap });
      used.push([a - 1, a + core.length + 1]);
      budget -= cost;
      kind = 'synonym';
      break;
    }
  }
  const typo = (a, b) => {
    const candidates = [];
    for (let i = a; i < b; i++) if (/[a-z]/.test(text[i]) && free(i - 1, i + 2)) candidates.push(i);
    if (!candidates.length) return false;
    const i = r.pick(candidates);
    const kind = r.int(0, 3);
    const letter = String.fromCharCode(97 + r.int(0, 25));
    if (kind === 0) edits.push({ at: i, remove: 1, insert: letter === text[i] ? 'e' : letter });
    else if (kind === 1) edits.push({ at: i, remove: 1, insert: '' });
    else if (kind === 2) edits.push({ at: i, remove: 0, insert: letter });
    else if (/[a-z]/.test(text[i + 1] ?? '')) edits.push({ at: i, remove: 2, insert: text[i + 1] + text[i] });
    else edits.push({ at: i, remove: 0, insert: text[i] });
    used.push([i - 1, i + 3]);
    return true;
  };
  while (budget > 0 && typo(qs, qe)) budget--;
  // Context: one or two retouches in the 32 characters each side, when they are in this paragraph.
  for (const [a, b] of [[Math.max(0, qs - CONTEXT), qs], [qe, Math.min(text.length, qe + CONTEXT)]]) {
    if (b - a < 8) continue;
    for (let k = r.int(1, 2); k > 0; k--) typo(a, b);
  }
  edits.sort((x, y) => y.at - x.at);
  let out = text;
  let start = qs;
  let end = qe;
  for (const e of edits) {
    out = out.slice(0, e.at) + e.insert + out.slice(e.at + e.remove);
    const delta = e.insert.length - e.remove;
    if (e.at < start) {
      start += delta;
      end += delta;
    } else if (e.at < end) end += delta;
  }
  return { text: out, start, end, kind };
}

const NEGATIONS = [
  [/ had (?!not )/, ' had not '], [/ were (?!not )/, ' were never '], [/ was (?!not )/, ' was not '],
  [/ have (?!not )/, ' have never '], [/ did not /, ' did '], [/ didn’t /, ' did '], [/ don’t /, ' do '],
  [/ do not /, ' do '], [/ said that /, ' denied that '], [/ no new /, ' many new '], [/ none at all/, ' in their hundreds'],
];

/**
 * A lookalike of a sentence, as a later version of the article might hold it: the claim
 * turned round (negation), other figures, and about half the ordinary words changed.
 */
function lookalike(sentence, r, strength) {
  let out = sentence;
  for (const [re, to] of NEGATIONS) {
    if (re.test(out)) {
      out = out.replace(re, to);
      break;
    }
  }
  out = out.replace(/\d[\d,.]*\d|\d/g, (n) => {
    let next;
    do next = String(r.int(1, 9)) + n.slice(1).replace(/\d/g, () => String(r.int(0, 9)));
    while (next === n);
    return next;
  });
  // Past full strength, names and places change too (a different official, another city).
  const names = strength > 1 ? strength - 1 : 0;
  out = out
    .split(' ')
    .map((w) => {
      if (/^[a-z]{3,}[,.]?$/.test(w) && r.chance(Math.min(1, strength))) return replaceWordLike(w, r);
      if (/^[A-Z][a-z]{2,}[,.]?$/.test(w) && r.chance(names)) return r.pick(W.PLACES).split(' ')[0] + w.replace(/^[A-Za-z]+/, '');
      return w;
    })
    .join(' ');
  return out;
}

/** Fewest edits turning `quote` into some substring of `text` (Myers, via approx-string-match). */
export function bestErrors(text, quote) {
  const found = search(text, quote, quote.length);
  return found.length ? Math.min(...found.map((m) => m.errors)) : quote.length;
}

// ---------------------------------------------------------------- rendering a version

function renderPage(blocks, quotes, version, seed) {
  const out = new Emitter();
  const pullsBefore = new Map();
  quotes.forEach((q, i) => {
    if (!q.pull) return;
    const list = pullsBefore.get(q.pull.before) ?? [];
    list.push(i);
    pullsBefore.set(q.pull.before, list);
  });
  const paragraphStart = new Map();
  const nl = () => out.text('\n');
  blocks.forEach((block, index) => {
    for (const qi of pullsBefore.get(index) ?? []) {
      const q = quotes[qi];
      const text = version.pullText(qi, q);
      out.open('blockquote', { class: 'pull-quote' });
      out.open('p');
      out.text(`“${text}”`);
      out.close('p');
      out.close('blockquote');
      nl();
    }
    const markup = new Random(`${seed}/markup/${index}`);
    const text = version.blockText(index, block);
    switch (block.type) {
      case 'h1':
      case 'h2':
      case 'h3':
        out.open(block.type, { id: `s${index}` });
        out.text(text);
        out.close(block.type);
        break;
      case 'byline':
        out.open('p', { class: 'byline' });
        out.text(text);
        out.close('p');
        break;
      case 'p':
        out.open('p');
        paragraphStart.set(index, out.length);
        renderInline(out, text, markup, { dropCap: block.dropCap });
        out.close('p');
        break;
      case 'ul':
        out.open('ul');
        for (const item of block.items) {
          nl();
          out.open('li');
          renderInline(out, item, markup);
          out.close('li');
        }
        nl();
        out.close('ul');
        break;
      case 'ad':
        out.open('aside', { class: 'ad', 'aria-label': 'Advertisement' });
        nl();
        out.open('p', { class: 'ad-label' });
        out.text('Advertisement');
        out.close('p');
        nl();
        out.open('div', { class: 'ad-slot' });
        out.open('a', { href: 'https://ads.example.net/click?id=' + index });
        out.text(text);
        out.close('a');
        out.close('div');
        nl();
        out.close('aside');
        break;
      case 'related':
        out.open('aside', { class: 'related' });
        out.open('h4');
        out.text('Read more');
        out.close('h4');
        out.open('ul');
        for (const item of block.items) {
          out.open('li');
          out.open('a', { href: `https://example.org/news/${slug(item)}` });
          out.text(item);
          out.close('a');
          out.close('li');
        }
        out.close('ul');
        out.close('aside');
        break;
      case 'figure':
        out.open('figure');
        out.empty('img', { src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', alt: 'Building site', width: 640, height: 360 });
        out.open('figcaption');
        out.text(text);
        out.close('figcaption');
        out.close('figure');
        break;
      default:
        throw new Error(`unknown block ${block.type}`);
    }
    nl();
  });
  return { html: out.html.join(''), text: out.text_, textNodes: out.textNodes, paragraphStart };
}

// ---------------------------------------------------------------- everything together

const fold = (s) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');

export function makeCorpus(seed = 'claim-cards-bench-1') {
  const blocks = buildModel(seed);
  const quotes = chooseQuotes(blocks, seed);
  const r = new Random(`${seed}/versions`);

  // Edited paragraphs and lookalike sentences, worked out once per quote.
  const edited = quotes.map((q) => retouch(blocks[q.block].text, q.start, q.end, r));
  const rewritten = quotes.map((q) => {
    const text = blocks[q.block].text;
    const [ss, se] = q.sentence;
    const exact = text.slice(q.start, q.end);
    for (let strength = 0.45; ; strength += 0.1) {
      const sentence = lookalike(text.slice(ss, se), r, strength);
      const page = text.slice(0, ss) + sentence + text.slice(se);
      const errors = bestErrors(page, exact);
      if (errors / exact.length >= 0.3 || strength >= 2) return { text: page, sentence, errors };
    }
  });
  const byBlock = (list) => new Map(quotes.map((q, i) => [q.block, list[i].text]));
  const editedBlocks = byBlock(edited);
  const absentBlocks = byBlock(rewritten);

  const original = renderPage(blocks, quotes, {
    blockText: (i, b) => b.text ?? '',
    pullText: (qi, q) => blocks[q.block].text.slice(...q.sentence),
  }, seed);
  const editedPage = renderPage(blocks, quotes, {
    blockText: (i, b) => editedBlocks.get(i) ?? b.text ?? '',
    pullText: (qi, q) => blocks[q.block].text.slice(...q.sentence), // the stale pull quote
  }, seed);
  const absentPage = renderPage(blocks, quotes, {
    blockText: (i, b) => absentBlocks.get(i) ?? b.text ?? '',
    pullText: (qi) => rewritten[qi].sentence,
  }, seed);

  const spans = { exact: [], typography: [], edited: [], absent: [] };
  const sets = { exact: [], typography: [], edited: [], absent: [] };
  quotes.forEach((q, i) => {
    const s = original.paragraphStart.get(q.block) + q.start;
    const e = original.paragraphStart.get(q.block) + q.end;
    const selector = {
      exact: original.text.slice(s, e),
      prefix: original.text.slice(Math.max(0, s - CONTEXT), s),
      suffix: original.text.slice(e, e + CONTEXT),
      hint: s,
    };
    sets.exact.push(selector);
    sets.typography.push({ exact: fold(selector.exact), prefix: fold(selector.prefix), suffix: fold(selector.suffix), hint: s });
    sets.edited.push(selector);
    sets.absent.push(selector);
    spans.exact.push([s, e]);
    spans.typography.push([s, e]);
    const es = editedPage.paragraphStart.get(q.block);
    spans.edited.push([es + edited[i].start, es + edited[i].end]);
    spans.absent.push(null);
  });

  const words = original.text.split(/\s+/).filter(Boolean).length;
  return {
    seed,
    pages: Object.fromEntries(
      Object.entries({ original, edited: editedPage, absent: absentPage }).map(([k, p]) => [k, { html: p.html, text: p.text, textNodes: p.textNodes }]),
    ),
    pageFor: { exact: 'original', typography: 'original', edited: 'edited', absent: 'absent' },
    quotes: sets,
    truth: spans,
    pulled: quotes.map((q) => Boolean(q.pull)),
    editKind: edited.map((e) => e.kind),
    stats: {
      words,
      characters: original.text.length,
      textNodes: original.textNodes,
      quoteWords: sets.exact.map((q) => q.exact.split(/\s+/).length),
      editedPercent: quotes.map((q, i) => {
        const exact = sets.exact[i].exact;
        const now = editedPage.text.slice(...spans.edited[i]);
        return (100 * levenshtein(exact, now)) / exact.length;
      }),
      absentPercent: rewritten.map((x, i) => (100 * x.errors) / sets.exact[i].exact.length),
    },
  };
}

export function levenshtein(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

export { fold as foldTypography };
