/**
 * claim-cards/jsonld: schema.org ClaimReview out and in, and Google Fact Check Tools
 * API import. No DOM; runs in Node and browsers.
 */
export { toClaimReview, type ToClaimReviewOptions } from './to-claim-review.js';
export { claimReviewWarnings, CLAIM_REVIEWED_LENGTH } from './google-rules.js';
export { fromClaimReview, type ImportOptions } from './from-claim-review.js';
export { fromFactCheckApi } from './from-fact-check-api.js';
export { claimsFromAny, isClaimReview, type ClaimFormat, type ClaimsFromAnyOptions } from './detect.js';
export { jsonLdBlocks, scriptSafeJson } from './script-json.js';
export type { Agent, Appearance, ClaimNode, ClaimReview, Rating } from './claim-review-types.js';
