// The floor: the least a matcher can do. Text read once (TreeWalker), `indexOf` of the quote
// with its context, then of the quote alone, and the offsets mapped back to a Range. No
// tolerance for any difference at all. The folded variant first folds typography on both
// sides (quotes, NBSP, white space), which is all it takes for "typography drift".
import { foldString, foldWithMap, rangeAt, readText } from './text-map.js';

function locate(text, q) {
  const prefix = q.prefix ?? '';
  const withContext = text.indexOf(prefix + q.exact + (q.suffix ?? ''));
  if (withContext >= 0) return withContext + prefix.length;
  return text.indexOf(q.exact);
}

export function floor(root, quotes) {
  const map = readText(root);
  return quotes.map((q) => {
    const at = locate(map.text, q);
    return at < 0 ? null : rangeAt(map, at, at + q.exact.length);
  });
}

export function floorFolded(root, quotes) {
  const map = readText(root);
  const folded = foldWithMap(map.text);
  return quotes.map((raw) => {
    const q = { exact: foldString(raw.exact), prefix: foldString(raw.prefix ?? ''), suffix: foldString(raw.suffix ?? '') };
    const at = locate(folded.text, q);
    if (at < 0) return null;
    const end = at + q.exact.length;
    // Back to page offsets: the start of the first folded unit, the end of the last one.
    return rangeAt(map, folded.from[at], folded.from[end - 1] + 1);
  });
}
