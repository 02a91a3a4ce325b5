/** One problem found in a document: where (`claims[2].source.url`, `""` for the root) and what. */
export interface ParseIssue {
  path: string;
  message: string;
}

/**
 * What every parser and importer returns. `warnings` (unknown fields and the like)
 * never make a document invalid.
 */
export type ParseResult<T> =
  | { ok: true; value: T; warnings: ParseIssue[] }
  | { ok: false; errors: ParseIssue[]; warnings: ParseIssue[] };
