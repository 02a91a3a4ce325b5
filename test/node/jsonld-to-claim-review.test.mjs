// toClaimReview and claimReviewWarnings: the ClaimReview a claim becomes, checked
// property by property against Google's fact-check markup rules.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { claimReviewWarnings, toClaimReview } from '../../dist/jsonld/index.js';

const set = JSON.parse(readFileSync(new URL('../fixtures/claims.json', import.meta.url), 'utf8'));
const [permits, violation, couriers] = set.claims;

/** Every key of a nested object, so "nothing undefined leaks out" can be checked. */
function hasUndefined(value) {
  if (value === undefined) return true;
  if (value && typeof value === 'object') return Object.values(value).some(hasUndefined);
  return false;
}

describe('toClaimReview', () => {
  const review = toClaimReview(permits);

  test('is a schema.org ClaimReview with the claim text, id, URL, language and date', () => {
    assert.equal(review['@context'], 'https://schema.org');
    assert.equal(review['@type'], 'ClaimReview');
    assert.equal(review.identifier, 'no-new-permits');
    assert.equal(review.url, 'https://example.org/fact-checks/no-new-permits');
    assert.equal(review.claimReviewed, permits.statement);
    assert.equal(review.inLanguage, 'en');
    assert.equal(review.datePublished, '2018-08-03');
  });

  test('author is the fact-checking organisation; the writer is the creator', () => {
    assert.deepEqual(review.author, { '@type': 'Organization', name: 'Claim Cards Demo Desk' });
    assert.deepEqual(review.creator, { '@type': 'Person', name: 'Demo Editor' });
  });

  test('a review with a writer but no publisher names the writer as author', () => {
    const r = toClaimReview({ id: 'a', statement: 'x', review: { author: 'Mina Park' } });
    assert.deepEqual(r.author, { '@type': 'Person', name: 'Mina Park' });
    assert.equal(r.creator, undefined);
  });

  test('reviewRating carries the label and the numeric scale', () => {
    assert.deepEqual(review.reviewRating, {
      '@type': 'Rating',
      alternateName: 'Misleading',
      ratingValue: 2,
      bestRating: 5,
      worstRating: 1,
      ratingExplanation: permits.counterClaim.statement,
    });
  });

  test('a label without a rating gives no numbers, even when best and worst are set', () => {
    const r = toClaimReview({ id: 'a', statement: 'x', verdict: { label: 'Disputed', best: 4, worst: 1 } });
    assert.deepEqual(r.reviewRating, { '@type': 'Rating', alternateName: 'Disputed' });
  });

  test('a rating without a scale gets schema.org defaults written out (1 to 5)', () => {
    const r = toClaimReview(couriers);
    assert.equal(r.reviewRating.ratingValue, 3);
    assert.equal(r.reviewRating.bestRating, 5);
    assert.equal(r.reviewRating.worstRating, 1);
  });

  test('a scale starting at 0 moves up by one so worstRating is 1, keeping the place on the scale', () => {
    const r = toClaimReview({ id: 'a', statement: 'x', verdict: { label: 'False', rating: 0, best: 4, worst: 0 } });
    assert.equal(r.reviewRating.worstRating, 1);
    assert.equal(r.reviewRating.bestRating, 5);
    assert.equal(r.reviewRating.ratingValue, 1);
    const neg = toClaimReview({ id: 'a', statement: 'x', verdict: { label: 'Mixed', rating: 0, best: 2, worst: -2 } });
    assert.deepEqual([neg.reviewRating.worstRating, neg.reviewRating.ratingValue, neg.reviewRating.bestRating], [1, 3, 5]);
  });

  test('itemReviewed is a Claim with the claimant, the claim date and where it appeared', () => {
    const source = {
      '@type': 'CreativeWork',
      url: 'https://www.wsj.com/',
      headline: 'Reported remarks',
      publisher: { '@type': 'Organization', name: 'The Wall Street Journal' },
      datePublished: '2018-08-01',
    };
    assert.deepEqual(review.itemReviewed, {
      '@type': 'Claim',
      author: {
        '@type': 'Person',
        name: 'Alexander Matsegora',
        jobTitle: "Russia's ambassador to North Korea",
        sameAs: 'https://en.wikipedia.org/wiki/Alexander_Matsegora',
      },
      datePublished: '2018-08-01',
      appearance: source,
      firstAppearance: source,
    });
  });

  test('claimants are Person or Organization by their name', () => {
    const type = (name, title) => toClaimReview({ id: 'a', statement: 'x', claimant: { name, title } }).itemReviewed.author;
    assert.equal(type('A Russian official')['@type'], 'Person');
    assert.equal(type('Alexander Matsegora')['@type'], 'Person');
    assert.equal(type('US State Department')['@type'], 'Organization');
    assert.equal(type('Russian Labour Ministry')['@type'], 'Organization');
    assert.equal(type('Korean Central News Agency')['@type'], 'Organization');
    assert.equal(type('Министерство труда России')['@type'], 'Organization');
    // A person named by role, even when the role mentions an institution.
    assert.equal(type('A Russian government official')['@type'], 'Person');
    assert.equal(type('US State Department spokesperson')['@type'], 'Person');
    assert.equal(type('Представитель министерства')['@type'], 'Person');
    // An institution's role is its description: schema.org gives jobTitle to persons only.
    assert.deepEqual(type('Russian Labour Ministry', 'Federal ministry'), {
      '@type': 'Organization',
      name: 'Russian Labour Ministry',
      description: 'Federal ministry',
    });
  });

  test('the counter-claim is a cited Claim with its own date and source', () => {
    assert.deepEqual(review.citation, {
      '@type': 'Claim',
      text: permits.counterClaim.statement,
      datePublished: '2018-08-01',
      appearance: {
        '@type': 'CreativeWork',
        url: 'https://www.wsj.com/',
        publisher: { '@type': 'Organization', name: 'The Wall Street Journal' },
      },
    });
  });

  test('the url option fills in for a claim without a review URL, and never overrides one', () => {
    assert.equal(toClaimReview(violation, { url: 'https://example.org/page' }).url, 'https://example.org/page');
    assert.equal(toClaimReview(permits, { url: 'https://example.org/page' }).url, 'https://example.org/fact-checks/no-new-permits');
  });

  test('a minimal claim gives a minimal review, with no undefined members', () => {
    const r = toClaimReview({ id: 'bare', statement: 'North Korea and Russia signed a labour accord in 2017.' });
    assert.deepEqual(r, {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      identifier: 'bare',
      claimReviewed: 'North Korea and Russia signed a labour accord in 2017.',
      itemReviewed: { '@type': 'Claim' },
    });
    for (const claim of set.claims) assert.equal(hasUndefined(toClaimReview(claim)), false);
  });

  test('does not change the claim it is given', () => {
    const copy = structuredClone(permits);
    toClaimReview(permits);
    assert.deepEqual(permits, copy);
  });
});

