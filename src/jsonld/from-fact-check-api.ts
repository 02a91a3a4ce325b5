/**
 * Reads a response of Google's Fact Check Tools API (`claims:search`) into claims:
 * one claim per review, since each fact-checker's verdict is its own card.
 */
import type { Claim } from '../schema/claim-schema.js';
import type { ParseResult } from '../schema/result.js';
import { fill, finish, MAX_DRAFTS, newDraft, tooManyClaims, type Draft, type ImportOptions } from './draft.js';
import { isObject, reader } from './json-ld-nodes.js';

/**
 * Claims from a `claims:search` response. `text` → statement, `claimant` → claimant,
 * `claimDate` → date, and per review `textualRating` → verdict label, `url`,
 * `publisher.name` (or `.site`) and `reviewDate` → review, `languageCode` → lang.
 * A review's `title` (the fact-check's headline) has no place in a claim and is not
 * kept. A claim without reviews still becomes one claim. An empty response (`{}`,
 * what the API returns when nothing matches) gives no claims and no error. At most
 * `MAX_CLAIMS` claims are read, the first in order; more give a warning (path `''`).
 */
export function fromFactCheckApi(response: unknown, options?: ImportOptions): ParseResult<Claim[]> {
  const claims = isObject(response) ? response.claims ?? [] : 0;
  if (!Array.isArray(claims)) {
    const message = claims === 0 ? 'must be a Fact Check Tools API response ({"claims": [ … ]})' : 'must be a list ([ … ])';
    return { ok: false, errors: [{ path: claims === 0 ? '' : 'claims', message }], warnings: [] };
  }
  const { all } = reader(new Map());
  const drafts: Draft[] = [];
  // Claims the response would give; past the limit they are only counted, for the warning.
  let total = 0;
  claims.forEach((value, i) => {
    const claim = { value, at: `claims[${i}]` };
    const reviews = all(claim, 'claimReview');
    for (const review of reviews.length ? reviews : [{ value: undefined, at: claim.at }]) {
      if (++total > MAX_DRAFTS) continue;
      const draft = newDraft(review.at);
      fill(draft, claim, '', 'statement=text claimant.name=claimant date=claimDate');
      fill(draft, review, '', 'verdict.label=textualRating review.url=url review.publisher=publisher.name|publisher.site review.date=reviewDate lang=languageCode');
      draft.url = (draft.claim.review as { url?: unknown } | undefined)?.url;
      drafts.push(draft);
    }
  });
  const result = finish(drafts, options);
  if (total > MAX_DRAFTS) result.warnings.unshift(tooManyClaims(total));
  return result;
}
