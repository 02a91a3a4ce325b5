// The installed peers, called the way their documentation shows, one quote at a time.
import { toRange as datqToRange } from '/bench/tmp/peers/dom-anchor-text-quote.js';
import { createTextQuoteSelectorMatcher } from '/bench/tmp/peers/apache-annotator-dom.js';

/** dom-anchor-text-quote 4: `toRange(root, selector, {hint})`; reads the text per call. */
export function domAnchorTextQuote(root, quotes, deadline = Infinity) {
  const out = [];
  for (const q of quotes) {
    if (performance.now() > deadline) break;
    out.push(datqToRange(root, { exact: q.exact, prefix: q.prefix, suffix: q.suffix }, { hint: q.hint }));
  }
  return out;
}

/** @apache-annotator/dom 0.2: the first match its text-quote matcher yields (exact only). */
export async function apacheAnnotator(root, quotes, deadline = Infinity) {
  const out = [];
  for (const q of quotes) {
    if (performance.now() > deadline) break;
    const matches = createTextQuoteSelectorMatcher({ type: 'TextQuoteSelector', exact: q.exact, prefix: q.prefix, suffix: q.suffix })(root);
    let first = null;
    for await (const range of matches) {
      first = range;
      break;
    }
    out.push(first);
  }
  return out;
}
