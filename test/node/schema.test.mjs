// The claim schema, rule by rule, as an editor meets it: valid documents pass, every
// broken rule is reported at its path in words an editor can act on.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseClaim, parseClaimSet, parseJsonText } from '../../dist/schema/index.js';

const full = {
  id: 'no-new-permits',
  statement: 'No new permits have been issued to North Korean workers since the sanctions took effect.',
  claimant: { name: 'Alexander Matsegora', title: "Russia's ambassador to North Korea", url: 'https://en.wikipedia.org/wiki/Alexander_Matsegora' },
  date: '2018-08-01',
  source: { url: 'https://www.wsj.com/', title: 'Reported remarks', publisher: 'The Wall Street Journal', date: '2018-08-01' },
  counterClaim: {
    statement: 'Labour Ministry data show more than 10,000 newly registered North Koreans since September.',
    source: { url: 'https://www.wsj.com/', publisher: 'The Wall Street Journal' },
    date: '2018-08-01T09:30:00Z',
  },
  verdict: { label: 'Misleading', rating: 2, best: 5, worst: 1 },
  review: { url: 'https://example.org/fact-checks/no-new-permits', publisher: 'Demo Desk', author: 'A. Editor', date: '2018-08-03' },
  quote: { exact: 'no new workers have been given permit', prefix: 'denied all the allegations and ', suffix: ' post-sanction period' },
  lang: 'en',
};

const set = (...claims) => ({ version: 1, claims });
const errorsOf = (result) => (result.ok ? [] : result.errors);
const at = (result, path) => errorsOf(result).filter((e) => e.path === path).map((e) => e.message);

describe('valid documents', () => {
  test('a claim with every field is valid and keeps every field', () => {
    const result = parseClaim(full);
    assert.equal(result.ok, true);
    assert.deepEqual(result.value, full);
    assert.deepEqual(result.warnings, []);
  });

  test('only id and statement are required', () => {
    assert.deepEqual(parseClaim({ id: 'a', statement: 'x' }), { ok: true, value: { id: 'a', statement: 'x' }, warnings: [] });
  });

  test('a set with several claims is valid', () => {
    const result = parseClaimSet(set(full, { id: 'second', statement: 'Another.' }));
    assert.equal(result.ok, true);
    assert.equal(result.value.claims.length, 2);
  });

  test('text is trimmed', () => {
    assert.equal(parseClaim({ id: 'a', statement: '  spaced  ' }).value.statement, 'spaced');
  });

  test('date-times with offsets, fractions and leap days are accepted', () => {
    for (const date of ['2024-02-29', '2018-08-01T14:30Z', '2018-08-01T14:30:05.250+03:00', '2018-08-01 14:30', '2000-02-29T23:59:59-0130']) {
      assert.equal(parseClaim({ id: 'a', statement: 'x', date }).ok, true, date);
    }
  });

  test('a lone rating uses the schema.org default scale of 1 to 5', () => {
    assert.equal(parseClaim({ id: 'a', statement: 'x', verdict: { label: 'Mostly false', rating: 2 } }).ok, true);
    assert.deepEqual(at(parseClaim({ id: 'a', statement: 'x', verdict: { label: 'x', rating: 6 } }), 'verdict.rating'), [
      '6 is outside the scale from 1 (worst) to 5 (best)',
    ]);
  });

  test('an optional $schema link is allowed on a set', () => {
    assert.equal(parseClaimSet({ $schema: 'https://example.org/s.json', ...set(full) }).ok, true);
  });
});

describe('the path format', () => {
  test('paths read like claims[2].source.url', () => {
    const result = parseClaimSet(set(full, full && { id: 'b', statement: 'x' }, { id: 'c', statement: 'x', source: { url: 'ftp://x' } }));
    assert.deepEqual(errorsOf(result).map((e) => e.path), ['claims[2].source.url']);
  });

  test('root errors have an empty path', () => {
    assert.deepEqual(errorsOf(parseClaimSet([full])).map((e) => e.path), ['']);
    assert.deepEqual(errorsOf(parseClaim('a string')), [{ path: '', message: 'must be an object ({ … }), not text' }]);
  });

  test('a path prefix can be given when checking one claim of a set', () => {
    assert.deepEqual(errorsOf(parseClaim({ id: 'a' }, { path: 'claims[4]' })), [{ path: 'claims[4].statement', message: 'is required' }]);
  });
});

