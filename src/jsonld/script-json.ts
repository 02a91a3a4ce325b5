/** JSON-LD in HTML: reading it out of `<script>` blocks, and writing it so it cannot break out of one. */

// Third-party HTML, so every step is linear: one pattern for the whole block would retry
// its `[^>]*` and `[\s\S]*?` from every `<script` of an unclosed tag (cubic; 28 s on 50 k
// characters). Each pattern below starts with a literal and its `\s*` runs are disjoint.
const SCRIPT_OPEN = /<script\b/gi;
const LD_TYPE = /\btype\s*=\s*["']?application\/ld\+json/i;
const SCRIPT_CLOSE = /<\/script\s*>/gi;

/** The text of every `<script type="application/ld+json">` block in an HTML string, in order. */
export function jsonLdBlocks(html: string): string[] {
  const blocks: string[] = [];
  SCRIPT_OPEN.lastIndex = 0;
  for (let open = SCRIPT_OPEN.exec(html); open; open = SCRIPT_OPEN.exec(html)) {
    // The tag ends at the first `>` (attribute values are not parsed, as before). None:
    // no later tag can end either, so stop rather than scan to the end once per `<script`.
    const end = html.indexOf('>', open.index);
    if (end < 0) break;
    // A `<script` inside a tag that is not ld+json shares its `>` and its attributes, so it
    // cannot be one either: go on after the tag.
    SCRIPT_OPEN.lastIndex = end + 1;
    if (!LD_TYPE.test(html.slice(open.index, end))) continue;
    // A regular expression rather than `indexOf` on a lower-cased copy: lower-casing can
    // change the length (U+0130 → "i̇"), which would shift every offset after it.
    SCRIPT_CLOSE.lastIndex = end + 1;
    const close = SCRIPT_CLOSE.exec(html);
    // Unclosed: no close tag follows any later start either.
    if (!close) break;
    blocks.push(html.slice(end + 1, close.index));
    SCRIPT_OPEN.lastIndex = SCRIPT_CLOSE.lastIndex;
  }
  return blocks;
}

/**
 * `JSON.stringify` for the inside of a `<script>` element: every `<` is written as
 * `\u003c`, so data holding `</script>` or `<!--` cannot end the block or open a
 * comment, while the JSON still parses to the same value.
 */
export function scriptSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/</g, '\\u003c');
}
