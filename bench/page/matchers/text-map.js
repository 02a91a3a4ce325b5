// The floor's and the Hypothesis-style matcher's view of the page: every text node under a
// root joined once (what `root.textContent` holds), with each node's start offset, and the
// way back from offsets to a Range.

/** Reads the text nodes under `root` once, in document order. */
export function readText(root) {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = [];
  const starts = [];
  const parts = [];
  let at = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node);
    starts.push(at);
    parts.push(node.data);
    at += node.data.length;
  }
  return { root, text: parts.join(''), nodes, starts, length: at };
}

/** Index of the node holding offset `p`: for a start, the node where `p` is inside; for an end, the node `p` closes. */
function nodeIndex(map, p, end) {
  const { starts } = map;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (end ? starts[mid] < p : starts[mid] <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A Range over text offsets [start, end) of a map made by `readText`. */
export function rangeAt(map, start, end) {
  const doc = map.root.ownerDocument;
  const a = nodeIndex(map, start, false);
  const b = nodeIndex(map, end, true);
  const range = doc.createRange();
  range.setStart(map.nodes[a], Math.min(start - map.starts[a], map.nodes[a].length));
  range.setEnd(map.nodes[b], Math.min(end - map.starts[b], map.nodes[b].length));
  return range;
}

/**
 * Folds typography for the "floor + folding" row: curly quotes to straight ones, every run of
 * white space (NBSP included) to one space. Returns the folded text and, for each of its
 * characters, the offset it came from (plus the end).
 */
export function foldWithMap(text) {
  const out = [];
  const from = new Int32Array(text.length + 1);
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    let c = text[i];
    if (c === '\u2018' || c === '\u2019') c = "'";
    else if (c === '\u201c' || c === '\u201d') c = '"';
    if (/\s/.test(c)) {
      if (inSpace) continue;
      inSpace = true;
      c = ' ';
    } else inSpace = false;
    out.push(c);
    from[n++] = i;
  }
  from[n] = text.length;
  return { text: out.join(''), from: from.subarray(0, n + 1) };
}

export function foldString(s) {
  return s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ');
}
