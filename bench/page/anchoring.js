// The anchoring page's harness. The article is in #article; Node drives it through
// `window.bench`: setQuotes once, then run(lib) as many times as the schedule says, each
// run timing all 200 quotes, index building included. Results come back as offsets into
// the joined text of the page's text nodes (what the ground truth is written in).
import { floor, floorFolded } from './matchers/floor.js';
import { hypothesisStyle, hypothesisStylePerQuote } from './matchers/hypothesis-style.js';
import { apacheAnnotator, domAnchorTextQuote } from './matchers/peers.js';
import * as cc from './matchers/claim-cards.js';
import { readText } from './matchers/text-map.js';

const root = document.getElementById('article');
const map = readText(root);
const slot = new Map(map.nodes.map((node, i) => [node, i]));

/** Page-text offset of a Range boundary (text node or element container). */
function offsetOf(container, offset) {
  const i = slot.get(container);
  if (i !== undefined) return map.starts[i] + Math.min(offset, container.length);
  const probe = document.createRange();
  probe.setStart(container, offset);
  let lo = 0;
  let hi = map.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (probe.comparePoint(map.nodes[mid], 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < map.nodes.length ? map.starts[lo] : map.length;
}

const LIBS = {
  claimCards: cc.available ? cc.claimCards : undefined,
  floor,
  floorFolded,
  hypothesisStyle,
  hypothesisStylePerQuote,
  domAnchorTextQuote,
  apacheAnnotator,
};

let quotes = [];

window.bench = {
  text: map.text,
  textNodes: map.nodes.length,
  claimCards: { available: cc.available, path: cc.path, reason: cc.unavailableReason },
  libs: Object.keys(LIBS).filter((k) => LIBS[k]),

  setQuotes(list) {
    quotes = list;
  },

  async run(lib, capMs = Infinity) {
    const fn = LIBS[lib];
    const t0 = performance.now();
    const ranges = await fn(root, quotes, t0 + capMs);
    const ms = performance.now() - t0;
    const offsets = ranges.map((r) => (r ? [offsetOf(r.startContainer, r.startOffset), offsetOf(r.endContainer, r.endOffset)] : null));
    return { ms, offsets, done: ranges.length };
  },
};
window.dispatchEvent(new Event('bench-ready'));
