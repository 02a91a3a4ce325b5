export {
  ClaimSchema,
  ClaimSetSchema,
  SourceSchema,
  ClaimantSchema,
  CounterClaimSchema,
  VerdictSchema,
  ReviewSchema,
  QuoteSchema,
  ID_PATTERN,
  MAX_CLAIMS,
  MAX_STATEMENT_LENGTH,
  MAX_TEXT_LENGTH,
} from './claim-schema.js';
export type { Claim, ClaimSet, Claimant, ClaimSource, CounterClaim, Verdict, Review, Quote } from './claim-schema.js';
export { parseClaim, parseClaimSet, type ParseOptions } from './parse.js';
export { parseJsonText, MAX_JSON_BYTES } from './json-text.js';
export type { ParseIssue, ParseResult } from './result.js';
