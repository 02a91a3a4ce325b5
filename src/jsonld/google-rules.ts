import type { Claim } from '../schema/claim-schema.js';
import type { ParseIssue } from '../schema/result.js';
import { googleScale, type ToClaimReviewOptions } from './to-claim-review.js';

/** Google shows about this many characters of `claimReviewed` before cutting it. */
export const CLAIM_REVIEWED_LENGTH = 75;

/** A statement that opens with a verdict: "FALSE: …", "Fact check – …". */
const VERDICT_OPENING = /^\W*(fact[- ]?check|false|true|fake|misleading|wrong)\s*[:–—-]/i;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What Google would reject or cut in the ClaimReview {@link toClaimReview} makes from
 * this claim. Warnings, never errors: the markup is still valid schema.org. Paths are
 * the claim's own (`statement`, `verdict.worst`), so editors know what to change.
 */
export function claimReviewWarnings(claim: Claim, options: ToClaimReviewOptions = {}): ParseIssue[] {
  const warnings: ParseIssue[] = [];
  const warn = (path: string, message: string) => warnings.push({ path, message });
  const { statement, verdict } = claim;
  if (!claim.review?.url && !options.url) {
    warn('review.url', 'is missing: Google needs the fact-check page\'s URL');
  }
  if (statement.length > CLAIM_REVIEWED_LENGTH) {
    warn('statement', `has ${statement.length} characters: Google cuts claimReviewed after about ${CLAIM_REVIEWED_LENGTH}`);
  }
  // Whole words only, in any script: "True" must not match "untrue" or "Trudeau".
  // No lookbehind, which older Safari cannot parse.
  const label = verdict && new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(verdict.label)}($|[^\\p{L}\\p{N}])`, 'iu');
  if (VERDICT_OPENING.test(statement) || label?.test(statement)) {
    warn('statement', 'contains a verdict: Google wants the claim alone, the verdict only in the rating');
  }
  if (!verdict) warn('verdict', 'is missing: Google needs a rating');
  const scale = verdict && googleScale(verdict);
  if (scale?.shift) {
    warn('verdict.worst', `is below 1, which Google rejects: written as ${scale.rating} on ${scale.worst}–${scale.best}, the same place on the scale`);
  }
  return warnings;
}
