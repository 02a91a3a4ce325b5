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

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const shortText = () => text(MAX_TEXT_LENGTH);

const HTTP_START = /^[Hh][Tt][Tt][Pp][Ss]?:\/\//;
const httpUrl = () =>
  z.string().check(
    z.maxLength(MAX_URL_LENGTH),
    z.regex(HTTP_START, 'must be an https:// or http:// link'),
    // Only speaks when the start looked right, so an editor gets one message per field.
    z.refine(
      (v: string) => !HTTP_START.test(v) || isSafeHref(v),
      'must be a complete https:// or http:// link, without spaces, hidden characters or a user name',
    ),
  );

/** Reports the calendar problem only once the shape is right, so an editor sees one message. */
const isoDate = () =>
  z.string().check(
    z.regex(ISO_DATE_PATTERN, 'must be a date like 2018-08-01 or a date and time like 2018-08-01T14:30:00Z'),
    z.check<string>((ctx) => {
      if (!ISO_DATE_PATTERN.test(ctx.value)) return;
      const problem = dateProblem(ctx.value);
      if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
    }),
  );

const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;
const languageTag = () =>
  z.string().check(
    z.regex(LANGUAGE_TAG, 'must be a language tag like en, ru or pt-BR'),
    z.refine((tag: string) => {
      if (!LANGUAGE_TAG.test(tag)) return true;
      try {
        return Intl.getCanonicalLocales(tag).length === 1;
      } catch {
        return false;
      }
    }, 'is not a known language tag'),
  );

export const SourceSchema = z.object({
  url: z.optional(httpUrl()),
  title: z.optional(shortText()),
  publisher: z.optional(shortText()),
  date: z.optional(isoDate()),
}).check(
  z.refine(
    (s) => s.url !== undefined || s.title !== undefined || s.publisher !== undefined,
    'needs at least a url, a title or a publisher',
  ),
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
  rating: z.optional(z.int()),
  best: z.optional(z.int()),
  worst: z.optional(z.int()),
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

export const QuoteSchema = z.object({
  exact: text(MAX_STATEMENT_LENGTH),
  prefix: z.optional(z.string().check(z.maxLength(MAX_TEXT_LENGTH))),
  suffix: z.optional(z.string().check(z.maxLength(MAX_TEXT_LENGTH))),
});

export const ClaimSchema = z.object({
  id: z.string().check(
    z.regex(ID_PATTERN, 'must be 1 to 64 lower-case letters, digits or hyphens, starting with a letter or digit'),
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
    z.maxLength(MAX_CLAIMS),
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
