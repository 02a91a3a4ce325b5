/** fast-check arbitraries for hostile claim data (the Node tests have the same shapes). */
import fc from 'fast-check';

const KEYS = [
  'id', 'statement', 'claimant', 'name', 'title', 'url', 'date', 'source', 'publisher', 'counterClaim', 'verdict',
  'label', 'rating', 'best', 'worst', 'review', 'author', 'quote', 'exact', 'lang', 'version', 'claims',
  '@type', '@graph', '@id', 'claimReviewed', 'itemReviewed', 'reviewRating', 'alternateName', 'appearance',
  '__proto__', 'constructor', 'prototype', 'polluted',
];

/** Text that would be markup, script or a link if anything rendered it as HTML. */
export const MARKUP = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '<a href="javascript:window.__pwned=1">click</a>',
  '"><svg onload=window.__pwned=1>',
  '&lt;b&gt;escaped&lt;/b&gt;',
  '<style>*{display:none}</style>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '<!-- comment -->',
];

const leaf = fc.oneof(
  fc.constantFrom(
    null, true, false, 0, -1, 2.5, '', '   ', 'ClaimReview', 'https://example.org/a', 'javascript:alert(1)', 'data:text/html,x',
    '//evil.example/x', 'https://user:pw@example.org/', '2019-02-30', '2018-08-01', 'Misleading', 'a', 'en', 1, 5, ...MARKUP,
  ),
  fc.string({ maxLength: 16 }),
);

/** Arbitrary JSON (built as text and parsed, so `__proto__` keys are own properties). */
export const hostileJson: fc.Arbitrary<unknown> = fc
  .letrec<{ json: string; array: string; object: string }>((tie) => ({
    json: fc.oneof({ depthSize: 'small' }, leaf.map((v) => JSON.stringify(v)), tie('array'), tie('object')),
    array: fc.array(tie('json'), { maxLength: 3 }).map((items) => `[${items.join(',')}]`),
    object: fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 5 })), tie('json')), { maxLength: 5 })
      .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  }))
  .json.map((text) => JSON.parse(text) as unknown);

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/);
const words = fc.oneof(fc.stringMatching(/^[A-Za-z0-9 ,.'"<>&;=/-]{1,40}$/).filter((s) => s.trim() !== ''), fc.constantFrom(...MARKUP));
const url = fc.constantFrom('https://example.org/', 'http://example.com/a?b=c#d', 'https://例え.jp/パス', 'https://example.org/<script>');
const date = fc.constantFrom('2018-08-01', '2024-02-29', '2018-08-01T14:30:00Z', '2018-08-01T14:30:05.250+03:00');
const source = fc.record({ url, title: words, publisher: words, date }, { requiredKeys: ['url'] });
const verdict = fc.oneof(
  fc.record({ label: words }),
  fc.record({ label: words, rating: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ label: words, rating: fc.constant(0), best: fc.constant(20), worst: fc.constant(0) }),
);

/** Claims the schema accepts; their text is often markup. */
export const validClaim = fc.record(
  {
    id,
    statement: words,
    claimant: fc.record({ name: words, title: words, url }, { requiredKeys: ['name'] }),
    date,
    source,
    counterClaim: fc.record({ statement: words, source, date }, { requiredKeys: ['statement'] }),
    verdict,
    review: fc.record({ url, publisher: words, author: words, date }, { requiredKeys: ['url'] }),
    quote: fc.record({ exact: words }),
    lang: fc.constantFrom('en', 'ru', 'ar', 'de'),
  },
  { requiredKeys: ['id', 'statement'] },
);

function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const step = Array.isArray(value) ? Number(key) : key;
      out.push([...prefix, step]);
      pathsOf((value as Record<string, unknown>)[key], [...prefix, step], out);
    }
  }
  return out;
}

/** A valid claim with one place replaced by hostile JSON, or removed. */
export const mutatedClaim: fc.Arbitrary<unknown> = validClaim.chain((claim) =>
  fc.tuple(fc.constantFrom(...pathsOf(claim)), fc.option(hostileJson, { nil: undefined, freq: 4 })).map(([path, replacement]) => {
    const copy = structuredClone(claim) as Record<string | number, unknown>;
    let parent = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path.at(-1)!;
    if (replacement === undefined) delete parent[last];
    else Object.defineProperty(parent, last, { value: replacement, enumerable: true, writable: true, configurable: true });
    return copy;
  }),
);

/** Anything an element might be handed: JSON, a claim, a set of claims, a list. */
export const elementInput: fc.Arbitrary<unknown> = fc.oneof(
  hostileJson,
  validClaim,
  mutatedClaim,
  fc.array(fc.oneof(validClaim, mutatedClaim), { maxLength: 4 }).map((claims) => ({ version: 1, claims })),
  fc.array(fc.oneof(validClaim, mutatedClaim, hostileJson), { maxLength: 4 }),
  hostileJson.map((inner) => ({ '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'x', itemReviewed: inner, reviewRating: inner, url: inner })),
);

/** fc.assert, with the failing assertion's own message in the report. */
export async function check(property: fc.IAsyncProperty<[unknown]> | fc.IAsyncProperty<unknown[]>, options: fc.Parameters<unknown[]> = {}) {
  try {
    await fc.assert(property as fc.IAsyncProperty<unknown[]>, options);
  } catch (error) {
    const cause = (error as Error).cause;
    throw new Error(`${(error as Error).message}\n${cause instanceof Error ? cause.message : String(cause ?? '')}`);
  }
}
