/**
 * Quotes to Ranges: the `claim-cards/anchoring` entry points. Touches the DOM only when called.
 * @module
 */
import { createMatcher } from './match.js';
import { buildTextIndex, rangeOf, type TextIndex } from './text-index.js';
import type { FindOptions, TextQuote, TextSpan } from './types.js';

/** Options for {@link anchorQuote}. */
export interface AnchorOptions extends FindOptions {
  /** A prebuilt index of the root (see {@link buildTextIndex}); saves reading the DOM again. */
  index?: TextIndex;
}

const cache = new WeakMap<Node, [TextIndex, MutationObserver]>();

/**
 * The text index of `root`, kept between calls until anything under `root` changes (nodes,
 * text or attributes; checked synchronously through `MutationObserver.takeRecords()`).
 * Style changes made outside `root` (a stylesheet switched, a media query flipping) are not
 * seen: build a fresh index with {@link buildTextIndex} after those.
 */
export function textIndexOf(root: Node): TextIndex {
  let hit = cache.get(root);
  if (hit?.[1].takeRecords().length) {
    hit[1].disconnect();
    hit = undefined;
  }
  if (!hit) {
    const watch = new MutationObserver(() => {
      watch.disconnect();
      if (cache.get(root)?.[1] === watch) cache.delete(root);
    });
    hit = [buildTextIndex(root), watch];
    watch.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    cache.set(root, hit);
  }
  return hit[0];
}

/**
 * Finds `quote` in an index: the span of `index.text` it occupies, or `null` when it is not
 * there (see `createMatcher` for the rules). Use the span for hit-testing (`offsetAt`) and as
 * the next `hint`; turn it into a Range with `rangeOf`.
 */
export function findQuote(index: TextIndex, quote: TextQuote, options?: FindOptions): TextSpan | null {
  return (index.find ??= createMatcher(index.text))(quote, options);
}

/**
 * Anchors a quote in the rendered text under `root`: a Range over the passage, or `null`
 * when the quote is no longer there (an orphan is better than a claim on the wrong
 * sentence). Typography, spacing and markup differences are ignored; small edits are
 * tolerated, changed meaning is not. Without `options.index`, the index of `root` is built
 * on first use and reused until the DOM under `root` changes (see {@link textIndexOf}).
 */
export function anchorQuote(root: Node, quote: TextQuote, options: AnchorOptions = {}): Range | null {
  const index = options.index ?? textIndexOf(root);
  const span = findQuote(index, quote, options);
  return span && rangeOf(index, span);
}

/** Anchors many quotes against one read of the text: a Range or `null` for each, in order. */
export function anchorAll(target: Node | TextIndex, quotes: readonly TextQuote[]): (Range | null)[] {
  const index = 'nodeType' in target ? textIndexOf(target) : target;
  return quotes.map((quote) => anchorQuote(index.root, quote, { index }));
}
