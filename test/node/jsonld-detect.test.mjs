// claimsFromAny / isClaimReview: what the elements call on whatever JSON they are given.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { claimsFromAny, isClaimReview, jsonLdBlocks, scriptSafeJson, toClaimReview } from '../../dist/jsonld/index.js';

const read = (path) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const set = JSON.parse(read('claims.json'));
const graph = JSON.parse(read('jsonld/graph-page.json'));

describe('isClaimReview', () => {
  test('finds ClaimReview in objects, lists, @graph and nested markup', () => {
    assert.equal(isClaimReview(JSON.parse(read('jsonld/single-review.json'))), true);
    assert.equal(isClaimReview(JSON.parse(read('jsonld/wordpress-plugin.json'))), true);
    assert.equal(isClaimReview(graph), true);
    assert.equal(isClaimReview({ '@type': 'WebPage', mainEntity: { '@type': ['ClaimReview'] } }), true);
  });

  test('claim JSON and anything else is not ClaimReview', () => {
    for (const value of [set, set.claims, set.claims[0], {}, [], null, 'ClaimReview', { '@type': 'NewsArticle' }]) {
      assert.equal(isClaimReview(value), false, JSON.stringify(value));
    }
  });
});

describe('claimsFromAny', () => {
  test('a claim set, a list of claims, one claim', () => {
    assert.deepEqual(claimsFromAny(set).value.map((c) => c.id), ['no-new-permits', 'not-a-violation', 'diplomat-couriers']);
    assert.deepEqual(claimsFromAny(set.claims).value.map((c) => c.id), ['no-new-permits', 'not-a-violation', 'diplomat-couriers']);
    assert.deepEqual(claimsFromAny(set.claims[2]).value.map((c) => c.id), ['diplomat-couriers']);
  });

  test('claim JSON problems keep the paths the author wrote', () => {
    const broken = structuredClone(set);
    broken.claims[1].source.url = 'ftp://example.com';
    assert.deepEqual(claimsFromAny(broken).errors.map((e) => e.path), ['claims[1].source.url']);
    assert.deepEqual(claimsFromAny(broken.claims).errors.map((e) => e.path), ['[1].source.url']);
    assert.deepEqual(claimsFromAny({ ...broken.claims[1], extra: 1 }).errors.map((e) => e.path), ['source.url']);
    assert.deepEqual(claimsFromAny({ ...broken.claims[1], extra: 1 }).warnings.map((e) => e.path), ['extra']);
    assert.deepEqual(claimsFromAny([set.claims[0], set.claims[0]]).errors.map((e) => e.path), ['[1].id']);
  });

  test('ClaimReview JSON-LD is detected', () => {
    const result = claimsFromAny(graph);
    assert.equal(result.ok, true);
    assert.deepEqual(result.value.map((c) => c.id), ['checks-diplomats-as-couriers']);
    assert.equal(claimsFromAny(set.claims.map((c) => toClaimReview(c))).value.length, 3);
  });

  test('format forces the reading', () => {
    assert.equal(claimsFromAny(graph, { format: 'claims' }).ok, false);
    assert.deepEqual(claimsFromAny(set, { format: 'claimreview' }).errors, [{ path: '', message: 'has no object with "@type": "ClaimReview"' }]);
    assert.equal(claimsFromAny(set, { format: 'claims' }).ok, true);
  });

  test('JSON text, of either format', () => {
    assert.equal(claimsFromAny(read('claims.json')).value.length, 3);
    assert.equal(claimsFromAny(read('jsonld/graph-page.json')).value[0].review.author, 'Mina Park');
    const broken = claimsFromAny('{\n  "version": 1,\n  "claims": [],\n}\n');
    assert.equal(broken.ok, false);
    assert.match(broken.errors[0].message, /line 4, column 1/);
  });

  test('HTML with ld+json blocks: other markup is skipped, the reviews are read', () => {
    const result = claimsFromAny(read('jsonld/article-page.html'));
    assert.equal(result.ok, true);
    assert.deepEqual(result.value, [
      {
        id: 'checks-diplomats-as-couriers',
        statement: 'North Korean diplomats in Russia carry money and letters home for labourers.',
        verdict: { label: 'Unproven' },
        review: { url: 'https://example.org/checks/diplomats-as-couriers/', publisher: 'Example Fact Desk' },
      },
    ]);
  });

  test('HTML with a broken block says which block', () => {
    const html = '<script type="application/ld+json">{"@type": "WebPage"}</script><script type="application/ld+json">{"@type": </script>';
    const result = claimsFromAny(html);
    assert.equal(result.ok, false);
    assert.equal(result.errors[0].path, '[1]');
    assert.match(result.errors[0].message, /not valid JSON/);
  });

  test('partial passes through to the ClaimReview reader', () => {
    const reviews = [
      { '@type': 'ClaimReview', url: 'https://example.org/a', claimReviewed: 'Readable' },
      { '@type': 'ClaimReview', url: 'https://example.org/b' },
    ];
    assert.equal(claimsFromAny(reviews).ok, false);
    assert.deepEqual(claimsFromAny(reviews, { partial: true }).value.map((c) => c.id), ['a']);
  });
});

