import type { ParseResult } from './result.js';

/** Largest claims file read, in UTF-16 code units (about 10 MB of text). */
export const MAX_JSON_BYTES = 10 * 1024 * 1024;

/** 1-based line and column of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** True when the prefix is valid JSON so far: only its end is missing (or nothing is). */
function okSoFar(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (error) {
    const message = String(error);
    const at = /position (\d+)/.exec(message);
    return at ? Number(at[1]) >= prefix.length : /end of (JSON )?input|Unterminated string/i.test(message);
  }
}

/**
 * Where parsing breaks, for engines whose message gives no position (V8 says only
 * "Unexpected token" for some errors): the longest prefix that is fine so far ends there.
 * Only runs on the error path; a binary search keeps it to a few dozen parses.
 */
function breakOffset(text: string): number {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (okSoFar(text.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * `JSON.parse` with an error an editor can act on: where the file breaks (line and
 * column), and a size limit. Never throws.
 */
export function parseJsonText(text: string): ParseResult<unknown> {
  if (text.length > MAX_JSON_BYTES) {
    return { ok: false, errors: [{ path: '', message: `the file is larger than ${MAX_JSON_BYTES / 1024 / 1024} MB` }], warnings: [] };
  }
  if (text.trim() === '') return { ok: false, errors: [{ path: '', message: 'the file is empty' }], warnings: [] };
  try {
    return { ok: true, value: JSON.parse(text), warnings: [] };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(raw);
    const where = lineColumn(text, at ? Number(at[1]) : breakOffset(text));
    const detail = raw
      .replace(/^JSON\.parse: /, '')
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/, (\.\.\.)?".*" is not valid JSON$/s, '');
    const message = `is not valid JSON: ${detail} at line ${where.line}, column ${where.column}`;
    return { ok: false, errors: [{ path: '', message }], warnings: [] };
  }
}
