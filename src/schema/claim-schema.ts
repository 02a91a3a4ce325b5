/**
 * The claim JSON, version 1, as zod/mini schemas: the single source of the rules.
 * The JSON Schema in `schema/claim-set.schema.json` is generated from these.
 *
 * Messages are written for the editor who typed the data, not for a type checker;
 * type errors get their words in `messages.ts`, the checks here carry their own.
 */
import * as z from 'zod/mini';
import { isSafeHref, MAX_URL_LENGTH } from '../internal/safe-url.js';
import { dateProblem, ISO_DATE_PATTERN } from './dates.js';

// zod probes `new Function` to speed up object parsing; under a strict CSP (no
// 'unsafe-eval') that probe alone fires a securitypolicyviolation report on the
// publisher's page. Switch it off before the first schema is built.
z.config({ jitless: true });

/** Longest statement or counter-statement, in characters. */
export const MAX_STATEMENT_LENGTH = 10_000;
/** Longest name, title, label or other short text, in characters. */
export const MAX_TEXT_LENGTH = 1_000;
/** Most claims in one set. */
export const MAX_CLAIMS = 10_000;

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
const HTTP_START = /^[Hh][Tt][Tt][Pp][Ss]?:\/\//;
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

/** JSON Schema keywords a rule stands for; `json-schema.ts` copies them into the published schema. */
export type JsonKeywords = Record<string, unknown>;

/**
 * One rule: a test that returns the editor-facing problem (or nothing), plus the JSON
 * Schema keywords that say the same thing. Every rule is a plain zod check rather than
 * zod's built-in string and number checks: the same validation in a third of the
 * bytes, which matters in a bundle that ships to every article page.
 */
function rule<T>(test: (value: T) => string | undefined | false, json?: JsonKeywords) {
  const check = z.check<T>((ctx) => {
    const problem = test(ctx.value);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  });
  return json ? Object.assign(check, { json }) : check;
}

const tooLong = (max: number) => `is too long: the limit is ${max.toLocaleString('en')} characters`;

/** Trimmed text of 1 to `max` characters. Trimming happens in the check so the value comes out clean. */
const text = (max: number) =>
  z.string().check(
    z.check<string>((ctx) => {
      ctx.value = ctx.value.trim();
    }),
    rule((v: string) => (!v ? 'must not be empty' : v.length > max && tooLong(max)), { minLength: 1, maxLength: max }),
  );
const shortText = () => text(MAX_TEXT_LENGTH);

const httpUrl = () =>
  z.string().check(
    rule(
      (v: string) =>
        v.length > MAX_URL_LENGTH
          ? tooLong(MAX_URL_LENGTH)
          : !HTTP_START.test(v)
            ? 'must be an https:// or http:// link'
            : !isSafeHref(v) && 'must be a complete https:// or http:// link, without spaces, hidden characters or a user name',
      { format: 'uri', pattern: HTTP_START.source, maxLength: MAX_URL_LENGTH },
    ),
  );

const isoDate = () => z.string().check(rule(dateProblem, { pattern: ISO_DATE_PATTERN.source }));

const whole = () =>
  z.number().check(rule((v: number) => !Number.isInteger(v) && `must be a whole number, not ${v}`, { type: 'integer' }));

const languageTag = () =>
  z.string().check(
    rule((tag: string) => {
      if (!LANGUAGE_TAG.test(tag)) return 'must be a language tag like en, ru or pt-BR';
      try {
        Intl.getCanonicalLocales(tag);
      } catch {
        return 'is not a known language tag';
      }
    }, { pattern: LANGUAGE_TAG.source }),
  );

export const SourceSchema = z.object({
  url: z.optional(httpUrl()),
  title: z.optional(shortText()),
  publisher: z.optional(shortText()),
  date: z.optional(isoDate()),
}).check(
  rule((s) => s.url === undefined && s.title === undefined && s.publisher === undefined && 'needs at least a url, a title or a publisher', {
    anyOf: [{ required: ['url'] }, { required: ['title'] }, { required: ['publisher'] }],
  }),
);

export const ClaimantSchema = z.object({
  name: shortText(),
  title: z.optional(shortText()),
  url: z.optional(httpUrl()),
});

