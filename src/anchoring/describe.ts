/**
 * Range to quote. Touches the DOM only when called.
 * @module
 */
import { buildTextIndex, spanOf, type TextIndex } from './text-index.js';
import type { TextQuote } from './types.js';

/** Context length tried first; the benchmark and most annotation tools use 32 too. */
const CONTEXT = 32;

/**
 * Describes a Range as a quote of the rendered text under `root`: `exact` is the folded text
 * it covers (curly quotes straightened, spaces collapsed, hidden text left out, trimmed),
 * with 32 characters of context on each side, doubled until prefix + exact + suffix occurs
 * once in the text. The context also lets the quote find its place again after edits.
 * `anchorQuote(root, describeRange(range, root))` covers the same text as `range`.
 */
export function describeRange(range: AbstractRange, root: Node, options: { index?: TextIndex } = {}): TextQuote {
  const index = options.index ?? buildTextIndex(root);
  const { text } = index;
  let { start, end } = spanOf(index, range);
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  const quote: TextQuote = { exact: text.slice(start, end) };
  for (let len = CONTEXT; ; len *= 2) {
    const from = Math.max(0, start - len);
    // Unique as the matcher reads it: context without spaces at its outer ends.
    quote.prefix = text.slice(from, start).trimStart();
    quote.suffix = text.slice(end, end + len).trimEnd();
    const whole = quote.prefix + quote.exact + quote.suffix;
    if (text.indexOf(whole, text.indexOf(whole) + 1) < 0 || (!from && end + len >= text.length)) break;
  }
  if (!quote.prefix) delete quote.prefix;
  if (!quote.suffix) delete quote.suffix;
  return quote;
}
