// fromClaimReview over the shapes publishers emit: fixtures written in the styles of
// hand-written markup, WordPress plugins, @graph pages and the 2017-era CreativeWork form.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fromClaimReview } from '../../dist/jsonld/index.js';
import { parseClaim } from '../../dist/schema/index.js';

const fixture = (name) => JSON.parse(readFileSync(new URL(`../fixtures/jsonld/${name}`, import.meta.url), 'utf8'));

/** The claims of a result that must have worked, each re-checked by the schema. */
function claimsOf(result) {
  assert.equal(result.ok, true, JSON.stringify(result.errors));
  for (const claim of result.value) assert.equal(parseClaim(claim).ok, true);
  return result.value;
}

const minimal = (extra = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://example.org/checks/accord',
  claimReviewed: 'North Korea and Russia signed a labour accord in 2017.',
  reviewRating: { '@type': 'Rating', alternateName: 'True' },
  ...extra,
});

describe('fromClaimReview: publisher shapes', () => {
  test('a single hand-written review maps every field', () => {
    const result = fromClaimReview(fixture('single-review.json'));
    assert.deepEqual(claimsOf(result), [
      {
        id: 'fact-checks-2018-08-no-new-permits-for-north-korean-workers',
        statement: 'No new work permits have gone to North Korean labourers since the UN sanctions.',
        claimant: {
          name: 'Alexander Matsegora',
          title: "Russia's ambassador to North Korea",
          url: 'https://en.wikipedia.org/wiki/Alexander_Matsegora',
        },
        date: '2018-08-01',
        source: {
          url: 'https://example.com/world/russia-north-korea-labour-permits',
          title: 'Russia keeps letting North Korean workers in despite sanctions',
          publisher: 'Example Daily',
          date: '2018-08-01',
        },
        counterClaim: {
          statement:
            'Labour Ministry data list more than 10,000 North Koreans newly registered since September, and 700 of them received work permits.',
        },
        verdict: { label: 'Misleading', rating: 2, best: 5, worst: 1 },
        review: {
          url: 'https://example.org/fact-checks/2018/08/no-new-permits-for-north-korean-workers/',
          publisher: 'Example Fact Desk',
          date: '2018-08-03T09:30:00+03:00',
        },
        lang: 'en',
      },
    ]);
    // firstAppearance is the source; the appearance list names one more place, which is lost.
    assert.deepEqual(result.warnings, [{ path: 'itemReviewed.appearance', message: 'has 2 places; the first is kept as the source' }]);
  });

  test('a WordPress-plugin list: http context, numeric strings, blank fields, appearance as a URL', () => {
    const result = fromClaimReview(fixture('wordpress-plugin.json'));
    const [legal, count] = claimsOf(result);
    assert.deepEqual(result.warnings, [], 'blank "" fields are absent, not errors');
    assert.equal(legal.id, '2017-04-02-is-sending-north-korean-workers-to-russia-legal');
    assert.deepEqual(legal.verdict, { label: 'Disputed', rating: 3, best: 5, worst: 1 });
    assert.deepEqual(legal.claimant, { name: 'A Russian official' });
    assert.deepEqual(legal.source, {
      url: 'https://example.com/news/2017/03/29/north-korea-russia-labour-accord',
      title: 'North Korea and Russia sign a labour accord',
    });
    assert.equal(legal.review.date, '2017-04-02 10:15:00');
    assert.deepEqual(count.verdict, { label: 'Mostly accurate', rating: 4, best: 5, worst: 1 });
    assert.deepEqual(count.claimant, { name: 'Arirang News', url: 'https://example.com/arirang' });
    assert.deepEqual(count.source, { url: 'https://example.com/news/2017/03/29/north-korea-russia-labour-accord' });
  });

  test('HTML-escaped text from a CMS is read as the characters it stands for, and stays text', () => {
    const result = fromClaimReview(
      minimal({
        claimReviewed: 'Says &#8220;R&amp;D spending&#8221; doubled &#x2014; and &lt;b&gt;AT&T&lt;/b&gt; agreed&hellip;',
        reviewRating: { '@type': 'Rating', alternateName: 'Mostly false &ndash; see &unknown; &#0; &#xD800;' },
        itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Ryu Chol&#45;hui', jobTitle: 'Governor&nbsp;of the region' } },
        url: 'https://example.org/checks/accord?a=1&amp;b=2',
      }),
    );
    const [claim] = claimsOf(result);
    assert.equal(claim.statement, 'Says \u201cR&D spending\u201d doubled \u2014 and <b>AT&T</b> agreed\u2026');
    // Unknown names, NUL and lone surrogates are left as written.
    assert.equal(claim.verdict.label, 'Mostly false \u2013 see &unknown; &#0; &#xD800;');
    assert.deepEqual(claim.claimant, { name: 'Ryu Chol-hui', title: 'Governor\u00a0of the region' });
    assert.equal(claim.review.url, 'https://example.org/checks/accord?a=1&b=2');
    // Decoded once: an escaped escape stays an escape.
    const [twice] = claimsOf(fromClaimReview(minimal({ claimReviewed: 'Written &amp;amp; meant' })));
    assert.equal(twice.statement, 'Written &amp; meant');
  });

  test('a @graph page: @id references to the author, the Claim and its appearance are resolved', () => {
    const result = fromClaimReview(fixture('graph-page.json'));
    assert.deepEqual(claimsOf(result), [
      {
        id: 'checks-diplomats-as-couriers',
        statement: 'North Korean diplomats in Russia carry money and letters home for labourers.',
        claimant: { name: 'Example Korea Monitor' },
        date: '2024-08-12',
        source: {
          url: 'https://example.com/2024/08/12/diplomats-couriers',
          title: 'North Korean diplomats said to act as couriers for workers in Russia',
          publisher: 'Example Korea Monitor',
          date: '2024-08-12',
        },
        verdict: { label: 'Unproven', rating: 3, best: 5, worst: 1 },
        review: {
          url: 'https://example.org/checks/diplomats-as-couriers/',
          publisher: 'Example Fact Desk',
          author: 'Mina Park',
          date: '2024-08-14',
        },
      },
    ]);
    assert.deepEqual(result.warnings, []);
  });

  test('legacy markup: itemReviewed as a CreativeWork is where the claim appeared', () => {
    const [claim] = claimsOf(fromClaimReview(fixture('legacy-creativework.json')));
    assert.equal(claim.id, 'fact-check-north-korean-labour-earnings');
    assert.deepEqual(claim.claimant, { name: 'The Kootneeti', url: 'https://example.com/kootneeti' });
    assert.equal(claim.date, '2018-08-05');
    assert.deepEqual(claim.source, {
      url: 'https://example.com/2018/08/north-korean-labourers-on-russian-soil',
      title: 'North Korean Labourers on Russian Soil?',
      date: '2018-08-05',
    });
    assert.deepEqual(claim.verdict, { label: 'Mostly true', rating: 4, best: 5, worst: 1 });
    assert.deepEqual(claim.review, {
      url: 'https://example.org/fact-check/north-korean-labour-earnings.html',
      publisher: 'Example Fact Desk',
      date: '2018-08-06',
    });
  });

  test('authors as plain strings, the label in name, @context as an object with @vocab', () => {
    const result = fromClaimReview(fixture('string-authors.json'));
    const [claim] = claimsOf(result);
    assert.deepEqual(claim.claimant, { name: 'Russian Labour Ministry' });
    assert.equal(claim.review.publisher, 'Example Fact Desk');
    assert.equal(claim.review.author, undefined);
    assert.deepEqual(claim.verdict, { label: 'Half true' });
    assert.deepEqual(result.warnings, []);
  });

  test('a Russian review: non-English label in name, lang from inLanguage, id from a transliterated path and fragment', () => {
    const [claim] = claimsOf(fromClaimReview(fixture('non-english.json')));
    assert.equal(claim.id, 'ru-proverka-razresheniya-na-rabotu-utverzhdenie-1');
    assert.equal(claim.lang, 'ru');
    assert.deepEqual(claim.verdict, { label: 'Вводит в заблуждение' });
    assert.deepEqual(claim.claimant, { name: 'Александр Мацегора', title: 'Посол России в КНДР' });
    assert.equal(claim.review.publisher, 'Пример: проверка фактов');
  });
});