describe('claimReviewWarnings (Google rules)', () => {
  const paths = (claim, options) => claimReviewWarnings(claim, options).map((w) => w.path);
  const short = { id: 'a', statement: 'Up to 50,000 North Koreans work in Russia.', verdict: { label: 'Plausible' }, review: { url: 'https://example.org/a' } };

  test('a short claim with a verdict and a review URL passes', () => {
    assert.deepEqual(claimReviewWarnings(short), []);
  });

  test('claimReviewed over 75 characters', () => {
    const long = { ...short, statement: 'x'.repeat(76) };
    assert.deepEqual(paths(long), ['statement']);
    assert.match(claimReviewWarnings(long)[0].message, /76 characters.*75/);
    assert.deepEqual(paths({ ...short, statement: 'x'.repeat(75) }), []);
  });

  test('a missing review URL, unless the url option supplies one', () => {
    const { review, ...noReview } = short;
    assert.deepEqual(paths(noReview), ['review.url']);
    assert.deepEqual(paths(noReview, { url: 'https://example.org/page' }), []);
  });

  test('a missing verdict', () => {
    const { verdict, ...noVerdict } = short;
    assert.deepEqual(paths(noVerdict), ['verdict']);
  });

  test('the verdict inside claimReviewed, as a whole word in any script', () => {
    assert.deepEqual(paths({ ...short, statement: 'FALSE: no permits were issued', verdict: { label: 'Wrong' } }), ['statement']);
    assert.deepEqual(paths({ ...short, statement: 'Claim that permits stopped is misleading', verdict: { label: 'Misleading' } }), ['statement']);
    assert.deepEqual(paths({ ...short, statement: 'Посол: это неправда', verdict: { label: 'Неправда' } }), ['statement']);
    // "True" must not match inside "untrue"; a label with regex characters is taken literally.
    assert.deepEqual(paths({ ...short, statement: 'The ministry called the report untrue', verdict: { label: 'True' } }), []);
    assert.deepEqual(paths({ ...short, statement: 'Permits (2018) were issued', verdict: { label: '(2018' } }), ['statement']);
  });

  test('a scale starting below 1 is reported with what is written instead', () => {
    const warnings = claimReviewWarnings({ ...short, verdict: { label: 'False', rating: 0, best: 4, worst: 0 } });
    assert.deepEqual(warnings.map((w) => w.path), ['verdict.worst']);
    assert.match(warnings[0].message, /1 on 1–5/);
  });
});
