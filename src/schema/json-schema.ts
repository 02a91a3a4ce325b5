/**
 * Builds the published JSON Schema from the zod schemas, with titles and descriptions
 * for CMS vendors and editors' tools. Node-only in practice (build and CLI): the words
 * live here, not in the schemas, so browser bundles do not carry them.
 */
import * as z from 'zod/mini';
import {
  ClaimantSchema,
  ClaimSchema,
  ClaimSetSchema,
  CounterClaimSchema,
  QuoteSchema,
  ReviewSchema,
  SourceSchema,
  VerdictSchema,
  type JsonKeywords,
} from './claim-schema.js';

export const SCHEMA_ID = 'https://unpkg.com/claim-cards/schema/claim-set.schema.json';

type Meta = { id?: string; title?: string; description: string };

const fieldMeta = (shape: Record<string, z.core.$ZodType>, words: Record<string, Meta>) =>
  Object.entries(words).map(([key, meta]) => [shape[key]!, meta] as const);

function describe(): z.core.$ZodRegistry<Meta> {
  const registry = z.registry<Meta>();
  const entries: (readonly [z.core.$ZodType, Meta])[] = [
    [ClaimSetSchema, { title: 'Claim set', description: 'A set of fact-checked claims for claim-cards elements (format version 1).' }],
    ...fieldMeta(ClaimSetSchema.shape, {
      $schema: { description: 'Optional link to this JSON Schema, for editors that validate as you type.' },
      version: { description: 'Format version. Always 1.' },
      claims: { description: 'The claims, each with an id unique in the set.' },
    }),
    [ClaimSchema, { title: 'Claim', description: 'One claim as it was made, who made it and where, what contradicts it, and the verdict.' }],
    ...fieldMeta(ClaimSchema.shape, {
      id: { description: 'Stable identifier: 1–64 lower-case letters, digits or hyphens, starting with a letter or digit. Used in claim-id attributes and #claim-<id> links.' },
      statement: { description: 'The claim, worded as it was made.' },
      claimant: { description: 'Who made the claim.' },
      date: { description: 'When the claim was made: an ISO 8601 date (2018-08-01) or date-time (2018-08-01T14:30:00Z).' },
      source: { description: 'Where the claim appeared.' },
      counterClaim: { description: 'What contradicts the claim, with its evidence.' },
      verdict: { description: 'The fact-checker’s verdict.' },
      review: { description: 'The published fact-check.' },
      quote: { description: 'Where the claim stands in the host article, for <claim-annotator>. Defaults to the statement.' },
      lang: { description: 'Language of the statement, as a BCP 47 tag (en, ru, ko, ar, pt-BR).' },
    }),
    [ClaimantSchema, { title: 'Claimant', description: 'A person or organisation that made a claim.' }],
    ...fieldMeta(ClaimantSchema.shape, {
      name: { description: 'Name as readers know it.' },
      title: { description: 'Role or office, e.g. "Russia’s ambassador to North Korea".' },
      url: { description: 'A page about the claimant (https:// or http://).' },
    }),
    [SourceSchema, { title: 'Source', description: 'A publication: where a claim appeared or where evidence was published. Needs at least a url, a title or a publisher.' }],
    ...fieldMeta(SourceSchema.shape, {
      url: { description: 'Link to the publication (https:// or http://).' },
      title: { description: 'Headline or title.' },
      publisher: { description: 'Outlet or organisation that published it.' },
      date: { description: 'Publication date (ISO 8601).' },
    }),
    [CounterClaimSchema, { title: 'Counter-claim', description: 'What contradicts the claim.' }],
    ...fieldMeta(CounterClaimSchema.shape, {
      statement: { description: 'The contradicting statement or evidence, in brief.' },
      source: { description: 'Where the counter-claim was published.' },
      date: { description: 'When the counter-claim was made or published (ISO 8601).' },
    }),
    [VerdictSchema, { title: 'Verdict', description: 'The verdict label and, optionally, a numeric rating on a scale from worst to best (schema.org defaults: 1 to 5).' }],
    ...fieldMeta(VerdictSchema.shape, {
      label: { description: 'The verdict in words, e.g. "False", "Misleading", "True". Always shown as text.' },
      rating: { description: 'Whole-number rating between worst and best.' },
      best: { description: 'Best possible rating (default 5). Must be greater than worst.' },
      worst: { description: 'Worst possible rating (default 1).' },
    }),
    [ReviewSchema, { title: 'Review', description: 'The published fact-check article.' }],
    ...fieldMeta(ReviewSchema.shape, {
      url: { description: 'Link to the fact-check (https:// or http://). Needed for ClaimReview markup.' },
      publisher: { description: 'Organisation that published the fact-check.' },
      author: { description: 'Person who wrote it.' },
      date: { description: 'Publication date (ISO 8601).' },
    }),
    [QuoteSchema, { title: 'Quote', description: 'A text-quote selector: the exact words in the article, with a little context on each side to tell repeated sentences apart.' }],
    ...fieldMeta(QuoteSchema.shape, {
      exact: { description: 'The words as they stand in the article.' },
      prefix: { description: 'Text just before the quote (about 32 characters).' },
      suffix: { description: 'Text just after the quote (about 32 characters).' },
    }),
  ];
  for (const [schema, meta] of entries) registry.add(schema, meta);
  return registry;
}

/** The JSON Schema (draft 2020-12) of a claim set. */
export function claimSetJsonSchema(): Record<string, unknown> {
  const body = z.toJSONSchema(ClaimSetSchema, {
    target: 'draft-2020-12',
    io: 'input',
    metadata: describe(),
    unrepresentable: 'any',
    reused: 'inline',
    // The rules are zod checks that carry their JSON Schema keywords (see `rule` in
    // claim-schema.ts); the converter cannot read a check's code, so copy them here.
    override: ({ zodSchema, jsonSchema }) => {
      for (const check of (zodSchema._zod.def.checks ?? []) as { json?: JsonKeywords }[]) {
        if (check.json) Object.assign(jsonSchema, check.json);
      }
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = body;
  return { $schema, $id: SCHEMA_ID, ...rest };
}
