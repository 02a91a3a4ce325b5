/** How problems are printed: one line each, `file: path: message`, the path left out at the root. */
import type { ParseIssue } from '../schema/result.js';

export function issueLine(file: string, { path, message }: ParseIssue, warning = false): string {
  return `${file}: ${path ? `${path}: ` : ''}${warning ? 'warning: ' : ''}${message}`;
}

export function issueLines(file: string, errors: readonly ParseIssue[], warnings: readonly ParseIssue[] = []): string {
  return [...errors.map((e) => issueLine(file, e)), ...warnings.map((w) => issueLine(file, w, true))].map((line) => `${line}\n`).join('');
}

/** Where the output goes; a parameter so commands stay plain functions. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}
