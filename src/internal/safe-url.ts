/**
 * The one allow-list every link passes before it reaches an `href`, a `cite` or a
 * fetch. DOM-free so the schema (Node, CLI) and the elements share it.
 *
 * The raw string is checked before parsing as well as after: the URL parser forgives
 * leading control characters and tabs inside the scheme (`java\tscript:`), which is how
 * filters that only look at `url.protocol` of a *relative* parse get fooled.
 */

/** Whitespace, C0/C1 controls, zero-width and bidi controls: never part of a link we accept. */
const INVISIBLE = /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;
const SCHEME = /^https?:\/\//i;

/** Longest link accepted, in characters. */
export const MAX_URL_LENGTH = 2048;

// A link is checked when its claim is validated and again when the card renders it (in
// `cite` and `href`): parsing a URL was a twentieth of the time to render a card.
const recent = new Map<string, string | undefined>();

/**
 * Returns the normalised absolute `https:`/`http:` URL, or `undefined` when the value
 * is anything else (relative, another scheme, credentials, hidden characters).
 */
export function safeHref(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return undefined;
  if (recent.has(value)) return recent.get(value);
  let href: string | undefined;
  if (SCHEME.test(value) && !INVISIBLE.test(value)) {
    try {
      const url = new URL(value);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password && url.hostname) href = url.href;
    } catch {
      // Not a URL: refused.
    }
  }
  if (recent.size >= 256) recent.clear();
  recent.set(value, href);
  return href;
}

/** `true` when {@link safeHref} accepts the value. */
export function isSafeHref(value: unknown): boolean {
  return safeHref(value) !== undefined;
}
