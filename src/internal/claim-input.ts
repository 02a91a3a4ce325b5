/**
 * Claims from whatever a publisher hands an element: claim JSON (read claim by claim,
 * see claim-data.ts) or schema.org ClaimReview JSON-LD. The ClaimReview reader is loaded
 * only when such data turns up, so pages with claim JSON never download it.
 */
import { isServer } from 'lit';
import { empty, keyOf, readClaimData, readClaimDataInSlices, type ClaimData } from './claim-data.js';

/** `auto` tells claim JSON and ClaimReview apart; the others force one reading. */
export type ClaimFormat = 'auto' | 'claims' | 'claimreview';

const REVIEW_TYPE = /(^|[/#:])ClaimReview$/;
const memo = new WeakMap<object, Promise<ClaimData>>();
/** Sets with more claims than this are validated in slices of about 8 ms (2,000 claims take about 15 ms). */
const SLICED = 2000;

function isReviewType(type: unknown): boolean {
  return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && REVIEW_TYPE.test(t));
}

/**
 * A cheap look for a node typed ClaimReview anywhere: in a list, a `@graph`, or nested as
 * deep as page markup nests it (WebPage → ItemList → ListItem → ClaimReview), as the
 * ClaimReview reader finds them. Each object once, without recursion: live objects may be
 * circular, and JSON may be nested thousands deep.
 */
export function looksLikeClaimReview(value: unknown): boolean {
  const seen = new Set<object>();
  for (const stack = [value]; stack.length; ) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    if (!Array.isArray(node) && isReviewType((node as Record<string, unknown>)['@type'])) return true;
    for (const v of Object.values(node)) if (typeof v === 'object' && v !== null) stack.push(v);
  }
  return false;
}

/** A live object that throws when read (a getter, a proxy): an error, never a broken element. */
const unreadable = (error: unknown): ClaimData => ({ ...empty(), errors: [{ path: '', message: `could not be read (${String(error)})` }] });

/** Claims from claim JSON (synchronously) or ClaimReview JSON-LD (after loading its reader). */
export function readClaimInput(input: unknown, format: ClaimFormat | string | undefined): ClaimData | Promise<ClaimData> {
  let review: boolean;
  try {
    review = format === 'claimreview' || (format !== 'claims' && looksLikeClaimReview(input));
    if (!review) {
      // Big sets are validated in slices in the browser, so the page stays responsive;
      // the server renders what it is given at once.
      const list = Array.isArray(input) ? input : (input as { claims?: unknown } | null)?.claims;
      return !isServer && Array.isArray(list) && list.length > SLICED ? readClaimDataInSlices(input).catch(unreadable) : readClaimData(input);
    }
  } catch (error) {
    return unreadable(error);
  }
  const key = keyOf(input);
  const cached = key && memo.get(key);
  if (cached) return cached;
  const read = import('../jsonld/from-claim-review.js').then(({ fromClaimReview }): ClaimData => {
    const result = fromClaimReview(input, { partial: true });
    const claims = result.ok ? result.value : [];
    // Reviews that could not be read are reported, and the readable ones shown.
    return { ...empty(), claims, errors: result.ok ? [] : result.errors, warnings: result.warnings, total: claims.length };
  });
  if (key) memo.set(key, read);
  return read;
}
