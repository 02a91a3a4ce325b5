// claim-cards' anchoring, through the fastest path its module documents for many quotes:
// one `buildTextIndex(root)` (inside the timing), `findQuote(index, quote)` per quote,
// `rangeOf(index, span)`. No position hint: claim JSON stores a quote as exact/prefix/suffix
// only, so a page's first anchoring pass has none (the peers get theirs, as their formats
// store one). Falls back to `anchorAll` / `anchorQuote` if the module lacks those functions.
let api;
let loadError;
try {
  api = await import('/bench/tmp/peers/claim-cards-anchoring.js');
} catch (error) {
  loadError = String(error?.message ?? error);
}

export const available = Boolean(api && (api.findQuote || api.anchorAll || api.anchorQuote));
export const unavailableReason = available ? undefined : loadError ?? 'dist/anchoring/index.js has none of findQuote, anchorAll, anchorQuote';
export const path = !available
  ? 'unavailable'
  : api.buildTextIndex && api.findQuote && api.rangeOf
    ? 'buildTextIndex + findQuote + rangeOf, no hint'
    : api.anchorAll
      ? 'anchorAll'
      : 'anchorQuote per quote';

const selector = (q) => ({ exact: q.exact, prefix: q.prefix, suffix: q.suffix });

export function claimCards(root, quotes) {
  if (api.buildTextIndex && api.findQuote && api.rangeOf) {
    const index = api.buildTextIndex(root);
    return quotes.map((q) => {
      const span = api.findQuote(index, selector(q));
      return span && api.rangeOf(index, span);
    });
  }
  if (api.anchorAll) return api.anchorAll(root, quotes.map(selector));
  return quotes.map((q) => api.anchorQuote(root, selector(q)));
}
