// Hostile data, property-based (fast-check) against the built library: arbitrary JSON and
// mutated valid claims never make a reader throw; every invalid document comes back with
// errors whose paths point into the input; nothing accepted carries a link other than
// http(s); `__proto__`/`constructor`/`prototype` keys pollute nothing. Plus the limits:
// a 10 MB file, 10,000 claims, a 100,000-character statement, JSON nested 10,000 deep.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { parseClaim, parseClaimSet, parseJsonText, MAX_JSON_BYTES } from '../../dist/schema/index.js';
import { claimsFromAny, fromClaimReview, fromFactCheckApi, toClaimReview } from '../../dist/jsonld/index.js';
import { readClaimData, pickClaim } from '../../dist/internal/claim-data.js';
import { readClaimInput } from '../../dist/internal/claim-input.js';
import { safeHref } from '../../dist/internal/safe-url.js';

const RUNS = { numRuns: 400 };

/** fc.assert, with the failing assertion's own message in the report (fast-check keeps it in `cause`). */
async function check(property, options) {
  try {
    await fc.assert(property, options);
  } catch (error) {
    const cause = error.cause instanceof Error ? error.cause.message : String(error.cause ?? '');
    throw new Error(`${error.message}\n${cause}`);
  }
}

// ---------------------------------------------------------------------------------------
// Arbitraries

/** Keys a hostile or careless writer uses: the schema's, JSON-LD's, and prototype traps. */
const KEYS = [
  'id', 'statement', 'claimant', 'name', 'title', 'url', 'date', 'source', 'publisher', 'counterClaim', 'verdict',
  'label', 'rating', 'best', 'worst', 'review', 'author', 'quote', 'exact', 'prefix', 'suffix', 'lang', 'version',
  'claims', '$schema', '@type', '@graph', '@id', '@context', 'claimReviewed', 'itemReviewed', 'reviewRating',
  'text', 'claimReview', 'textualRating', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'length',
];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];

/** Leaves that break things: hostile links, markup, odd numbers, long and empty text. */
const leaf = fc.oneof(
  fc.constantFrom(
    'null', 'true', 'false', '0', '-1', '1e309', '2.5', '""', '"   "', '"ClaimReview"', '"https://example.org/a"',
    '"javascript:alert(1)"', '"JaVaScRiPt:alert(1)"', '"\\u0001javascript:alert(1)"', '"java\\tscript:x"', '"data:text/html,x"',
    '"//evil.example/x"', '"https://user:pw@example.org/"', '"<img src=x onerror=alert(1)>"', '"2019-02-30"', '"2018-08-01"',
    '"Misleading"', '"a"', '"en"', '1', '5', '{"@id":"#x"}',
  ),
  fc.string({ maxLength: 20 }).map((s) => JSON.stringify(s)),
  fc.double({ noNaN: true }).map((n) => JSON.stringify(n)),
);

/** JSON *text* (so `__proto__` keys become own properties, as JSON.parse makes them). */
const { json: jsonText } = fc.letrec((tie) => ({
  json: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('json'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
  object: fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 })), tie('json')), { maxLength: 6 })
    .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
}));

