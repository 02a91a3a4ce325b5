// A matcher built the way the Hypothesis client anchors quotes (its published recipe, our
// code): approximate search of the quote with `approx-string-match`, allowing up to half the
// quote's length in errors, where any verbatim copy is taken before approximate ones; each
// candidate is scored by quote similarity, prefix and suffix similarity, and closeness to
// the position hint, weighted 50 / 20 / 20 / 2; the best one wins, with no minimum score.
//
// Two ways of calling it:
//  - perQuote: every quote reads `root.textContent` and walks the text nodes again, as an
//    anchoring client that handles one annotation at a time does;
//  - batch: the text is read once for all 200 quotes (the fairer peer for a batch API).
import search from '/bench/tmp/peers/approx-string-match.js';
import { rangeAt, readText } from './text-map.js';

const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };

function occurrences(text, pattern, maxErrors) {
  const verbatim = [];
  for (let i = text.indexOf(pattern); i !== -1; i = text.indexOf(pattern, i + 1)) {
    verbatim.push({ start: i, end: i + pattern.length, errors: 0 });
  }
  return verbatim.length ? verbatim : search(text, pattern, maxErrors);
}

/** 1 when `pattern` occurs in `text` verbatim, falling to 0 as more edits are needed. */
function similarity(text, pattern) {
  if (!pattern.length || !text.length) return 0;
  const found = occurrences(text, pattern, pattern.length);
  if (!found.length) return 0;
  let least = Infinity;
  for (const m of found) least = Math.min(least, m.errors);
  return 1 - least / pattern.length;
}

/** Best place for `q` in `text` as [start, end), or null when the quote cannot be found at all. */
export function matchInText(text, q) {
  const exact = q.exact;
  if (!exact.length) return null;
  const found = occurrences(text, exact, Math.min(256, Math.floor(exact.length / 2)));
  if (!found.length) return null;
  const prefix = q.prefix ?? '';
  const suffix = q.suffix ?? '';
  const total = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position;
  let best;
  let bestScore = -Infinity;
  for (const m of found) {
    const quoteScore = 1 - m.errors / exact.length;
    const prefixScore = prefix ? similarity(text.slice(Math.max(0, m.start - prefix.length), m.start), prefix) : 1;
    const suffixScore = suffix ? similarity(text.slice(m.end, m.end + suffix.length), suffix) : 1;
    const positionScore = q.hint === undefined ? 1 : 1 - Math.abs(m.start - q.hint) / text.length;
    const score =
      (WEIGHT.quote * quoteScore + WEIGHT.prefix * prefixScore + WEIGHT.suffix * suffixScore + WEIGHT.position * positionScore) / total;
    if (score > bestScore) {
      bestScore = score;
      best = m;
    }
  }
  return [best.start, best.end];
}

/** Offsets to a Range by walking the text nodes from the root, as a one-at-a-time client does. */
function rangeByWalking(root, start, end) {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = root.ownerDocument.createRange();
  let at = 0;
  let startSet = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const next = at + node.data.length;
    if (!startSet && start < next) {
      range.setStart(node, start - at);
      startSet = true;
    }
    if (startSet && end <= next) {
      range.setEnd(node, end - at);
      return range;
    }
    at = next;
  }
  return null;
}

export function hypothesisStylePerQuote(root, quotes, deadline = Infinity) {
  const out = [];
  for (const q of quotes) {
    if (performance.now() > deadline) break;
    const text = root.textContent;
    const hit = matchInText(text, q);
    out.push(hit ? rangeByWalking(root, hit[0], hit[1]) : null);
  }
  return out;
}

export function hypothesisStyle(root, quotes, deadline = Infinity) {
  const map = readText(root);
  const out = [];
  for (const q of quotes) {
    if (performance.now() > deadline) break;
    const hit = matchInText(map.text, q);
    out.push(hit ? rangeAt(map, hit[0], hit[1]) : null);
  }
  return out;
}
