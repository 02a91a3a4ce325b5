/**
 * A claim being assembled from someone else's markup, and how it becomes a valid
 * {@link Claim}: every field remembers where in the input it came from, so problems
 * point at the input (`[2].reviewRating.ratingValue`), not at a claim the author
 * never wrote.
 */
import { MAX_CLAIMS, type Claim } from '../schema/claim-schema.js';
import { parseClaim } from '../schema/parse.js';
import type { ParseIssue, ParseResult } from '../schema/result.js';
import { claimIds, type IdHint } from './claim-ids.js';
import { reader, type JsonObject, type Located } from './json-ld-nodes.js';

export interface Draft extends IdHint {
  claim: JsonObject;
  /** Claim path (`source.url`) → input path. */
  origin: Map<string, string>;
  /** Where the whole review is. */
  at: string;
  /** Nodes by `@id`, for references. */
  ids: Map<string, Located>;
}

export interface ImportOptions {
  /**
   * Keep the claims that could be read when others could not: their errors become
   * warnings. Elements use this so one broken review on a page does not hide the rest.
   * The result still fails when no claim could be read.
   */
  partial?: boolean;
}

/**
 * Most claims one import gives, as for claim JSON: each review is validated and given an
 * id, so markup with a million reviews must not hold the page or the CLI that long.
 */
export const MAX_DRAFTS = MAX_CLAIMS;

/** The warning for input that would give `total` claims, more than {@link MAX_DRAFTS}. */
export const tooManyClaims = (total: number): ParseIssue => ({
  path: '',
  message: `would give ${total.toLocaleString('en')} claims: the limit is ${MAX_DRAFTS.toLocaleString('en')}; the rest are left out`,
});

export const newDraft = (at: string, ids: Map<string, Located> = new Map()): Draft => ({ claim: {}, origin: new Map(), at, ids });

// CMS plugins often write ClaimReview text HTML-escaped ("Says &#8220;…&#8221;", "R&amp;D"):
// numeric references and the named ones news text uses are read as the characters they
// stand for. The result is still only ever text (a decoded "<b>" shows as "<b>").
const ENTITY = /&(#\d{1,7}|#[xX][\da-fA-F]{1,6}|[a-zA-Z]{2,6});/g;
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', hellip: '\u2026', laquo: '\u00ab', raquo: '\u00bb',
};
const decodeEntities = (s: string): string =>
  s.replace(ENTITY, (whole, name: string) => {
    if (name[0] !== '#') return Object.hasOwn(NAMED, name) ? NAMED[name]! : whole;
    const code = /x/i.test(name[1]!) ? parseInt(name.slice(2), 16) : +name.slice(1);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });

/** Sets a claim field (`verdict.label`) from an input value; absent values only record where they were looked for. */
function put(draft: Draft, path: string, { value, at }: Located): void {
  draft.origin.set(path, at);
  if (value === undefined) return;
  if (typeof value === 'string' && value.includes('&')) value = decodeEntities(value);
  const keys = path.split('.');
  const last = keys.pop()!;
  let target = draft.claim;
  for (const key of keys) target = (target[key] ??= {}) as JsonObject;
  // Ratings come as numbers or numeric strings ("4"); anything else goes on to the schema.
  target[last] = /^(rating|best|worst)$/.test(last) && typeof value === 'string' && value.trim() && Number.isFinite(+value) ? +value : value;
}

/**
 * Fills claim fields from a node by a spec of `field=path|path` rules separated by
 * spaces (path syntax: {@link reader}), each field name prefixed with `prefix`.
 * A table, not code, so the mapping reads in one place and costs few bytes.
 */
export function fill(draft: Draft, from: Located, prefix: string, spec: string): void {
  const { pick } = reader(draft.ids);
  if (prefix) draft.origin.set(prefix.slice(0, -1), from.at);
  for (const rule of spec.split(' ')) {
    const [field, paths] = rule.split('=') as [string, string];
    put(draft, prefix + field, pick(from, paths));
  }
}

/** Where a claim path came from: the nearest recorded field, else the review. */
function inputPath(draft: Draft, path: string): string {
  for (let p = path; p; p = p.slice(0, Math.max(0, p.lastIndexOf('.')))) {
    const at = draft.origin.get(p);
    if (at !== undefined) return at;
  }
  return draft.at;
}

/** Fields whose loss takes the object holding them along (a claimant without a name is no claimant). */
const REQUIRED = /^(name|label|statement|exact)$/;

/**
 * Validates a draft with the claim schema. Third-party markup is full of small faults
 * (a relative link, a date in words, a rating of -1 meaning "none"); those fields are
 * left out with a warning so the claim survives. Only a missing or unusable statement
 * fails the claim.
 */
function validate(draft: Draft, warnings: ParseIssue[]): ParseResult<Claim> {
  for (let round = 0; ; round++) {
    const result = parseClaim(draft.claim);
    if (result.ok) return result;
    const errors = result.errors.map(({ path, message }) => ({ path, at: inputPath(draft, path), message }));
    // Each round drops at least one field; a handful of rounds covers every nesting level.
    const fatal = errors.filter(({ path }) => /^(statement|id|)$/.test(path));
    if (fatal.length || round > 5) return { ok: false, errors: errors.map(({ at, message }) => ({ path: at, message })), warnings: [] };
    for (const { path, at, message } of errors) {
      const keys = path.split('.');
      let parent = draft.claim;
      if (keys[0] === 'verdict' && keys[1] && keys[1] !== 'label') {
        // A broken scale takes all its numbers; the label alone is still a verdict.
        const verdict = parent.verdict as JsonObject;
        delete verdict.rating, delete verdict.best, delete verdict.worst;
        warnings.push({ path: at, message: `${message} (numbers left out, label kept)` });
        continue;
      }
      const whole = REQUIRED.test(keys[keys.length - 1]!) && keys.pop();
      const last = keys.pop()!;
      for (const key of keys) parent = (parent[key] ?? {}) as JsonObject;
      delete parent[last];
      warnings.push({ path: at, message: `${message} (${whole ? [...keys, last].join('.') + ' ' : ''}left out)` });
    }
  }
}

/** Gives the drafts their ids and validates them: the result every importer returns. */
export function finish(drafts: Draft[], options: ImportOptions = {}): ParseResult<Claim[]> {
  const ids = claimIds(drafts);
  const value: Claim[] = [];
  const failed: ParseIssue[] = [];
  const warnings: ParseIssue[] = [];
  drafts.forEach((draft, i) => {
    draft.claim.id = ids[i];
    const result = validate(draft, warnings);
    if (result.ok) value.push(result.value);
    else failed.push(...result.errors);
  });
  if (failed.length && (!options.partial || !value.length)) return { ok: false, errors: failed, warnings };
  return { ok: true, value, warnings: [...warnings, ...failed] };
}