const hostileJson = jsonText.map((text) => JSON.parse(text));

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const words = fc.stringMatching(/^[A-Za-z0-9 ,.'"<>&;=/-]{1,60}$/).filter((s) => s.trim() !== '');
const url = fc.webUrl({ withQueryParameters: true, withFragments: true }).filter((u) => safeHref(u) !== undefined);
const isoDate = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .chain((d) => fc.constantFrom(d.toISOString().slice(0, 10), d.toISOString().replace(/\.\d+Z$/, 'Z')));
const source = fc.record({ url, title: words, publisher: words, date: isoDate }, { requiredKeys: ['url'] });
const verdict = fc
  .tuple(words, fc.integer({ min: -5, max: 5 }), fc.integer({ min: 1, max: 10 }), fc.nat(10), fc.boolean())
  .map(([label, worst, span, pick, rated]) => (rated ? { label, worst, best: worst + span, rating: worst + (pick % (span + 1)) } : { label }));

/** Claims the schema accepts, with every optional field sometimes present. */
const validClaim = fc.record(
  {
    id,
    statement: words,
    claimant: fc.record({ name: words, title: words, url }, { requiredKeys: ['name'] }),
    date: isoDate,
    source,
    counterClaim: fc.record({ statement: words, source, date: isoDate }, { requiredKeys: ['statement'] }),
    verdict,
    review: fc.record({ url, publisher: words, author: words, date: isoDate }, { requiredKeys: ['url'] }),
    quote: fc.record({ exact: words, prefix: words, suffix: words }, { requiredKeys: ['exact'] }),
    lang: fc.constantFrom('en', 'ru', 'ko', 'ar', 'pt-BR', 'de'),
  },
  { requiredKeys: ['id', 'statement'] },
);

/** Every path in a JSON value, as arrays of keys. */
function pathsOf(value, prefix = [], out = []) {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      out.push([...prefix, Array.isArray(value) ? Number(key) : key]);
      pathsOf(value[key], [...prefix, Array.isArray(value) ? Number(key) : key], out);
    }
  }
  return out;
}

/** A valid claim, one place changed to hostile JSON or removed. */
const mutatedClaim = validClaim.chain((claim) => {
  const paths = pathsOf(claim);
  return fc.tuple(fc.constant(claim), fc.constantFrom(...paths), fc.option(hostileJson, { nil: undefined, freq: 4 })).map(([base, path, replacement]) => {
    const copy = structuredClone(base);
    let parent = copy;
    for (const key of path.slice(0, -1)) parent = parent[key];
    const last = path.at(-1);
    if (replacement === undefined) delete parent[last];
    else Object.defineProperty(parent, last, { value: replacement, enumerable: true, writable: true, configurable: true });
    return { claim: copy, path };
  });
});

// ---------------------------------------------------------------------------------------
// Checks