describe('rules', () => {
  test('id must match the pattern', () => {
    for (const id of ['', 'Upper', '-lead', 'sp ace', 'a'.repeat(65), 'ünï', 'a_b']) {
      assert.equal(at(parseClaim({ id, statement: 'x' }), 'id').length, 1, JSON.stringify(id));
    }
    for (const id of ['a', '0', 'no-new-permits', 'a'.repeat(64)]) assert.equal(parseClaim({ id, statement: 'x' }).ok, true, id);
  });

  test('the duplicate id is the error, not the first', () => {
    const result = parseClaimSet(set({ id: 'a', statement: 'x' }, { id: 'b', statement: 'x' }, { id: 'a', statement: 'y' }));
    assert.deepEqual(errorsOf(result), [{ path: 'claims[2].id', message: 'duplicate id "a": claims[0] already uses it' }]);
  });

  test('duplicates are found even when other claims are broken', () => {
    const result = parseClaimSet(set({ id: 'a', statement: 'x' }, null, { id: 'a', statement: 'y' }));
    assert.deepEqual(errorsOf(result).map((e) => e.path).sort(), ['claims[1]', 'claims[2].id']);
  });

  test('statement is required and not empty', () => {
    assert.deepEqual(at(parseClaim({ id: 'a' }), 'statement'), ['is required']);
    assert.deepEqual(at(parseClaim({ id: 'a', statement: '   ' }), 'statement'), ['must not be empty']);
    assert.deepEqual(at(parseClaim({ id: 'a', statement: 42 }), 'statement'), ['must be text, not a whole number']);
  });

  test('very long text is refused with the limit named', () => {
    const [message] = at(parseClaim({ id: 'a', statement: 'x'.repeat(10_001) }), 'statement');
    assert.match(message, /too long: the limit is 10,000 characters/);
  });

  test('links must be http(s) after parsing, whatever zod would accept', () => {
    const refused = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' https://example.org',
      '\u0001javascript:alert(1)',
      '\u00a0https://example.org',
      'java\tscript:alert(1)',
      'https://exa mple.org',
      'javascript&colon;alert(1)',
      '%6Aavascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'blob:https://example.org/uuid',
      'file:///etc/passwd',
      '//example.org/x',
      '/relative/path',
      'https://user:pass@example.org/',
      'https://user@example.org/',
      'https://',
      'http://exa\u200bmple.org',
      'https://example.org/\u202eevil',
    ];
    for (const url of refused) {
      const messages = at(parseClaim({ id: 'a', statement: 'x', source: { url } }), 'source.url');
      assert.equal(messages.length, 1, `${JSON.stringify(url)} should be refused once`);
      assert.match(messages[0], /https:\/\/ or http:\/\/ link/);
    }
    for (const url of ['https://example.org', 'HTTP://EXAMPLE.ORG/A?b=c#d', 'https://例え.jp/パス', 'http://127.0.0.1:8080/x']) {
      assert.equal(parseClaim({ id: 'a', statement: 'x', source: { url } }).ok, true, url);
    }
  });

  test('every link field is checked', () => {
    const bad = 'javascript:alert(1)';
    const result = parseClaim({
      id: 'a',
      statement: 'x',
      claimant: { name: 'n', url: bad },
      source: { url: bad },
      counterClaim: { statement: 'y', source: { url: bad } },
      review: { url: bad },
    });
    assert.deepEqual(errorsOf(result).map((e) => e.path).sort(), ['claimant.url', 'counterClaim.source.url', 'review.url', 'source.url']);
  });

  test('impossible dates are named as such', () => {
    assert.deepEqual(at(parseClaim({ id: 'a', statement: 'x', date: '2019-02-30' }), 'date'), ['2019-02-30 is not a real date']);
    assert.deepEqual(at(parseClaim({ id: 'a', statement: 'x', date: '2019-02-29' }), 'date'), ['2019-02-29 is not a real date']);
    assert.deepEqual(at(parseClaim({ id: 'a', statement: 'x', date: '2019-13-01' }), 'date'), ['2019-13-01 is not a real date: there is no month 13']);
    assert.deepEqual(at(parseClaim({ id: 'a', statement: 'x', date: '2019-01-01T24:00Z' }), 'date'), ['2019-01-01T24:00Z is not a real time of day']);
    assert.deepEqual(at(parseClaim({ id: 'a', statement: 'x', date: '2019-01-01T10:00+15:00' }), 'date'), ['2019-01-01T10:00+15:00 has an impossible time-zone offset']);
  });

  test('dates in other shapes are refused with an example of the right one', () => {
    for (const date of ['01/08/2018', 'August 1, 2018', '2018-8-1', '2018', '20180801', '']) {
      assert.deepEqual(at(parseClaim({ id: 'a', statement: 'x', date }), 'date'), [
        'must be a date like 2018-08-01 or a date and time like 2018-08-01T14:30:00Z',
      ], date);
    }
  });

  test('every date field is checked', () => {
    const result = parseClaim({
      id: 'a',
      statement: 'x',
      date: 'x',
      source: { title: 't', date: 'x' },
      counterClaim: { statement: 'y', date: 'x', source: { title: 't', date: 'x' } },
      review: { date: 'x' },
    });
    assert.deepEqual(errorsOf(result).map((e) => e.path).sort(), ['counterClaim.date', 'counterClaim.source.date', 'date', 'review.date', 'source.date']);
  });

  test('ratings are whole numbers with worst below best and the rating between them', () => {
    const verdict = (v) => parseClaim({ id: 'a', statement: 'x', verdict: { label: 'l', ...v } });
    assert.deepEqual(at(verdict({ rating: 2.5 }), 'verdict.rating'), ['must be a whole number, not 2.5']);
    assert.deepEqual(at(verdict({ rating: '2' }), 'verdict.rating'), ['must be a whole number, not text']);
    assert.deepEqual(at(verdict({ best: 1, worst: 5 }), 'verdict.worst'), ['worst (5) must be lower than best (1)']);
    assert.deepEqual(at(verdict({ best: 3, worst: 3, rating: 3 }), 'verdict.worst'), ['worst (3) must be lower than best (3)']);
    assert.deepEqual(at(verdict({ rating: 0, best: 10, worst: 1 }), 'verdict.rating'), ['0 is outside the scale from 1 (worst) to 10 (best)']);
    assert.equal(verdict({ rating: 0, best: 10, worst: 0 }).ok, true);
    assert.deepEqual(at(verdict({ rating: 1 }), 'verdict.label'), []);
    assert.deepEqual(at(parseClaim({ id: 'a', statement: 'x', verdict: { rating: 1 } }), 'verdict.label'), ['is required']);
  });

  test('version must be 1', () => {
    assert.deepEqual(at(parseClaimSet({ version: 2, claims: [] }), 'version'), ['must be 1']);
    assert.deepEqual(at(parseClaimSet({ version: '1', claims: [] }), 'version'), ['must be 1']);
    assert.deepEqual(at(parseClaimSet({ claims: [] }), 'version'), ['must be 1']);
  });

  test('claims must be a list', () => {
    assert.deepEqual(at(parseClaimSet({ version: 1, claims: {} }), 'claims'), ['must be a list ([ … ]), not an object']);
    assert.deepEqual(at(parseClaimSet({ version: 1 }), 'claims'), ['is required']);
  });

  test('a source needs a url, a title or a publisher', () => {
    assert.deepEqual(at(parseClaim({ id: 'a', statement: 'x', source: { date: '2018-01-01' } }), 'source'), ['needs at least a url, a title or a publisher']);
  });

  test('a claimant needs a name, a counter-claim a statement, a quote its exact words', () => {
    const result = parseClaim({ id: 'a', statement: 'x', claimant: { title: 't' }, counterClaim: {}, quote: { prefix: 'p' } });
    assert.deepEqual(errorsOf(result), [
      { path: 'claimant.name', message: 'is required' },
      { path: 'counterClaim.statement', message: 'is required' },
      { path: 'quote.exact', message: 'is required' },
    ]);
  });

  test('lang must be a language tag', () => {
    assert.equal(parseClaim({ id: 'a', statement: 'x', lang: 'pt-BR' }).ok, true);
    assert.deepEqual(at(parseClaim({ id: 'a', statement: 'x', lang: 'english!' }), 'lang'), ['must be a language tag like en, ru or pt-BR']);
    assert.deepEqual(at(parseClaim({ id: 'a', statement: 'x', lang: 'en-a' }), 'lang'), ['is not a known language tag']);
  });

  test('null is named, not called missing', () => {
    assert.deepEqual(at(parseClaim({ id: 'a', statement: 'x', claimant: null }), 'claimant'), ['must be an object ({ … }), not null']);
  });

  test('every problem of a document is reported at once', () => {
    const result = parseClaimSet(set({ id: 'Bad', statement: '', date: '2019-02-30', verdict: { label: 'x', rating: 9 } }));
    assert.deepEqual(errorsOf(result).map((e) => e.path), ['claims[0].id', 'claims[0].statement', 'claims[0].date', 'claims[0].verdict.rating']);
  });
});