export const CounterClaimSchema = z.object({
  statement: text(MAX_STATEMENT_LENGTH),
  source: z.optional(SourceSchema),
  date: z.optional(isoDate()),
});

/**
 * A rating needs a scale. schema.org's defaults (best 5, worst 1) apply when one end is
 * left out, so a lone `rating: 2` means "2 out of 1–5".
 */
export const VerdictSchema = z.object({
  label: shortText(),
  rating: z.optional(whole()),
  best: z.optional(whole()),
  worst: z.optional(whole()),
}).check(
  z.check((ctx) => {
    const num = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);
    const rating = num(ctx.value.rating);
    const best = num(ctx.value.best);
    const worst = num(ctx.value.worst);
    if (rating === undefined && best === undefined && worst === undefined) return;
    const hi = best ?? 5;
    const lo = worst ?? 1;
    if (lo >= hi) {
      ctx.issues.push({
        code: 'custom',
        message: `worst (${lo}) must be lower than best (${hi})`,
        input: ctx.value,
        path: [best !== undefined && worst === undefined ? 'best' : 'worst'],
      });
    } else if (rating !== undefined && (rating < lo || rating > hi)) {
      ctx.issues.push({
        code: 'custom',
        message: `${rating} is outside the scale from ${lo} (worst) to ${hi} (best)`,
        input: ctx.value,
        path: ['rating'],
      });
    }
  }),
);

export const ReviewSchema = z.object({
  url: z.optional(httpUrl()),
  publisher: z.optional(shortText()),
  author: z.optional(shortText()),
  date: z.optional(isoDate()),
});

const context = () =>
  z.string().check(rule((v: string) => v.length > MAX_TEXT_LENGTH && tooLong(MAX_TEXT_LENGTH), { maxLength: MAX_TEXT_LENGTH }));

export const QuoteSchema = z.object({
  exact: text(MAX_STATEMENT_LENGTH),
  prefix: z.optional(context()),
  suffix: z.optional(context()),
});

export const ClaimSchema = z.object({
  id: z.string().check(
    rule((v: string) => !ID_PATTERN.test(v) && 'must be 1 to 64 lower-case letters, digits or hyphens, starting with a letter or digit', {
      pattern: ID_PATTERN.source,
    }),
  ),
  statement: text(MAX_STATEMENT_LENGTH),
  claimant: z.optional(ClaimantSchema),
  date: z.optional(isoDate()),
  source: z.optional(SourceSchema),
  counterClaim: z.optional(CounterClaimSchema),
  verdict: z.optional(VerdictSchema),
  review: z.optional(ReviewSchema),
  quote: z.optional(QuoteSchema),
  lang: z.optional(languageTag()),
});

export const ClaimSetSchema = z.object({
  $schema: z.optional(z.string()),
  version: z.literal(1),
  claims: z.array(ClaimSchema).check(
    rule((list: unknown[]) => list.length > MAX_CLAIMS && `holds too many claims: the limit is ${MAX_CLAIMS.toLocaleString('en')}`, {
      maxItems: MAX_CLAIMS,
    }),
    z.check((ctx) => {
      if (!Array.isArray(ctx.value)) return;
      const seen = new Map<string, number>();
      // Runs even when other claims have problems, so their values are not trusted.
      ctx.value.forEach((claim: unknown, index) => {
        const id = claim && typeof claim === 'object' ? (claim as { id?: unknown }).id : undefined;
        if (typeof id !== 'string') return;
        const first = seen.get(id);
        if (first === undefined) {
          seen.set(id, index);
          return;
        }
        ctx.issues.push({
          code: 'custom',
          message: `duplicate id "${id}": claims[${first}] already uses it`,
          input: id,
          path: [index, 'id'],
        });
      });
    }, { when: () => true }),
  ),
});

export type Claim = z.output<typeof ClaimSchema>;
export type ClaimSet = z.output<typeof ClaimSetSchema>;
export type Claimant = z.output<typeof ClaimantSchema>;
export type ClaimSource = z.output<typeof SourceSchema>;
export type CounterClaim = z.output<typeof CounterClaimSchema>;
export type Verdict = z.output<typeof VerdictSchema>;
export type Review = z.output<typeof ReviewSchema>;
export type Quote = z.output<typeof QuoteSchema>;
