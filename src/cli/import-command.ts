/** `claim-cards import --from claimreview|factcheck-api FILE` */
import { claimsFromAny, fromFactCheckApi } from '../jsonld/index.js';
import { parseJsonText } from '../schema/json-text.js';
import { readInput } from './read-input.js';
import { issueLines, type Output } from './report.js';

export const IMPORT_FORMATS = ['claimreview', 'factcheck-api'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export async function importCommand(file: string, from: ImportFormat, partial: boolean, io: Output): Promise<number> {
  const input = await readInput(file);
  if (!input.ok) {
    io.err(issueLines(file === '-' ? 'stdin' : file, input.errors));
    return 1;
  }
  const { name, text } = input.value;
  let result;
  if (from === 'claimreview') {
    // JSON text, or a saved page whose ld+json blocks claimsFromAny reads out.
    result = claimsFromAny(text, { format: 'claimreview', partial });
  } else {
    const json = parseJsonText(text);
    result = json.ok ? fromFactCheckApi(json.value, { partial }) : json;
  }
  io.err(issueLines(name, result.ok ? [] : result.errors, result.warnings));
  if (!result.ok) return 1;
  io.out(`${JSON.stringify({ version: 1, claims: result.value }, null, 2)}\n`);
  return 0;
}
