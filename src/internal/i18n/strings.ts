/**
 * Every word the elements print, in English. Other languages are objects of the same
 * shape; a publisher adds one with `registerStrings()`. `{name}` placeholders are filled
 * by `fill()`; keep them when translating. Words that change with a number take ICU's
 * plural form, `{count, plural, one {# claim} other {# claims}}` (`#` is the number, the
 * categories those of `Intl.PluralRules`: zero, one, two, few, many, other; `=0` for an
 * exact value).
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
  claims: '{count, plural, one {# claim} other {# claims}}',
  noClaims: 'No claims match.',
  search: 'Search claims',
  filterVerdict: 'Verdict',
  allVerdicts: 'All verdicts',
  sortBy: 'Sort by',
  sortDate: 'Newest first',
  sortDateOld: 'Oldest first',
  sortVerdict: 'Verdict',
  showMore: 'Show more ({count} left)',
  showing: 'Showing {shown} of {total, plural, one {# claim} other {# claims}}',
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
const pluralRules = new Map<string, Intl.PluralRules>();
// `{key, plural, one {…} other {…}}`; a branch may hold `{placeholders}` and, a few deep, plurals.
const BRANCH = String.raw`(=?\w+)\s*\{((?:[^{}]|\{\w+\})*)\}`;
const PLURAL = new RegExp(String.raw`\{(\w+),\s*plural,\s*((?:${BRANCH}\s*)+)\}`, 'g');
const BRANCHES = new RegExp(BRANCH, 'g');

/** The plural category of `n` in `lang`, a tag already made canonical (see `canonicalLang`). */
function pluralOf(n: number, lang: string): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(n);
}

/**
 * Picks each plural form's branch for its number (`other` when the value is not a number);
 * `#` in it becomes the `{key}` placeholder.
 */
function plurals(template: string, values: Record<string, string | number>, lang = 'en'): string {
  // Innermost first: a plural inside a branch is chosen, then the branch around it.
  for (let depth = 0; depth < 3; depth++) {
    const chosen = choose(template, values, lang);
    if (chosen === template) break;
    template = chosen;
  }
  return template;
}

function choose(template: string, values: Record<string, string | number>, lang: string): string {
  return template.replace(PLURAL, (_, key: string, branches: string) => {
    const n = Number(values[key] ?? Number.NaN);
    const forms: Record<string, string> = {};
    for (const [, name, text] of branches.matchAll(BRANCHES)) forms[name!] = text!;
    const form = Number.isFinite(n) ? (forms[`=${n}`] ?? forms[pluralOf(n, lang || 'en')]) : undefined;
    return (form ?? forms.other ?? '').replaceAll('#', `{${key}}`);
  });
}

/**
 * Replaces `{key}` placeholders with text, after choosing the branch of each plural form
 * for its number. With `lang`, numbers are written as that language writes them
 * (Arabic-Indic digits in Arabic, like its dates) and plural categories are its own.
 */
export function fill(template: string, values: Record<string, string | number>, lang?: string): string {
  let format: Intl.NumberFormat | undefined;
  if (lang) {
    format = numberFormats.get(lang);
    if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang)));
  }
  const text: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(values)) text[key] = format && typeof value === 'number' ? format.format(value) : value;
  return fillParts(template.includes('plural') ? plurals(template, values, lang) : template, text).join('');
}
