/**
 * Quotes to Ranges: the `claim-cards/anchoring` entry points. Touches the DOM only when called.
 * @module
 */
import { createMatcher } from './match.js';
import { buildTextIndex, rangeOf, type TextIndex } from './text-index.js';
import type { FindOptions, TextQuote, TextSpan } from './types.js';

/** Options for {@link anchorQuote}. */
export interface AnchorOptions extends FindOptions {
  /**
   * A prebuilt index of the root (see {@link buildTextIndex}). Without it, each call reads
   * the DOM again: build one for many quotes, and again after the content changes.
   */
  index?: TextIndex;
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
 * tolerated, changed meaning is not.
 */
export function anchorQuote(root: Node, quote: TextQuote, options: AnchorOptions = {}): Range | null {
  const index = options.index ?? buildTextIndex(root);
  const span = findQuote(index, quote, options);
  return span && rangeOf(index, span);
}

/** Anchors many quotes against one read of the text: a Range or `null` for each, in order. */
export function anchorAll(target: Node | TextIndex, quotes: readonly TextQuote[]): (Range | null)[] {
  const index = 'nodeType' in target ? buildTextIndex(target) : target;
  return quotes.map((quote) => anchorQuote(index.root, quote, { index }));
}
