/** JSON-LD in HTML: reading it out of `<script>` blocks, and writing it so it cannot break out of one. */

const LD_SCRIPT = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;

/** The text of every `<script type="application/ld+json">` block in an HTML string, in order. */
export function jsonLdBlocks(html: string): string[] {
  return [...html.matchAll(LD_SCRIPT)].map((match) => match[1]!);
}

/**
 * `JSON.stringify` for the inside of a `<script>` element: every `<` is written as
 * `\u003c`, so data holding `</script>` or `<!--` cannot end the block or open a
 * comment, while the JSON still parses to the same value.
 */
export function scriptSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/</g, '\\u003c');
}
