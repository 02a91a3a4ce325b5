// Ids for imported reviews, and the size of an import, on input built to make them slow:
// many reviews of one page (no ids of their own), long URLs that share their first 62
// characters, and more reviews than a claim set may hold. The old id search restarted at
// -2 for every repeat: 10,000 reviews of one page took 4.6 s, 20,000 took 22 s. Here
// 20,000 must take well under a second, and give the same ids as before. Slugs of
// identifiers and URL paths made of combining marks must stay linear too.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { claimIds, slug } from '../../dist/jsonld/claim-ids.js';
import { fromClaimReview, fromFactCheckApi } from '../../dist/jsonld/index.js';
import { MAX_CLAIMS } from '../../dist/schema/index.js';

/** Runs `fn` and returns [result, milliseconds]. */
function timed(fn) {
  const t = performance.now();
  const result = fn();
  return [result, performance.now() - t];
}

/** The old search, as the reference on inputs small enough for it to be fast. */
function oldIds(hints) {
  const own = hints.map(({ id }) => (typeof id === 'string' ? id : ''));
  const taken = new Set();
  const reserved = own.map((id) => (id && !taken.has(id) ? (taken.add(id), id) : ''));
  return hints.map((hint, i) => {
    if (reserved[i]) return reserved[i];
    const base = own[i] || hint.base;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 63 - String(n).length).replace(/-+$/, '')}-${n}`;
    taken.add(id);
    return id;
  });
}

describe('claimIds in linear time', () => {
  test('20,000 reviews of one page', () => {
    const hints = Array.from({ length: 20_000 }, () => ({ url: 'https://example.org/check' }));
    const [ids, ms] = timed(() => claimIds(hints));
    assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
    assert.deepEqual(ids.slice(0, 3), ['check', 'check-2', 'check-3']);
    assert.equal(ids[19_999], 'check-20000');
    assert.equal(new Set(ids).size, ids.length);
  });

  test('20,000 reviews of 10,000 long URLs that shorten to the same stem', () => {
    // Each URL twice: every second one needs a number, and all share the numbered stem.
    const stem = 'a'.repeat(70);
    const hints = Array.from({ length: 20_000 }, (_, i) => ({ url: `https://example.org/${stem}${Math.floor(i / 2).toString(36)}` }));
    const [ids, ms] = timed(() => claimIds(hints));
    assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.every((id) => id.length <= 64));
    assert.equal(ids[1], `${'a'.repeat(62)}-2`);
    assert.equal(ids[3], `${'a'.repeat(62)}-3`);
  });

  test('publisher ids that look like generated ones are skipped, not searched again', () => {
    // check-2 … check-10000 are reserved; then 10,000 reviews of /check need numbers past them.
    const hints = [
      ...Array.from({ length: 9_999 }, (_, i) => ({ id: `check-${i + 2}` })),
      ...Array.from({ length: 10_000 }, () => ({ url: 'https://example.org/check' })),
    ];
    const [ids, ms] = timed(() => claimIds(hints));
    assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
    assert.equal(ids[9_999], 'check');
    assert.equal(ids[10_000], 'check-10001');
    assert.equal(ids.at(-1), 'check-19999');
    assert.equal(new Set(ids).size, ids.length);
  });

  test('the same ids as the old search, on random collisions', () => {
    // Bases and own ids from a small set, so that numbers collide across bases, digit
    // counts and stems shortened at 62, 61 and 60 characters.
    let seed = 7;
    const random = (n) => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    const long = 'b'.repeat(58);
    const bases = ['claim', 'check', 'check-2', `${long}-cd`, `${long}cdef`, `${long}cdeg`, `${long}c-ef`, `${long}c`];
    for (let round = 0; round < 300; round++) {
      const hints = Array.from({ length: 1 + random(150) }, () => {
        const base = bases[random(bases.length)];
        // Own ids: bases and numbered forms of them, as a publisher might have written.
        if (random(4)) return { base, url: `https://example.org/${base}` };
        const n = random(14);
        return { base, id: n < 2 ? base : `${base.slice(0, 63 - String(n).length).replace(/-+$/, '')}-${n}` };
      });
      assert.deepEqual(claimIds(hints), oldIds(hints), JSON.stringify(hints));
    }
  });
});

