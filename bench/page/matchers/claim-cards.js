// claim-cards' anchoring, through the fastest path its module documents for many quotes:
// one `buildTextIndex(root)` (inside the timing), `findQuote(index, quote, {hint})` per
// quote, `rangeOf(index, span)`. Falls back to `anchorAll` / `anchorQuote` if an older or
// newer module lacks those. Hints are offsets in the module's own folded text, worked out
// once on the original page (as a stored "previous position" would be).
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
    ? 'buildTextIndex + findQuote(hint) + rangeOf'
    : api.anchorAll
      ? 'anchorAll'
      : 'anchorQuote per quote';

/** Folded-text offsets of the true starts on the page the quotes were taken from. */
export function foldedHints(root, rawStarts, rawOffsetToPoint) {
  if (!api?.buildTextIndex || !api.offsetAt) return rawStarts.map(() => undefined);
  const index = api.buildTextIndex(root);
  return rawStarts.map((s) => {
    const { node, offset } = rawOffsetToPoint(s);
    return api.offsetAt(index, node, offset);
  });
}

export function claimCards(root, quotes) {
  const strip = (q) => ({ exact: q.exact, prefix: q.prefix, suffix: q.suffix });
  if (api.buildTextIndex && api.findQuote && api.rangeOf) {
    const index = api.buildTextIndex(root);
    return quotes.map((q) => {
      const span = api.findQuote(index, strip(q), q.ccHint === undefined ? {} : { hint: q.ccHint });
      return span && api.rangeOf(index, span);
    });
  }
  if (api.anchorAll) return api.anchorAll(root, quotes.map(strip));
  return quotes.map((q) => api.anchorQuote(root, strip(q), q.ccHint === undefined ? {} : { hint: q.ccHint }));
}
