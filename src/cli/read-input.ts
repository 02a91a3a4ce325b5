/** Reads a FILE argument (or standard input for `-`) as text, with failures in plain words. */
import { readFile } from 'node:fs/promises';
import type { ParseResult } from '../schema/result.js';

export interface Input {
  /** How the file is named in messages. */
  name: string;
  text: string;
}

let stdin: Promise<string> | undefined;

/** Standard input is read once, however many times `-` is given. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

export async function readInput(file: string): Promise<ParseResult<Input>> {
  const name = file === '-' ? 'stdin' : file;
  try {
    const raw = file === '-' ? await (stdin ??= readStdin()) : await readFile(file, 'utf8');
    // Editors on Windows save a byte-order mark that JSON.parse refuses.
    return { ok: true, value: { name, text: raw.replace(/^\uFEFF/, '') }, warnings: [] };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = REASONS[code] ?? (error instanceof Error ? error.message : String(error));
    return { ok: false, errors: [{ path: '', message: `cannot be read: ${reason}` }], warnings: [] };
  }
}
