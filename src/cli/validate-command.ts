/** `claim-cards validate FILE…` */
import type { ParseIssue } from '../schema/result.js';
import { readClaimFile } from './claim-file.js';
import { readInput } from './read-input.js';
import { issueLines, type Output } from './report.js';

interface FileReport {
  file: string;
  ok: boolean;
  claims: number;
  errors: ParseIssue[];
  warnings: ParseIssue[];
}

export async function validateCommand(files: readonly string[], json: boolean, io: Output): Promise<number> {
  const reports: FileReport[] = [];
  for (const file of files) {
    const input = await readInput(file);
    const name = input.ok ? input.value.name : file === '-' ? 'stdin' : file;
    const result = input.ok ? readClaimFile(input.value.text).result : input;
    const report: FileReport = result.ok
      ? { file: name, ok: true, claims: result.value.length, errors: [], warnings: result.warnings }
      : { file: name, ok: false, claims: 0, errors: result.errors, warnings: result.warnings };
    reports.push(report);
    if (!json) {
      io.out(issueLines(name, report.errors, report.warnings));
      if (report.ok) io.out(`${name}: valid (${report.claims} ${report.claims === 1 ? 'claim' : 'claims'})\n`);
    }
  }
  const ok = reports.every((r) => r.ok);
  if (json) io.out(`${JSON.stringify({ ok, files: reports }, null, 2)}\n`);
  return ok ? 0 : 1;
}
