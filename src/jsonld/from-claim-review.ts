/**
 * Reads schema.org ClaimReview markup as publishers emit it (CMS plugins, hand-written
 * page markup, `@graph` pages, the 2017-era `CreativeWork` form) into claims.
 */
import type { Claim } from '../schema/claim-schema.js';
import type { ParseResult } from '../schema/result.js';
import { fill, finish, MAX_DRAFTS, newDraft, tooManyClaims, type ImportOptions } from './draft.js';
import { indexNodes, reader } from './json-ld-nodes.js';

export type { ImportOptions } from './draft.js';

/** Where each claim field is found, relative to the review (see `fill` for the syntax). */
const REVIEW_FIELDS =
  'statement=claimReviewed|itemReviewed.text lang=inLanguage.alternateName|inLanguage|itemReviewed.inLanguage ' +
  'date=itemReviewed.datePublished review.url=url|mainEntityOfPage.@id|mainEntityOfPage review.date=datePublished ' +
  // Google: author is the fact-checker (an Organization); a Person there is the writer.
  'review.publisher=author:!Person.name|publisher.name ' +
  'review.author=creator.name|author:Person.name ' +
  'verdict.label=reviewRating.alternateName|reviewRating.name verdict.rating=reviewRating.ratingValue ' +
  'verdict.best=reviewRating.bestRating verdict.worst=reviewRating.worstRating ' +
  'counterClaim.statement=citation:Claim.text|reviewRating.ratingExplanation counterClaim.date=citation:Claim.datePublished';
const CLAIMANT_FIELDS = 'name=name title=jobTitle|description url=sameAs|url';
const WORK_FIELDS = 'url=url|sameAs title=headline|name publisher=publisher.name date=datePublished';

/** JSON text of a value, or the value itself when it cannot be written (nested too deep for the stack). */
function textOf(value: unknown): unknown {
  try {
    return JSON.stringify(value);
  } catch {
    return value;
  }
}

/**
 * Claims from ClaimReview JSON-LD: one review, a list, a `@graph` (with `@id`
 * references resolved), or any of these nested in other page markup. Every claim is
 * validated by the claim schema; paths in errors and warnings point at the input.
 * Fields a claim cannot use are left out with a warning (a relative link, a date in
 * words, a rating scale like -1 to -1, a second appearance); a review without
 * `claimReviewed` is an error. Ids come from the review's `identifier` (claim-cards
 * writes one), else from its URL. At most `MAX_CLAIMS` reviews are read, the first in
 * document order; more give a warning (path `''`).
 */
export function fromClaimReview(input: unknown, options?: ImportOptions): ParseResult<Claim[]> {
  const { reviews, ids } = indexNodes(input);
  const { all, follow, pick, once } = reader(ids);
  const lossy: { path: string; message: string }[] = [];
  // Past the limit, reviews are not even read: one claim each, and the rest left out.
  if (reviews.length > MAX_DRAFTS) lossy.push(tooManyClaims(reviews.length));
  // Reviews often share one @context, and may share one Claim by `@id`: what is worked out
  // from those (the whole context written out, every place listed) is worked out once, so
  // the work does not grow with reviews × their size.
  // (A Map, not `once`: a context may be one long string.)
  const schemaOrg = new Map<unknown, boolean>();
  const drafts = reviews.slice(0, MAX_DRAFTS).map((review) => {
    const draft = newDraft(review.at, ids);
    const item = follow(review, 'itemReviewed');
    const { context } = review;
    if (!schemaOrg.has(context)) schemaOrg.set(context, /\/\/schema\.org/.test(String(textOf(context))));
    if (context !== undefined && !schemaOrg.get(context)) {
      lossy.push({ path: review.at, message: '@context is not schema.org; read as schema.org anyway' });
    }
    fill(draft, review, '', REVIEW_FIELDS);
    fill(draft, follow(item, 'author'), 'claimant.', CLAIMANT_FIELDS);
    // Typed Claim: its first appearance; legacy CreativeWork: the work itself.
    fill(draft, pick(item, 'firstAppearance|appearance|:CreativeWork'), 'source.', WORK_FIELDS);
    fill(draft, follow(review, 'citation:Claim.appearance'), 'counterClaim.source.', WORK_FIELDS);
    const claimants = all(item, 'author').length;
    // claim-cards writes its one source twice; only other places are a loss.
    const places = once(item, '|places', () => new Set([...all(item, 'firstAppearance'), ...all(item, 'appearance')].map((v) => textOf(follow(v, 'url').value))).size);
    if (claimants > 1) lossy.push({ path: `${item.at}.author`, message: `has ${claimants} claimants; the first is kept` });
    if (places > 1) lossy.push({ path: `${item.at}.appearance`, message: `has ${places} places; the first is kept as the source` });
    draft.id = follow(review, 'identifier').value;
    draft.url = pick(review, 'url|mainEntityOfPage.@id|mainEntityOfPage|@id').value;
    return draft;
  });
  if (!drafts.length) {
    return { ok: false, errors: [{ path: '', message: 'has no object with "@type": "ClaimReview"' }], warnings: [] };
  }
  const result = finish(drafts, options);
  result.warnings.unshift(...lossy);
  return result;
}
