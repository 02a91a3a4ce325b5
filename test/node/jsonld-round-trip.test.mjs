// Claim → ClaimReview → Claim keeps every field ClaimReview can carry. What it cannot
// carry is listed in the last tests, each with the reason.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fromClaimReview, toClaimReview } from '../../dist/jsonld/index.js';

const set = JSON.parse(readFileSync(new URL('../fixtures/claims.json', import.meta.url), 'utf8'));

/** Through JSON text too, as the markup travels in a page. */
function roundTrip(claim) {
  const result = fromClaimReview(JSON.parse(JSON.stringify(toClaimReview(claim))));
  assert.equal(result.ok, true, JSON.stringify(result.errors));
  assert.deepEqual(result.warnings, []);
  assert.equal(result.value.length, 1);
  return result.value[0];
}

const full = {
  id: 'no-new-permits',
  statement: 'No new permits have gone to North Korean workers since the sanctions.',
  claimant: { name: 'Alexander Matsegora', title: "Russia's ambassador to North Korea", url: 'https://en.wikipedia.org/wiki/Alexander_Matsegora' },
  date: '2018-08-01',
  source: { url: 'https://example.com/world/permits', title: 'Ambassador denies new permits', publisher: 'Example Daily', date: '2018-08-01T08:00:00Z' },
  counterClaim: {
    statement: 'Labour Ministry figures list over 10,000 North Koreans newly registered since September and 700 work permits.',
    source: { url: 'https://example.com/world/ministry-figures', title: 'Ministry figures', publisher: 'Example Daily', date: '2018-08-02' },
    date: '2018-07-31',
  },
  verdict: { label: 'Misleading', rating: 2, best: 5, worst: 1 },
  review: { url: 'https://example.org/fact-checks/no-new-permits', publisher: 'Example Fact Desk', author: 'Mina Park', date: '2018-08-03' },
  lang: 'en',
};

describe('round trip, field by field', () => {
  const back = roundTrip(full);
  for (const field of ['id', 'statement', 'claimant', 'date', 'source', 'counterClaim', 'verdict', 'review', 'lang']) {
    test(field, () => assert.deepEqual(back[field], full[field]));
  }
  test('nothing is added', () => assert.deepEqual(Object.keys(back).sort(), Object.keys(full).filter((k) => k !== 'quote').sort()));

  for (const [name, part] of [
    ['claimant: an organisation with a role', { claimant: { name: 'Russian Labour Ministry', title: 'Federal ministry', url: 'https://example.com/mintrud' } }],
    ['claimant: name only', { claimant: { name: 'A Russian official' } }],
    ['source: publisher only', { source: { publisher: 'Arirang News' } }],
    ['source: url only', { source: { url: 'https://example.com/accord' } }],
    ['counterClaim: statement only', { counterClaim: { statement: 'The State Department says the labour exports fund weapons programmes.' } }],
    ['counterClaim: with a date, no source', { counterClaim: { statement: 'Reports of August 12, 2024 describe diplomats as couriers.', date: '2024-08-12' } }],
    ['verdict: label only', { verdict: { label: 'Disputed' } }],
    ['verdict: another scale', { verdict: { label: 'Four Pinocchios', rating: 1, best: 6, worst: 1 } }],
    ['review: writer only', { review: { author: 'Mina Park', url: 'https://example.org/a' } }],
    ['review: publisher only', { review: { publisher: 'Example Fact Desk' } }],
    ['lang: pt-BR', { lang: 'pt-BR' }],
    ['date-time with offset', { date: '2018-08-01T14:30:00+03:00' }],
  ]) {
    test(name, () => {
      const claim = { id: 'c', statement: 'A claim about North Korean labour in Russia.', ...part };
      assert.deepEqual(roundTrip(claim), claim);
    });
  }

  test('every claim of the demo set', () => {
    for (const claim of set.claims) {
      const { quote, ...carried } = claim;
      const back = roundTrip(claim);
      // A rating without a scale comes back with schema.org's defaults written out.
      if (carried.verdict?.rating !== undefined) carried.verdict = { best: 5, worst: 1, ...carried.verdict };
      assert.deepEqual(back, carried);
    }
  });
});

describe('what ClaimReview cannot carry', () => {
  test('quote: a position in the host article is not part of the review', () => {
    const back = roundTrip({ id: 'q', statement: 'x', quote: { exact: 'no new workers have been given permit', prefix: 'and that ' } });
    assert.equal(back.quote, undefined);
  });

  test('best and worst of a verdict without a rating: Google only takes a scale with a rating', () => {
    assert.deepEqual(roundTrip({ id: 'v', statement: 'x', verdict: { label: 'Disputed', best: 4, worst: 1 } }).verdict, { label: 'Disputed' });
  });

  test('a rating without a scale comes back with the defaults it meant (1 to 5)', () => {
    assert.deepEqual(roundTrip({ id: 'v', statement: 'x', verdict: { label: 'Unproven', rating: 3 } }).verdict, { label: 'Unproven', rating: 3, best: 5, worst: 1 });
  });

  test('a scale starting below 1 comes back moved up: same place on the scale, other numbers', () => {
    assert.deepEqual(roundTrip({ id: 'v', statement: 'x', verdict: { label: 'False', rating: 0, best: 4, worst: 0 } }).verdict, {
      label: 'False',
      rating: 1,
      best: 5,
      worst: 1,
    });
  });
});
