/**
 * The page's own schema.org markup: every `<script type="application/ld+json">` block,
 * parsed. Blocks that are not valid JSON are skipped (search engines skip them too); our
 * own card output (`data-claim-cards`) is left out so elements do not feed each other.
 */
import { parseJsonText } from '../schema/json-text.js';

export function pageJsonLd(root: Document | ShadowRoot): unknown[] {
  const blocks: unknown[] = [];
  for (const script of root.querySelectorAll('script[type="application/ld+json"]:not([data-claim-cards])')) {
    const parsed = parseJsonText(script.textContent ?? '');
    if (parsed.ok) blocks.push(parsed.value);
  }
  return blocks;
}