describe('fromClaimReview: input variants', () => {
  const one = (input) => claimsOf(fromClaimReview(input))[0];

  test('@context as http or https string, object or list', () => {
    for (const context of ['https://schema.org', 'http://schema.org', 'https://schema.org/', { '@vocab': 'http://schema.org/' }, ['https://schema.org', { '@language': 'ru' }]]) {
      const result = fromClaimReview(minimal({ '@context': context }));
      assert.equal(result.ok, true);
      assert.deepEqual(result.warnings, [], JSON.stringify(context));
    }
  });

  test('another vocabulary is read anyway, with a warning', () => {
    const result = fromClaimReview(minimal({ '@context': 'https://example.com/vocab' }));
    assert.equal(result.ok, true);
    assert.match(result.warnings[0].message, /not schema\.org/);
  });

  test('@type as a list, a prefixed name or a full IRI', () => {
    for (const type of [['ClaimReview'], ['Review', 'ClaimReview'], 'schema:ClaimReview', 'https://schema.org/ClaimReview', 'http://schema.org/ClaimReview']) {
      assert.equal(one(minimal({ '@type': type })).statement, 'North Korea and Russia signed a labour accord in 2017.');
    }
  });

  test('a review nested in page markup (WebPage.mainEntity) is found', () => {
    const page = { '@context': 'https://schema.org', '@type': 'WebPage', name: 'Fact check', mainEntity: minimal({ '@context': undefined }) };
    assert.equal(one(page).id, 'checks-accord');
  });

  test('a review both in @graph and referenced from elsewhere counts once', () => {
    const review = minimal({ '@id': 'https://example.org/checks/accord#review' });
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', mainEntity: review }, review] };
    assert.equal(claimsOf(fromClaimReview(graph)).length, 1);
  });

  test('author of the claim as Person, Organization or string; sameAs as list or string', () => {
    const withAuthor = (author) => one(minimal({ itemReviewed: { '@type': 'Claim', author } })).claimant;
    assert.deepEqual(withAuthor({ '@type': 'Person', name: 'Alexander Matsegora', sameAs: ['https://en.wikipedia.org/wiki/Alexander_Matsegora'] }), {
      name: 'Alexander Matsegora',
      url: 'https://en.wikipedia.org/wiki/Alexander_Matsegora',
    });
    assert.deepEqual(withAuthor({ '@type': 'Organization', name: 'Korean Central News Agency', url: 'https://example.com/kcna' }), {
      name: 'Korean Central News Agency',
      url: 'https://example.com/kcna',
    });
    assert.deepEqual(withAuthor('A Russian official'), { name: 'A Russian official' });
  });

  test('several claim authors: the first is kept, with a warning', () => {
    const result = fromClaimReview(minimal({ itemReviewed: { '@type': 'Claim', author: ['A Russian official', 'A second official'] } }));
    assert.deepEqual(claimsOf(result)[0].claimant, { name: 'A Russian official' });
    assert.deepEqual(result.warnings, [{ path: 'itemReviewed.author', message: 'has 2 claimants; the first is kept' }]);
  });

  test('review author as Organization, Person, string, or a publisher property', () => {
    const review = (extra) => one(minimal(extra)).review;
    assert.equal(review({ author: { '@type': 'NewsMediaOrganization', name: 'Example Fact Desk' } }).publisher, 'Example Fact Desk');
    assert.deepEqual(review({ author: { '@type': 'Person', name: 'Mina Park' } }), { url: 'https://example.org/checks/accord', author: 'Mina Park' });
    assert.deepEqual(review({ author: { '@type': 'Person', name: 'Mina Park' }, publisher: { '@type': 'Organization', name: 'Example Fact Desk' } }), {
      url: 'https://example.org/checks/accord',
      author: 'Mina Park',
      publisher: 'Example Fact Desk',
    });
    assert.equal(review({ author: 'Example Fact Desk' }).publisher, 'Example Fact Desk');
  });

  test('appearance as object, list or URL string; firstAppearance as object or URL string', () => {
    const source = (item) => one(minimal({ itemReviewed: { '@type': 'Claim', ...item } })).source;
    const url = 'https://example.com/news/accord';
    assert.deepEqual(source({ appearance: { '@type': 'CreativeWork', url, headline: 'Accord signed' } }), { url, title: 'Accord signed' });
    assert.deepEqual(source({ appearance: [{ '@type': 'CreativeWork', url }] }), { url });
    assert.deepEqual(source({ appearance: url }), { url });
    assert.deepEqual(source({ firstAppearance: url }), { url });
    assert.deepEqual(source({ firstAppearance: { '@type': 'VideoObject', url, name: 'Interview' } }), { url, title: 'Interview' });
    assert.deepEqual(source({ appearance: { '@type': 'CreativeWork', publisher: 'Arirang News' } }), { publisher: 'Arirang News' });
  });

  test('ratings as numbers or numeric strings; alternateName before name', () => {
    const verdict = (rating) => one(minimal({ reviewRating: { '@type': 'Rating', ...rating } })).verdict;
    assert.deepEqual(verdict({ alternateName: 'Mostly false', ratingValue: 2, bestRating: 6, worstRating: 1 }), { label: 'Mostly false', rating: 2, best: 6, worst: 1 });
    assert.deepEqual(verdict({ alternateName: 'Mostly false', ratingValue: ' 2 ', bestRating: '6', worstRating: '1' }), { label: 'Mostly false', rating: 2, best: 6, worst: 1 });
    assert.deepEqual(verdict({ alternateName: 'Label', name: 'Name' }), { label: 'Label' });
    assert.deepEqual(verdict({ name: 'Name' }), { label: 'Name' });
  });

  test('inLanguage as a tag or a Language node; claim text from the Claim when claimReviewed is absent', () => {
    assert.equal(one(minimal({ inLanguage: { '@type': 'Language', name: 'Korean', alternateName: 'ko' } })).lang, 'ko');
    const claim = one(minimal({ claimReviewed: undefined, itemReviewed: { '@type': 'Claim', text: 'Up to 50,000 North Koreans work in Russia.' } }));
    assert.equal(claim.statement, 'Up to 50,000 North Koreans work in Russia.');
  });

  test('the counter-claim from a cited Claim, or from ratingExplanation', () => {
    const cited = one(
      minimal({
        citation: [
          { '@type': 'CreativeWork', url: 'https://example.com/unrelated' },
          { '@type': 'Claim', text: 'Ministry figures show 700 permits.', datePublished: '2018-08-01', appearance: 'https://example.com/ministry' },
        ],
      }),
    );
    assert.deepEqual(cited.counterClaim, { statement: 'Ministry figures show 700 permits.', date: '2018-08-01', source: { url: 'https://example.com/ministry' } });
    const explained = one(minimal({ reviewRating: { '@type': 'Rating', alternateName: 'False', ratingExplanation: 'The ministry registered 10,000 newcomers.' } }));
    assert.deepEqual(explained.counterClaim, { statement: 'The ministry registered 10,000 newcomers.' });
  });

  test('a Rating node referenced by @id: problems point at the node in @graph', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Rating', '@id': '#rating', alternateName: 'False', ratingValue: 9, bestRating: 5, worstRating: 1 },
        minimal({ '@context': undefined, reviewRating: { '@id': '#rating' } }),
      ],
    };
    const result = fromClaimReview(graph);
    assert.deepEqual(claimsOf(result)[0].verdict, { label: 'False' });
    assert.equal(result.warnings[0].path, '@graph[0].ratingValue');
  });

  test('does not change its input', () => {
    const input = fixture('graph-page.json');
    const copy = structuredClone(input);
    fromClaimReview(input);
    assert.deepEqual(input, copy);
  });
});