describe('imports stop at MAX_CLAIMS', () => {
  const limit = `the limit is ${MAX_CLAIMS.toLocaleString('en')}; the rest are left out`;

  test('ClaimReview markup with more reviews than the limit', () => {
    const reviews = Array.from({ length: MAX_CLAIMS + 2_000 }, (_, i) => ({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://example.org/check',
      claimReviewed: `Claim number ${i}.`,
    }));
    const [result, ms] = timed(() => fromClaimReview(reviews));
    assert.equal(result.ok, true);
    assert.equal(result.value.length, MAX_CLAIMS);
    assert.equal(result.value.at(-1).statement, `Claim number ${MAX_CLAIMS - 1}.`);
    assert.equal(result.value.at(-1).id, `check-${MAX_CLAIMS}`);
    assert.deepEqual(result.warnings, [{ path: '', message: `would give 12,000 claims: ${limit}` }]);
    // Validation of 10,000 claims dominates; generous for a slow machine.
    assert.ok(ms < 5000, `took ${ms.toFixed(0)} ms`);
  });

  test('at the limit exactly: no warning', () => {
    const reviews = Array.from({ length: MAX_CLAIMS }, (_, i) => ({ '@type': 'ClaimReview', claimReviewed: `Claim ${i}.` }));
    const result = fromClaimReview(reviews);
    assert.equal(result.value.length, MAX_CLAIMS);
    assert.deepEqual(result.warnings, []);
  });

  test('a Fact Check Tools API response with more reviews than the limit', () => {
    // 6,000 claims with two reviews each: 12,000 claims; the first 10,000 are kept.
    const response = {
      claims: Array.from({ length: 6_000 }, (_, i) => ({
        text: `Claim number ${i}.`,
        claimReview: [
          { url: 'https://example.org/a', textualRating: 'False' },
          { url: 'https://example.org/b', textualRating: 'True' },
        ],
      })),
    };
    const [result, ms] = timed(() => fromFactCheckApi(response));
    assert.equal(result.ok, true);
    assert.equal(result.value.length, MAX_CLAIMS);
    assert.equal(result.value.at(-1).statement, `Claim number ${MAX_CLAIMS / 2 - 1}.`);
    assert.deepEqual(result.warnings, [{ path: '', message: `would give 12,000 claims: ${limit}` }]);
    assert.ok(ms < 5000, `took ${ms.toFixed(0)} ms`);
  });
});

describe('slugs of text with long runs of combining marks', () => {
  // The old slug normalized the whole text at once; the normalizer sorts a run of marks by
  // insertion: 100,000 marks took 2.5 s. Alternating classes (230, 220) force the sort.
  const marks = (n) => '\u0301\u0316'.repeat(n / 2);
  const oldSlug = (text) =>
    text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(-64).replace(/^-+/, '');

  test('an identifier and a URL path of 400,000 marks', () => {
    const review = (extra) => ({ '@type': 'ClaimReview', claimReviewed: 'Up to 50,000 workers.', ...extra });
    const [byId, ms] = timed(() => fromClaimReview(review({ identifier: `a${marks(400_000)}b` })));
    assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
    assert.equal(byId.value[0].id, 'ab');
    const url = `https://example.org/checks/${encodeURIComponent(`e${'\u1dc0\u1dcf'.repeat(200_000)}`)}-permits`;
    const [byUrl, ms2] = timed(() => fromClaimReview(review({ url })));
    assert.ok(ms2 < 1000, `took ${ms2.toFixed(0)} ms`);
    assert.equal(byUrl.value[0].id, 'checks-e-permits');
  });

  test('the same slugs as normalizing the whole text, around piece ends and surrogate pairs', () => {
    let seed = 11;
    const random = (n) => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    // Letters that decompose (é, ﬁ, ①, 𝐀 as a surrogate pair, Hangul), marks of several
    // classes, lone surrogate halves, punctuation.
    const pieces = ['a', 'B', 'é', 'e\u0301', '\u0301', '\u0316', '\u1dc0', '\u0345', 'ﬁ', '①', '\ud835\udc00', '\ud835', '\udc00', 'İ', 'Σ', 'ß', '-', '!', ' ', '가', 'Å', 'ǅ', 'x', '7'];
    for (let round = 0; round < 20_000; round++) {
      let text = '';
      for (let k = random(160); k >= 0; k--) text += pieces[random(pieces.length)];
      assert.equal(slug(text), oldSlug(text), JSON.stringify(text));
    }
  });
});
