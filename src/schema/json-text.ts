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
    const where = at ? lineColumn(text, Number(at[1])) : undefined;
    const detail = raw.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/s, '');
    const message = where
      ? `is not valid JSON: ${detail} at line ${where.line}, column ${where.column}`
      : `is not valid JSON: ${detail}`;
    return { ok: false, errors: [{ path: '', message }], warnings: [] };
  }
}