describe('JSON-LD in HTML', () => {
  test('scriptSafeJson cannot end its script block and parses back to the same value', () => {
    const value = { claimReviewed: 'Says "</script><script>alert(1)</script>" and <!-- this -->' };
    const text = scriptSafeJson(value);
    assert.doesNotMatch(text, /</);
    assert.deepEqual(JSON.parse(text), value);
    assert.equal(scriptSafeJson({ a: 1 }, 2), '{\n  "a": 1\n}');
  });

  test('jsonLdBlocks reads ld+json blocks with any quoting and attributes, and nothing else', () => {
    const html = `<script>var a = 1</script>
      <script type="application/ld+json">{"a": 1}</script>
      <SCRIPT id=x type='application/ld+json' nonce="n">{"b": 2}</SCRIPT >
      <script type=application/ld+json>{"c": 3}</script>
      <script type="application/json">{"d": 4}</script>`;
    assert.deepEqual(jsonLdBlocks(html).map((t) => JSON.parse(t)), [{ a: 1 }, { b: 2 }, { c: 3 }]);
  });
});

describe('claimsFromAny: text that is not HTML', () => {
  test('JSON quoting a script tag in a string is read as JSON', () => {
    const claim = { id: 'a', statement: 'A post showed <script type="application/ld+json">{}</script> in a caption.' };
    assert.deepEqual(claimsFromAny(JSON.stringify(claim)).value, [claim]);
  });

  test('HTML without ld+json blocks', () => {
    assert.deepEqual(claimsFromAny('<p>No markup</p>').errors, [{ path: '', message: 'has no <script type="application/ld+json"> block' }]);
  });
});

test('isClaimReview and claimsFromAny do not loop on circular objects', () => {
  const page = { '@type': 'WebPage' };
  page.self = page;
  assert.equal(isClaimReview(page), false);
  const review = { '@type': 'ClaimReview', url: 'https://example.org/a', claimReviewed: 'Up to 50,000 workers.' };
  review.isPartOf = { hasPart: review };
  assert.equal(claimsFromAny(review).value.length, 1);
});

test('the elements’ quick look agrees with isClaimReview, however deep the review is nested', async () => {
  const { looksLikeClaimReview } = await import('../../dist/internal/claim-input.js');
  // WebPage → ItemList → ListItem → ClaimReview, inside a @graph: seven levels down.
  const page = {
    '@context': 'https://schema.org',
    '@graph': [{ '@type': 'WebPage', mainEntity: { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', item: { '@type': 'schema:ClaimReview', claimReviewed: 'x' } }] } }],
  };
  let deep = { '@type': 'http://schema.org/ClaimReview' };
  for (let i = 0; i < 5000; i++) deep = { wrap: [deep] };
  const circular = { '@type': 'WebPage', parts: [] };
  for (let i = 0; i < 12; i++) circular.parts.push(circular);
  for (const value of [page, deep, circular, set, set.claims, graph, { '@type': 'NewsArticle' }, null, 'ClaimReview']) {
    assert.equal(looksLikeClaimReview(value), isClaimReview(value));
  }
  assert.equal(looksLikeClaimReview(page), true);
  assert.equal(looksLikeClaimReview(deep), true);
});
