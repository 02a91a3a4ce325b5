// Ids of imported claims: made from the review URL's path and fragment, the same for
// the same input, unique within one import, always valid claim ids.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { claimIds, slug, urlSlug } from '../../dist/jsonld/claim-ids.js';
import { fromClaimReview, fromFactCheckApi, toClaimReview } from '../../dist/jsonld/index.js';
import { ID_PATTERN } from '../../dist/schema/index.js';

const review = (url, extra = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url,
  claimReviewed: 'Up to 50,000 North Koreans work in Russia.',
  ...extra,
});
const idsOf = (input) => {
  const result = fromClaimReview(input);
  assert.equal(result.ok, true, JSON.stringify(result.errors));
  return result.value.map((c) => c.id);
};

describe('slugs from review URLs', () => {
  test('path and fragment, lower case, file extensions dropped', () => {
    assert.equal(urlSlug('https://example.org/Fact-Checks/2018/08/No_New_Permits.html#Claim-2'), 'fact-checks-2018-08-no-new-permits-claim-2');
    assert.equal(urlSlug('https://example.org/checks/diplomats-as-couriers/'), 'checks-diplomats-as-couriers');
    assert.equal(urlSlug('https://example.org/checks/page.php'), 'checks-page');
  });

  test('percent-encoded and accented paths', () => {
    assert.equal(urlSlug('https://example.org/v%C3%A9rification/travailleurs-nord-cor%C3%A9ens'), 'verification-travailleurs-nord-coreens');
    // Non-Latin paths have no ASCII slug: the id falls back (see below).
    assert.equal(urlSlug('https://example.org/%D0%BF%D1%80%D0%BE%D0%B2%D0%B5%D1%80%D0%BA%D0%B0'), '');
  });

  test('the query only when path and fragment give nothing; relative links; no link', () => {
    assert.equal(urlSlug('https://example.org/?p=1234'), 'p-1234');
    assert.equal(urlSlug('/fact-checks/ministry-figures'), 'fact-checks-ministry-figures');
    assert.equal(urlSlug(undefined), '');
    assert.equal(urlSlug(42), '');
  });

  test('long paths keep their end, the most specific part, within 64 characters', () => {
    const id = urlSlug(`https://example.org/${'archive/'.repeat(10)}north-korean-labour-in-russia-permits`);
    assert.ok(id.length <= 64);
    assert.match(id, ID_PATTERN);
    assert.ok(id.endsWith('north-korean-labour-in-russia-permits'));
    assert.equal(slug('---A---'), 'a');
  });
});

describe('claimIds', () => {
  test('repeated bases get -2, -3 in document order', () => {
    assert.deepEqual(claimIds([{ url: 'https://example.org/roundup' }, { url: 'https://example.org/roundup' }, { url: 'https://example.org/roundup' }]), [
      'roundup',
      'roundup-2',
      'roundup-3',
    ]);
  });

  test('a publisher identifier wins and is never taken by a generated id', () => {
    assert.deepEqual(claimIds([{ url: 'https://example.org/permits' }, { id: 'permits', url: 'https://example.org/other' }]), ['permits-2', 'permits']);
    assert.deepEqual(claimIds([{ id: 'Claim_12' }, { id: 12 }, { id: { '@type': 'PropertyValue' }, url: 'https://example.org/x' }]), ['claim-12', '12', 'x']);
  });

  test('reviews without a usable URL are claim, claim-2, …', () => {
    assert.deepEqual(claimIds([{}, { url: 'https://example.org/' }, { url: 'https://example.org/%D0%B0' }]), ['claim', 'claim-2', 'claim-3']);
  });

  test('suffixes stay within 64 characters', () => {
    const long = `https://example.org/${'a'.repeat(70)}`;
    const ids = claimIds(Array.from({ length: 12 }, () => ({ url: long })));
    assert.equal(new Set(ids).size, 12);
    for (const id of ids) assert.match(id, ID_PATTERN);
    assert.ok(ids[11].endsWith('-12'));
  });
});

describe('ids through the importers', () => {
  test('the same input gives the same ids every time', () => {
    const input = [review('https://example.org/roundup#one'), review('https://example.org/roundup'), review('https://example.org/roundup')];
    assert.deepEqual(idsOf(input), ['roundup-one', 'roundup', 'roundup-2']);
    assert.deepEqual(idsOf(structuredClone(input)), idsOf(input));
  });

  test('ids do not shift when an earlier review is broken', () => {
    const result = fromClaimReview([review('https://example.org/roundup', { claimReviewed: undefined }), review('https://example.org/roundup')], { partial: true });
    assert.deepEqual(result.value.map((c) => c.id), ['roundup-2']);
  });

  test('the identifier claim-cards writes brings the id back', () => {
    const out = toClaimReview({ id: 'no-new-permits', statement: 'x', review: { url: 'https://example.org/fact-checks/other-slug' } });
    assert.deepEqual(idsOf(out), ['no-new-permits']);
  });

  test('a review without url uses its @id', () => {
    assert.deepEqual(idsOf(review(undefined, { '@id': 'https://example.org/checks/accord#claimreview' })), ['checks-accord-claimreview']);
  });

  test('Fact Check API reviews of one page are told apart', () => {
    const response = {
      claims: [
        { text: 'One', claimReview: [{ url: 'https://example.org/roundup', textualRating: 'False' }] },
        { text: 'Two', claimReview: [{ url: 'https://example.org/roundup', textualRating: 'True' }] },
      ],
    };
    const result = fromFactCheckApi(response);
    assert.deepEqual(result.value.map((c) => c.id), ['roundup', 'roundup-2']);
  });
});
