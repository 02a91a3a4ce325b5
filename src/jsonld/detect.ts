/**
 * One entry point for "whatever JSON the publisher gave us": claim JSON or ClaimReview
 * JSON-LD, as a value, as JSON text, or as HTML with ld+json script blocks.
 */
import type { Claim } from '../schema/claim-schema.js';
import { parseJsonText } from '../schema/json-text.js';
import { parseClaim, parseClaimSet } from '../schema/parse.js';
import type { ParseResult } from '../schema/result.js';
import { type ImportOptions } from './draft.js';
import { fromClaimReview } from './from-claim-review.js';
import { indexNodes, isObject } from './json-ld-nodes.js';
import { jsonLdBlocks } from './script-json.js';

/** `auto` tells the two apart by the presence of a ClaimReview node. */
export type ClaimFormat = 'auto' | 'claims' | 'claimreview';

export interface ClaimsFromAnyOptions extends ImportOptions {
  format?: ClaimFormat;
}

/** `true` when the value holds at least one node typed ClaimReview (anywhere: list, `@graph`, nested). */
export function isClaimReview(value: unknown): boolean {
  return indexNodes(value).reviews.length > 0;
}

/** Claim JSON: a set, a list of claims, or one claim; paths as the author wrote them. */
function readClaims(input: unknown): ParseResult<Claim[]> {
  if (isObject(input) && !('claims' in input || 'version' in input)) {
    const one = parseClaim(input);
    return one.ok ? { ...one, value: [one.value] } : one;
  }
  const list = Array.isArray(input);
  const set = parseClaimSet(list ? { version: 1, claims: input } : input);
  // A bare list is checked as a set; its paths lose the set's "claims" prefix.
  const strip = <T extends { path: string }>(issues: T[]) => (list ? issues.map((i) => ({ ...i, path: i.path.replace(/^claims/, '') })) : issues);
  return set.ok ? { ok: true, value: set.value.claims, warnings: strip(set.warnings) } : { ok: false, errors: strip(set.errors), warnings: strip(set.warnings) };
}

/**
 * Claims from claim JSON or ClaimReview JSON-LD, told apart automatically unless
 * `format` says which. A string is read as JSON text, or, when it starts with `<`, as
 * HTML: its `<script type="application/ld+json">` blocks are parsed and read together
 * (paths start with the block's index, `[1]`).
 */
export function claimsFromAny(input: unknown, options: ClaimsFromAnyOptions = {}): ParseResult<Claim[]> {
  if (typeof input === 'string') {
    // HTML only when it starts like HTML: JSON text may quote a <script> tag in a string.
    const html = /^\s*</.test(input);
    const blocks = html ? jsonLdBlocks(input) : [];
    if (html && !blocks.length) return { ok: false, errors: [{ path: '', message: 'has no <script type="application/ld+json"> block' }], warnings: [] };
    const parsed = (html ? blocks : [input]).map((text) => parseJsonText(text));
    const bad = parsed.findIndex((p) => !p.ok);
    if (bad >= 0) {
      const { errors } = parsed[bad] as { errors: { path: string; message: string }[] };
      return { ok: false, errors: html ? errors.map((e) => ({ ...e, path: `[${bad}]` })) : errors, warnings: [] };
    }
    const values = parsed.map((p) => (p as { value: unknown }).value);
    input = html ? values : values[0];
  }
  const format = options.format ?? 'auto';
  return format === 'claimreview' || (format === 'auto' && isClaimReview(input)) ? fromClaimReview(input, options) : readClaims(input);
}