/** `claims[2].source.url`, `["my field"]`, or "" for the document itself. */
const PATH = /^(?:(?:@?[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])(?:\.@?[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*)?$/;

/** A formatted path back to keys. */
function keysOf(path) {
  const keys = [];
  const step = /\.?(@?[A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/gy;
  let m;
  while (step.lastIndex < path.length && (m = step.exec(path))) keys.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : JSON.parse(m[3])));
  return keys;
}

/** An error path points into the input: everything up to its last key exists there. */
function pointsInto(input, path) {
  let at = input;
  for (const key of keysOf(path).slice(0, -1)) {
    if (!at || typeof at !== 'object' || !Object.hasOwn(at, key)) return false;
    at = at[key];
  }
  return true;
}

function assertIssues(issues, input, what) {
  for (const issue of issues) {
    assert.equal(typeof issue.path, 'string', `${what}: path is text`);
    assert.match(issue.path, PATH, `${what}: path ${JSON.stringify(issue.path)} is well formed`);
    assert.ok(typeof issue.message === 'string' && issue.message.trim(), `${what}: message is not empty`);
    if (input !== undefined) assert.ok(pointsInto(input, issue.path), `${what}: ${issue.path} points into the input`);
  }
}

function assertResult(result, input, what) {
  assert.equal(typeof result.ok, 'boolean', what);
  assert.ok(Array.isArray(result.warnings), what);
  if (!result.ok) {
    assert.ok(result.errors.length > 0, `${what}: an invalid document has at least one error`);
    assertIssues(result.errors, input, what);
  }
  assertIssues(result.warnings, input, `${what} warning`);
}

const URL_KEYS = new Set(['url']);
/** Every object is plain, no own `__proto__`, every `url` passes the allow-list unchanged. */
function assertCleanValue(value, what) {
  if (!value || typeof value !== 'object') return;
  const proto = Object.getPrototypeOf(value);
  assert.ok(proto === Object.prototype || proto === Array.prototype, `${what}: plain object or array`);
  assert.equal(Object.hasOwn(value, '__proto__'), false, `${what}: no own __proto__`);
  for (const [key, child] of Object.entries(value)) {
    if (URL_KEYS.has(key)) {
      assert.equal(typeof child, 'string');
      assert.match(new URL(child).protocol, /^https?:$/, `${what}.${key}`);
      assert.notEqual(safeHref(child), undefined, `${what}.${key} passes safeHref`);
    }
    assertCleanValue(child, `${what}.${key}`);
  }
}

const snapshot = () =>
  [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join(','));
const before = snapshot();
function assertUnpolluted() {
  assert.deepEqual(snapshot(), before, 'no prototype gained a property');
  for (const key of ['polluted', 'id', 'statement', 'claims', 'version', 'url']) {
    assert.equal({}[key], undefined, `({}).${key}`);
    assert.equal([][key], undefined, `[].${key}`);
  }
}

/** Runs every reader over `input`; returns nothing, asserts everything. */
async function readEverything(input) {
  const results = {
    parseClaim: parseClaim(input),
    parseClaimSet: parseClaimSet(input),
    fromClaimReview: fromClaimReview(input),
    fromClaimReviewPartial: fromClaimReview(input, { partial: true }),
    fromFactCheckApi: fromFactCheckApi(input),
    claimsFromAny: claimsFromAny(input),
  };
  for (const [name, result] of Object.entries(results)) {
    // ClaimReview paths name the markup, and JSON-LD readers follow @id references: those
    // paths still point into the input (the referenced node), so the check holds for all.
    assertResult(result, ['claimsFromAny', 'parseClaim', 'parseClaimSet'].includes(name) ? input : undefined, name);
    if (result.ok) {
      assertCleanValue(result.value, name);
      for (const claim of Array.isArray(result.value) ? result.value : result.value.claims ?? [result.value]) {
        assertCleanValue(toClaimReview(claim), 'toClaimReview');
      }
    }
  }
  // What the elements run: claim by claim, then one claim picked.
  const data = readClaimData(input);
  assertIssues(data.errors, input, 'readClaimData');
  for (const issues of data.invalid.values()) {
    assert.ok(issues.length > 0);
    assertIssues(issues, input, 'readClaimData invalid');
  }
  for (const claim of data.claims) assertCleanValue(claim, 'readClaimData claim');
  const pick = pickClaim(data, undefined);
  if (!pick.ok) assert.ok(pick.errors.length > 0, 'a claim that cannot be shown says why');
  for (const format of ['auto', 'claimreview', 'claims']) {
    const read = await readClaimInput(input, format);
    for (const claim of read.claims) assertCleanValue(claim, `readClaimInput ${format}`);
    if (!read.claims.length && !(read.total === 0 && read.errors.length === 0)) {
      assert.ok(read.errors.length + read.invalid.size > 0, `readClaimInput ${format}: no claims means errors`);
    }
  }
  assertUnpolluted();
}

// ---------------------------------------------------------------------------------------

describe('arbitrary JSON', () => {
  test('no reader throws; invalid documents have errors with paths into the input; nothing is polluted', async () => {
    await check(fc.asyncProperty(hostileJson, readEverything), RUNS);
  });

  test('claim sets and ClaimReview wrappers around arbitrary JSON', async () => {
    const wrapped = hostileJson.chain((inner) =>
      fc.constantFrom(
        { version: 1, claims: [inner] },
        { version: 1, claims: [{ id: 'a', statement: 'x' }, inner, { id: 'a', statement: 'again' }] },
        [inner, { id: 'b', statement: 'y' }],
        { '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'x', itemReviewed: inner, reviewRating: inner },
        { '@graph': [inner, { '@type': 'ClaimReview', claimReviewed: inner, author: inner }] },
        { claims: [{ text: inner, claimReview: [inner] }] },
      ),
    );
    await check(fc.asyncProperty(wrapped, readEverything), RUNS);
  });

  test('JSON text of any shape: parseJsonText never throws and agrees with JSON.parse', () => {
    return check(
      fc.property(fc.oneof(jsonText, fc.string({ unit: 'binary', maxLength: 80 }), jsonText.map((t) => t.slice(0, -1))), (text) => {
        const result = parseJsonText(text);
        let expected;
        try {
          expected = { ok: true, value: JSON.parse(text) };
        } catch {
          expected = { ok: false };
        }
        if (text.trim() === '') expected = { ok: false };
        assert.equal(result.ok, expected.ok);
        if (result.ok) assert.deepEqual(result.value, expected.value);
        else assert.match(result.errors[0].message, /not valid JSON: .* at line \d+, column \d+$|^the file is empty$/);
      }),
      RUNS,
    );
  });
});

describe('mutated valid claims', () => {
  test('valid claims stay valid, keep their links, and come out plain', () => {
    return check(
      fc.property(validClaim, (claim) => {
        const result = parseClaim(claim);
        assert.deepEqual(result.ok ? [] : result.errors, []);
        assertCleanValue(result.value, 'claim');
        assert.deepEqual(parseClaimSet({ version: 1, claims: [claim] }).ok, true);
      }),
      RUNS,
    );
  });

  test('one changed field: never throws; errors sit in the changed field or its parent object', async () => {
    await check(
      fc.asyncProperty(mutatedClaim, async ({ claim, path }) => {
        const result = parseClaim(claim);
        assertResult(result, claim, 'parseClaim');
        if (result.ok) assertCleanValue(result.value, 'claim');
        else {
          // Only `path` changed, so every error is inside the object that holds it.
          const parent = path.slice(0, -1).map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '');
          for (const error of result.errors) {
            assert.ok(
              parent === '' || error.path === parent || error.path.startsWith(`${parent}.`) || error.path.startsWith(`${parent}[`),
              `${error.path} is inside ${parent}`,
            );
          }
        }
        await readEverything({ version: 1, claims: [claim] });
      }),
      RUNS,
    );
  });
});

describe('links', () => {
  // Spellings of javascript: that URL parsers or HTML decoders forgive.
  const noise = fc.constantFrom('', '\t', '\n', '\r', '\u0000', '\u0001', '\u001f', '\u00a0', '\u200b', '\u2028', '\ufeff', ' ', '%09', '&#x09;', '&Tab;');
  const randomCase = (s) => fc.array(fc.boolean(), { minLength: s.length, maxLength: s.length }).map((up) => [...s].map((c, i) => (up[i] ? c.toUpperCase() : c)).join(''));
  const scheme = fc.constantFrom('javascript', 'vbscript', 'data', 'blob', 'file', 'jar', 'about', 'view-source', 'ws', 'ftp').chain(randomCase);
  const colon = fc.constantFrom(':', '&colon;', '%3a', '%3A', '&#58;', '&#x3a;', '\uff1a');
  const trick = fc
    .tuple(noise, scheme, fc.array(fc.tuple(fc.nat(12), noise), { maxLength: 3 }), colon, fc.constantFrom('alert(1)', '//example.org/', 'text/html,<script>alert(1)</script>', 'https://example.org/'))
    .map(([lead, name, inserts, sep, rest]) => {
      let s = name;
      for (const [at, ch] of inserts) s = s.slice(0, at) + ch + s.slice(at);
      return `${lead}${s}${sep}${rest}`;
    });

  test('other schemes, however spelled, are refused by the allow-list and the schema', () => {
    return check(
      fc.property(trick, (value) => {
        assert.equal(safeHref(value), undefined, JSON.stringify(value));
        const result = parseClaim({ id: 'a', statement: 'x', source: { url: value } });
        assert.deepEqual(result.ok ? [] : result.errors.map((e) => e.path), ['source.url'], JSON.stringify(value));
      }),
      { numRuns: 1000 },
    );
  });

  test('whatever safeHref accepts is an absolute http(s) link with a host, no credentials, no hidden characters', () => {
    const anyUrlish = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.tuple(fc.constantFrom('http://', 'https://', 'HTTPS://', 'http:/', 'https:\\\\', '//', 'https://user:pw@', 'https://@', 'http://%00'), fc.string({ unit: 'binary', maxLength: 30 })).map(([a, b]) => a + b),
      fc.webUrl().chain((u) => fc.tuple(fc.nat(u.length), noise).map(([at, ch]) => u.slice(0, at) + ch + u.slice(at))),
    );
    return check(
      fc.property(anyUrlish, (value) => {
        const href = safeHref(value);
        // Asked again (the card checks a link when validating and when rendering): same answer.
        assert.equal(safeHref(value), href);
        if (href === undefined) return;
        const parsed = new URL(href);
        assert.match(parsed.protocol, /^https?:$/);
        assert.ok(parsed.hostname);
        assert.equal(parsed.username + parsed.password, '');
        assert.doesNotMatch(value, /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/);
        assert.match(value, /^https?:\/\//i);
      }),
      { numRuns: 2000 },
    );
  });
});

test('a link checked long ago is checked as freshly as a new one', () => {
  const links = Array.from({ length: 600 }, (_, i) => (i % 3 ? `https://example.org/${i}` : `javascript:alert(${i})//https://x/`));
  const first = links.map((l) => safeHref(l));
  assert.deepEqual(first.filter((h) => h === undefined).length, 200);
  assert.deepEqual(links.map((l) => safeHref(l)), first);
  assert.deepEqual([...links].reverse().map((l) => safeHref(l)), [...first].reverse());
});

describe('prototype keys', () => {
  test('__proto__, constructor and prototype keys at any depth pollute nothing', async () => {
    const trap = fc
      .tuple(fc.constantFrom(...PROTO_KEYS), fc.constantFrom(...PROTO_KEYS, 'polluted', 'id', 'url'), jsonText)
      .map(([a, b, inner]) => `{"${a}": {"${b}": {"polluted": true, "${b}": ${inner}}}, "${b}": "x"}`);
    const doc = fc.tuple(trap, trap, fc.constantFrom(...PROTO_KEYS)).map(
      ([t1, t2, k]) =>
        JSON.parse(
          `{"version": 1, "${k}": ${t1}, "claims": [{"id": "a", "statement": "x", "${k}": ${t2}, "source": ${t1}, "claimant": {"name": "n", "__proto__": {"url": "javascript:alert(1)"}}}], ` +
            `"@graph": [{"@type": "ClaimReview", "claimReviewed": "x", "__proto__": ${t2}, "itemReviewed": ${t1}}]}`,
        ),
    );
    await check(fc.asyncProperty(doc, readEverything), { numRuns: 200 });
  });

  test('a claim whose __proto__ would smuggle a link gets no link', () => {
    const claim = JSON.parse('{"id": "a", "statement": "x", "claimant": {"name": "n", "__proto__": {"url": "javascript:alert(1)"}}, "__proto__": {"source": {"url": "javascript:alert(1)"}}}');
    const result = parseClaim(claim);
    assert.equal(result.ok, true);
    assert.deepEqual(result.value, { id: 'a', statement: 'x', claimant: { name: 'n' } });
    assert.equal(result.value.claimant.url, undefined);
    assert.equal(result.value.source, undefined);
  });
});

describe('limits', () => {
  test('a claims file just under 10 MB with 10,000 claims reads and validates', () => {
    const filler = 'x'.repeat(950);
    const claims = Array.from({ length: 10_000 }, (_, i) => ({ id: `c${i}`, statement: `Claim ${i} ${filler}`, source: { url: `https://example.org/${i}` } }));
    const text = JSON.stringify({ version: 1, claims });
    assert.ok(text.length > 9.5 * 1024 * 1024 && text.length <= MAX_JSON_BYTES, `${text.length} characters`);
    const parsed = parseJsonText(text);
    assert.equal(parsed.ok, true);
    assert.equal(parseClaimSet(parsed.value).ok, true);
    const data = readClaimData(parsed.value);
    assert.equal(data.claims.length, 10_000);
    assert.deepEqual(data.errors, []);
  });

  test('over 10 MB: one clear error, nothing parsed', () => {
    const text = JSON.stringify({ version: 1, claims: [{ id: 'a', statement: 'x'.repeat(MAX_JSON_BYTES) }] });
    assert.deepEqual(parseJsonText(text), { ok: false, errors: [{ path: '', message: 'the file is larger than 10 MB' }], warnings: [] });
  });

  test('10,001 claims: the set is refused with the limit; the elements read the first 10,000 and report the rest', () => {
    const claims = Array.from({ length: 10_001 }, (_, i) => ({ id: `c${i}`, statement: `Claim ${i}` }));
    assert.deepEqual(parseClaimSet({ version: 1, claims }).errors, [{ path: 'claims', message: 'holds too many claims: the limit is 10,000' }]);
    const limit = [{ path: 'claims', message: 'holds 10,001 claims: the limit is 10,000; the rest are left out' }];
    const data = readClaimData({ version: 1, claims });
    assert.equal(data.claims.length, 10_000);
    assert.deepEqual([...data.invalid.values()], [limit]);
    assert.deepEqual(pickClaim(data, 'c9999').ok, true);
    assert.deepEqual(pickClaim(data, 'c10000'), { ok: false, errors: limit });
    assert.deepEqual([...readClaimData(claims).invalid.values()], [[{ ...limit[0], path: '' }]]);
  });

  test('a 100,000-character statement is refused at its path with the limit named', () => {
    const statement = 'word '.repeat(20_000);
    const result = parseClaim({ id: 'long', statement });
    assert.deepEqual(result.errors, [{ path: 'statement', message: 'is too long: the limit is 10,000 characters' }]);
    const data = readClaimData({ version: 1, claims: [{ id: 'ok', statement: 'fine' }, { id: 'long', statement }] });
    assert.deepEqual(data.claims.map((c) => c.id), ['ok']);
    assert.deepEqual(pickClaim(data, 'long').errors, [{ path: 'claims[1].statement', message: 'is too long: the limit is 10,000 characters' }]);
    const review = fromClaimReview({ '@type': 'ClaimReview', claimReviewed: statement });
    assert.equal(review.ok, false);
    assert.match(review.errors[0].message, /too long/);
  });

  describe('JSON nested 10,000 deep', () => {
    const DEPTH = 10_000;
    const deepArray = () => JSON.parse(`${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`);
    const deepObject = (key = 'a') => JSON.parse(`${`{"${key}":`.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`);
    const nested = (key, inner, wrap = (x) => x) => {
      let value = inner;
      for (let i = 0; i < DEPTH; i++) value = wrap({ [key]: value });
      return value;
    };
    const review = { '@type': 'ClaimReview', claimReviewed: 'Deep claim.' };
    const cases = {
      'a claim field': () => ({ id: 'a', statement: 'x', claimant: deepObject('name') }),
      'an unknown field': () => ({ id: 'a', statement: 'x', extra: deepObject() }),
      'the claims list': () => ({ version: 1, claims: deepArray() }),
      'one claim of a set': () => ({ version: 1, claims: [{ id: 'a', statement: 'x' }, deepObject('claims')] }),
      'a ClaimReview inside @graph 10,000 deep': () => nested('@graph', review, (x) => ({ '@graph': [x] })),
      'a ClaimReview with a deep author': () => ({ ...review, author: nested('author', { name: 'n' }) }),
      'a ClaimReview with a deep @context': () => ({ ...review, '@context': deepObject() }),
      'a ClaimReview with a deep appearance': () => ({ ...review, itemReviewed: { '@type': 'Claim', appearance: [{ url: deepObject() }, { url: 'https://example.org/' }] } }),
      'a ClaimReview nested in arrays': () => nested('x', [review], (x) => [x]),
    };
    for (const [name, make] of Object.entries(cases)) {
      test(`${name}: a result, not a stack overflow`, async () => {
        const input = make();
        await readEverything(input);
      });
    }

    test('as text: parseJsonText and claimsFromAny answer without a crash', () => {
      for (const text of [`${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`, `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`]) {
        const parsed = parseJsonText(text);
        if (parsed.ok) assert.equal(parseClaimSet(parsed.value).ok, false);
        assert.equal(claimsFromAny(text).ok, false);
      }
    });
  });
});