describe('unknown fields', () => {
  test('are warnings, not errors, and are left out of the value', () => {
    const result = parseClaimSet({ version: 1, claims: [{ id: 'a', statement: 'x', claimaint: 'typo', source: { url: 'https://a.b', rank: 1 } }], generator: 'cms' });
    assert.equal(result.ok, true);
    assert.deepEqual(result.warnings.map((w) => w.path), ['claims[0].claimaint', 'claims[0].source.rank', 'generator']);
    assert.match(result.warnings[0].message, /not a field/);
    assert.deepEqual(result.value.claims[0], { id: 'a', statement: 'x', source: { url: 'https://a.b' } });
  });

  test('odd key names are quoted in the path', () => {
    const result = parseClaim({ id: 'a', statement: 'x', 'my field': 1 });
    assert.deepEqual(result.warnings.map((w) => w.path), ['["my field"]']);
  });

  test('__proto__ and constructor keys pollute nothing', () => {
    const input = JSON.parse('{"id":"a","statement":"x","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
    const result = parseClaim(input);
    assert.equal(result.ok, true);
    assert.equal({}.polluted, undefined);
    assert.equal(Object.getPrototypeOf(result.value), Object.prototype);
    assert.equal(result.value.polluted, undefined);
    assert.deepEqual(result.warnings.map((w) => w.path).sort(), ['__proto__', 'constructor']);
  });
});

describe('robustness', () => {
  test('parsing never throws, whatever it gets', () => {
    const hostile = [undefined, null, 0, NaN, true, 'x', [], [[]], () => 1, Symbol('s'), new Date(), Object.create(null)];
    const trap = new Proxy({}, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } });
    // Readable fields, but listing the keys throws (the unknown-field pass lists them).
    const keysTrap = new Proxy({ id: 'a', statement: 'x' }, { ownKeys() { throw new Error('trap'); } });
    for (const value of [...hostile, trap, keysTrap, { id: trap }, { version: 1, claims: trap }]) {
      assert.doesNotThrow(() => parseClaim(value));
      assert.doesNotThrow(() => parseClaimSet(value));
      assert.equal(parseClaimSet(value).ok, false);
    }
  });

  test('10,000 claims parse; 10,001 are refused with the limit', () => {
    const claims = Array.from({ length: 10_000 }, (_, i) => ({ id: `c${i}`, statement: `Claim ${i}` }));
    assert.equal(parseClaimSet(set(...claims)).ok, true);
    const over = parseClaimSet(set(...claims, { id: 'extra', statement: 'x' }));
    assert.deepEqual(errorsOf(over), [{ path: 'claims', message: 'holds too many claims: the limit is 10,000' }]);
  });
});

describe('parseJsonText', () => {
  test('broken JSON reports line and column', () => {
    const result = parseJsonText('{\n  "version": 1,\n  "claims": [\n    {"id": "a",}\n  ]\n}');
    assert.equal(result.ok, false);
    assert.match(result.errors[0].message, /^is not valid JSON: .* at line 4, column \d+$/);
  });

  test('an empty file says so', () => {
    assert.deepEqual(parseJsonText('  \n').errors, [{ path: '', message: 'the file is empty' }]);
  });

  test('JSON nested 10,000 deep is read without a crash', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const result = parseJsonText(deep);
    if (result.ok) assert.equal(parseClaimSet(result.value).ok, false);
    else assert.match(result.errors[0].message, /not valid JSON/);
  });

  test('files over 10 MB are refused before parsing', () => {
    const result = parseJsonText(`"${'x'.repeat(10 * 1024 * 1024)}"`);
    assert.deepEqual(result.errors, [{ path: '', message: 'the file is larger than 10 MB' }]);
  });
});
