/** `claim-cards jsonld FILE [--html]` */
import { claimReviewWarnings, scriptSafeJson, toClaimReview } from '../jsonld/index.js';
import { readClaimFile } from './claim-file.js';
import { readInput } from './read-input.js';
import { issueLines, type Output } from './report.js';

export async function jsonldCommand(file: string, html: boolean, io: Output): Promise<number> {
  const input = await readInput(file);
  if (!input.ok) {
    io.err(issueLines(file === '-' ? 'stdin' : file, input.errors));
    return 1;
  }
  const { name, text } = input.value;
  const { result, pathOf, single } = readClaimFile(text);
  if (!result.ok) {
    io.err(issueLines(name, result.errors, result.warnings));
    return 1;
  }
  io.err(issueLines(name, [], result.warnings));
  const reviews = result.value.map((claim, i) => {
    const base = pathOf(i);
    const rules = claimReviewWarnings(claim).map(({ path, message }) => ({ path: base ? `${base}.${path}` : path, message }));
    io.err(issueLines(name, [], rules));
    return toClaimReview(claim);
  });
  if (html) {
    io.out(reviews.map((review) => `<script type="application/ld+json">\n${scriptSafeJson(review, 2)}\n</script>\n`).join(''));
  } else {
    io.out(`${JSON.stringify(single ? reviews[0] : reviews, null, 2)}\n`);
  }
  return 0;
}
