import * as z from 'zod/mini';
import { ClaimSchema, ClaimSetSchema, type Claim, type ClaimSet } from './claim-schema.js';
import { formatPath } from './issue-path.js';
import { messageFor } from './messages.js';
import type { ParseIssue, ParseResult } from './result.js';
import { unknownKeys } from './unknown-keys.js';

export interface ParseOptions {
  /** Prefix for every reported path, e.g. `claims[3]` when checking one claim of a set. */
  path?: string;
}

function run<T>(schema: z.ZodMiniType<T>, input: unknown, base: string): ParseResult<T> {
  let result: z.core.util.SafeParseResult<T>;
  let warnings: ParseIssue[];
  try {
    result = z.safeParse(schema, input, { reportInput: true });
    warnings = unknownKeys(input, schema, [], base);
  } catch (error) {
    // A getter that throws or a proxy: the data is not plain JSON.
    return { ok: false, errors: [{ path: base, message: `could not be read: ${String(error)}` }], warnings: [] };
  }
  if (result.success) return { ok: true, value: result.data, warnings };
  const errors: ParseIssue[] = [];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const entry = { path: formatPath(issue.path, base), message: messageFor(issue) };
    const key = `${entry.path}\n${entry.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      errors.push(entry);
    }
  }
  return { ok: false, errors, warnings };
}

/** Validates one claim. Never throws. */
export function parseClaim(input: unknown, options: ParseOptions = {}): ParseResult<Claim> {
  return run(ClaimSchema, input, options.path ?? '');
}

/** Validates a claim set (`{"version": 1, "claims": [...]}`). Never throws. */
export function parseClaimSet(input: unknown, options: ParseOptions = {}): ParseResult<ClaimSet> {
  return run(ClaimSetSchema, input, options.path ?? '');
}
