/**
 * Every word the elements print, in English. Other languages are objects of the same
 * shape; a publisher adds one with `registerStrings()`. `{name}` placeholders are filled
 * by `fill()`; keep them when translating.
 */
export const en = {
  factCheck: 'Fact check',
  claim: 'Claim',
  claimBy: 'Claim by {name}',
  counterClaim: 'Counter-claim',
  source: 'Source',
  verdict: 'Verdict',
  rating: 'Rated {rating} on a scale from {worst} (worst) to {best} (best)',
  review: 'Read the full fact-check',
  reviewBy: 'Fact-check by {name}',
  published: 'Published {date}',
  newTab: '(opens in a new tab)',
  loading: 'Loading fact-check…',
  unavailable: 'This fact-check is unavailable.',
  errorDetails: 'Details for editors ({count})',
  claimsInArticle: 'Fact-checked claims in this article ({count})',
  notFound: 'Not found in the text',
  close: 'Close',
  showCard: 'Show fact-check',
  claims: '{count} claims',
  noClaims: 'No claims match.',
  search: 'Search claims',
  filterVerdict: 'Verdict',
  allVerdicts: 'All verdicts',
  sortBy: 'Sort by',
  sortDate: 'Newest first',
  sortDateOld: 'Oldest first',
  sortVerdict: 'Verdict',
  showMore: 'Show more ({count} left)',
  showing: 'Showing {shown} of {total} claims',
  loadingClaims: 'Loading fact-checks…',
  claimsUnavailable: 'These fact-checks are unavailable.',
  select: 'Select',
  falseVerdict: 'False',
  misleadingVerdict: 'Misleading',
  mixedVerdict: 'Partly true',
  trueVerdict: 'True',
  unratedVerdict: 'Other or unrated',
};

export type Strings = typeof en;
export type StringKey = keyof Strings;

/**
 * Splits a template at its `{key}` placeholders and puts the values in, so a value can
 * be markup (a `<time>`) as well as text. Unknown placeholders stay as written.
 */
export function fillParts<T>(template: string, values: Record<string, T>): (string | T)[] {
  return template.split(/(\{\w+\})/).map((piece) => {
    const key = piece.slice(1, -1);
    return piece.startsWith('{') && Object.hasOwn(values, key) ? values[key]! : piece;
  });
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Replaces `{key}` placeholders with text. With `lang`, numbers are written as that
 * language writes them (Arabic-Indic digits in Arabic, like its dates).
 */
export function fill(template: string, values: Record<string, string | number>, lang?: string): string {
  let format: Intl.NumberFormat | undefined;
  if (lang) {
    format = numberFormats.get(lang);
    if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang)));
  }
  const text: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(values)) text[key] = format && typeof value === 'number' ? format.format(value) : value;
  return fillParts(template, text).join('');
}