describe('fromClaimReview: problems', () => {
  test('faulty fields are left out with warnings that point at the input; a review without claim text fails', () => {
    const result = fromClaimReview(fixture('flawed.json'));
    assert.equal(result.ok, false);
    assert.deepEqual(result.errors, [{ path: '[1].claimReviewed', message: 'is required' }]);
    assert.deepEqual(
      result.warnings.map((w) => w.path),
      ['[0].itemReviewed.author.sameAs', '[0].itemReviewed.appearance.url', '[0].url', '[0].datePublished', '[0].itemReviewed.appearance'],
    );
    assert.match(result.warnings[2].message, /https:\/\/ or http:\/\/ link \(left out\)/);
  });

  test('partial keeps the readable claims and turns the errors into warnings', () => {
    const result = fromClaimReview(fixture('flawed.json'), { partial: true });
    const [claim] = claimsOf(result);
    assert.equal(result.value.length, 1);
    assert.deepEqual(claim, {
      id: 'fact-checks-ministry-figures',
      statement: 'More than 10,000 North Koreans registered in Russia since September.',
      claimant: { name: 'A ministry spokesperson' },
      verdict: { label: 'Accurate' },
      review: { publisher: 'Example Fact Desk' },
    });
    assert.deepEqual(result.warnings.at(-1), { path: '[1].claimReviewed', message: 'is required' });
    // Nothing readable at all still fails.
    assert.equal(fromClaimReview([fixture('flawed.json')[1]], { partial: true }).ok, false);
  });

  test('unusable rating numbers are dropped and the label kept; a rating without a label drops the verdict', () => {
    const result = fromClaimReview(fixture('odd-ratings.json'));
    const claims = claimsOf(result);
    assert.deepEqual(claims.map((c) => c.verdict), [{ label: 'Needs context' }, { label: 'Partly accurate' }, undefined]);
    assert.deepEqual(
      result.warnings.map((w) => w.path),
      ['[0].reviewRating.worstRating', '[1].reviewRating.ratingValue', '[2].reviewRating.alternateName'],
    );
    assert.equal(result.warnings[0].message, 'worst (-1) must be lower than best (-1) (numbers left out, label kept)');
    // The schema's own words for a fraction; only the suffix is ours.
    assert.match(result.warnings[1].message, /whole number.* \(numbers left out, label kept\)$/);
    assert.equal(result.warnings[2].message, 'is required (verdict left out)');
  });

  test('a rating that is not a number at all', () => {
    const result = fromClaimReview(minimal({ reviewRating: { '@type': 'Rating', alternateName: 'False', ratingValue: 'two' } }));
    assert.deepEqual(claimsOf(result)[0].verdict, { label: 'False' });
    assert.equal(result.warnings[0].path, 'reviewRating.ratingValue');
  });

  test('names too long for a claim are left out, text too long for a statement fails', () => {
    const longName = fromClaimReview(minimal({ itemReviewed: { '@type': 'Claim', author: 'x'.repeat(1001) } }));
    assert.equal(claimsOf(longName)[0].claimant, undefined);
    assert.deepEqual(longName.warnings[0], { path: 'itemReviewed.author', message: 'is too long: the limit is 1,000 characters (claimant left out)' });
    const longText = fromClaimReview(minimal({ claimReviewed: 'x'.repeat(10_001) }));
    assert.equal(longText.ok, false);
    assert.equal(longText.errors[0].path, 'claimReviewed');
  });

  test('input without a ClaimReview', () => {
    for (const input of [null, 42, 'text', [], {}, { '@context': 'https://schema.org', '@type': 'NewsArticle' }, { version: 1, claims: [] }]) {
      const result = fromClaimReview(input);
      assert.equal(result.ok, false);
      assert.deepEqual(result.errors, [{ path: '', message: 'has no object with "@type": "ClaimReview"' }]);
    }
  });
});

test('fromClaimReview: the review URL from mainEntityOfPage when url is absent', () => {
  const base = { '@type': 'ClaimReview', claimReviewed: 'Up to 50,000 North Koreans work in Russia.' };
  for (const page of ['https://example.org/checks/50000', { '@type': 'WebPage', '@id': 'https://example.org/checks/50000' }]) {
    const result = fromClaimReview({ ...base, mainEntityOfPage: page });
    assert.equal(result.value[0].review.url, 'https://example.org/checks/50000');
    assert.equal(result.value[0].id, 'checks-50000');
  }
});
