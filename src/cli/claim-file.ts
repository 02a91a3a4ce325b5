/**
 * Reads a claim file as the elements do (a claim set, a list of claims, or one claim),
 * and recognises the two formats people most often pass by mistake.
 */
import { claimsFromAny, isClaimReview } from '../jsonld/index.js';
import type { Claim } from '../schema/claim-schema.js';
import { parseJsonText } from '../schema/json-text.js';
import type { ParseResult } from '../schema/result.js';

export interface ClaimFile {
  result: ParseResult<Claim[]>;
  /** Path of the i-th claim in the file, for messages: `claims[2]`, `[2]`, or `` for a single claim. */
  pathOf(index: number): string;
  /** `true` when the file holds one claim rather than a set or a list. */
  single: boolean;
}

const fail = (message: string): ParseResult<Claim[]> => ({ ok: false, errors: [{ path: '', message }], warnings: [] });

function looksLikeFactCheckApi(value: unknown): boolean {
  const claims = (value as { claims?: unknown } | null)?.claims;
  return Array.isArray(claims) && claims.some((c) => c && typeof c === 'object' && ('claimReview' in c || 'text' in c));
}

export function readClaimFile(text: string): ClaimFile {
  const json = parseJsonText(text);
  const value = json.ok ? json.value : undefined;
  const list = Array.isArray(value);
  const single = !!value && typeof value === 'object' && !list && !('claims' in value || 'version' in value);
  const pathOf = (i: number) => (list ? `[${i}]` : single ? '' : `claims[${i}]`);
  let result: ParseResult<Claim[]>;
  if (!json.ok) result = json;
  else if (isClaimReview(value)) result = fail('holds ClaimReview JSON-LD, not claim JSON: convert it with "claim-cards import --from claimreview FILE"');
  else if (looksLikeFactCheckApi(value)) result = fail('looks like a Fact Check Tools API response, not claim JSON: convert it with "claim-cards import --from factcheck-api FILE"');
  else result = claimsFromAny(value, { format: 'claims' });
  return { result, pathOf, single };
}
