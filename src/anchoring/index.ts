/**
 * `claim-cards/anchoring`: pin quotes to the rendered text of a page and describe ranges as
 * quotes. Importing it touches no DOM global, so the string functions (`fold`, `foldText`,
 * `createMatcher`, `pattern`, `scan`, `onlyTypos`) also run in Node.
 *
 * Typical use for many quotes:
 * ```ts
 * const index = buildTextIndex(article);            // read and fold the text once
 * const span = findQuote(index, claim.quote);       // offsets in index.text, or null
 * const range = span && rangeOf(index, span);       // a Range to paint
 * const hit = offsetAt(index, caret.offsetNode, caret.offset); // click → offset → claim
 * ```
 * @module
 */
export type { FindOptions, TextQuote, TextSpan } from './types.js';
export { fold, foldedAt, foldText, sourceAt, type Folded } from './fold.js';
export { pattern, scan, type Pattern } from './myers.js';
export { negations, onlyTypos } from './typos.js';
export { createMatcher, type Matcher } from './match.js';
export { buildTextIndex, offsetAt, pointAt, rangeOf, spanOf, type DomPoint, type TextIndex } from './text-index.js';
export { anchorAll, anchorQuote, findQuote, type AnchorOptions } from './anchor.js';
export { describeRange } from './describe.js';
