// fromFactCheckApi: Google Fact Check Tools API claims:search responses, one claim per review.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fromFactCheckApi } from '../../dist/jsonld/index.js';
import { parseClaimSet } from '../../dist/schema/index.js';

const response = JSON.parse(readFileSync(new URL('../fixtures/jsonld/factcheck-api.json', import.meta.url), 'utf8'));

describe('fromFactCheckApi', () => {
  const result = fromFactCheckApi(response);

  test('one valid claim per review, unique ids', () => {
    assert.equal(result.ok, true, JSON.stringify(result.errors));
    assert.equal(result.value.length, 4);
    assert.equal(parseClaimSet({ version: 1, claims: result.value }).ok, true);
    assert.deepEqual(result.warnings, []);
  });

  test('every field of a complete review', () => {
    assert.deepEqual(result.value[0], {
      id: 'fact-checks-no-new-permits',
      statement: 'Russia has issued no new work permits to North Koreans since the sanctions.',
      claimant: { name: 'Alexander Matsegora' },
      date: '2018-08-01T00:00:00Z',
      verdict: { label: 'Misleading' },
      review: { url: 'https://example.org/fact-checks/no-new-permits', publisher: 'Example Fact Desk', date: '2018-08-03T00:00:00Z' },
      lang: 'en',
    });
  });

  test('a second review of the same claim: its own verdict and language; the site when the publisher has no name', () => {
    assert.equal(result.value[1].statement, result.value[0].statement);
    assert.deepEqual(result.value[1].verdict, { label: 'Неправда' });
    assert.equal(result.value[1].lang, 'ru');
    assert.equal(result.value[1].review.publisher, 'example.net');
  });

  test('missing claimant, claim date, review date and language are simply absent', () => {
    assert.deepEqual(result.value[2], {
      id: 'checks-diplomat-couriers',
      statement: "North Korean diplomats act as couriers for labourers' cash.",
      verdict: { label: 'Unproven' },
      review: { url: 'https://example.com/checks/diplomat-couriers', publisher: 'Example Korea Monitor' },
    });
  });

  test('a review without textualRating has no verdict', () => {
    assert.equal(result.value[3].verdict, undefined);
    assert.equal(result.value[3].claimant.name, 'Arirang News');
  });

  test('an empty response (no matches) gives no claims', () => {
    assert.deepEqual(fromFactCheckApi({}), { ok: true, value: [], warnings: [] });
    assert.deepEqual(fromFactCheckApi({ claims: [] }), { ok: true, value: [], warnings: [] });
  });

  test('a claim without reviews still becomes a claim', () => {
    const r = fromFactCheckApi({ claims: [{ text: 'Up to 50,000 North Koreans work in Russia.', claimant: 'Arirang News' }] });
    assert.deepEqual(r.value, [{ id: 'claim', statement: 'Up to 50,000 North Koreans work in Russia.', claimant: { name: 'Arirang News' } }]);
  });

  test('problems point into the response', () => {
    const r = fromFactCheckApi({
      claims: [
        { claimReview: [{ url: 'https://example.org/a', textualRating: 'False' }] },
        { text: 'Ok', claimDate: 'yesterday', claimReview: [{ url: 'not a link', textualRating: 'True', languageCode: 'english!' }] },
      ],
    });
    assert.equal(r.ok, false);
    assert.deepEqual(r.errors, [{ path: 'claims[0].text', message: 'is required' }]);
    assert.deepEqual(
      r.warnings.map((w) => w.path),
      ['claims[1].claimDate', 'claims[1].claimReview[0].url', 'claims[1].claimReview[0].languageCode'],
    );
    const partial = fromFactCheckApi({ claims: [{}, { text: 'Ok' }] }, { partial: true });
    assert.deepEqual(partial.value.map((c) => c.statement), ['Ok']);
  });

  test('not a response', () => {
    for (const input of [null, [], 'claims', 3]) {
      assert.deepEqual(fromFactCheckApi(input).errors, [{ path: '', message: 'must be a Fact Check Tools API response ({"claims": [ … ]})' }]);
    }
    assert.deepEqual(fromFactCheckApi({ claims: {} }).errors, [{ path: 'claims', message: 'must be a list ([ … ])' }]);
  });
});
