// jsonLdBlocks reads third-party HTML (claimsFromAny, the CLI's `import`): its work must
// stay linear on markup built to make a regular expression backtrack. The inputs below took
// the old single-regex reader 2 s at 20 k characters and 28 s at 50 k (cubic); here they
// are 200 k characters and must finish well under a second.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { claimsFromAny, jsonLdBlocks } from '../../dist/jsonld/index.js';

/** Runs `fn` and returns [result, milliseconds]. */
function timed(fn) {
  const t = performance.now();
  const result = fn();
  return [result, performance.now() - t];
}

const SIZE = 200_000;
const fill = (unit) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
const BLOCK = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"ClaimReview","url":"https://example.org/a","claimReviewed":"Up to 50,000 workers."}</script>';

describe('jsonLdBlocks on adversarial HTML', () => {
  for (const [name, junk] of [
    ['ld+json start tags that never close (no ">")', fill('<script type=application/ld+json ')],
    ['ld+json start tags with no close tag', fill('<script type=application/ld+json>')],
    ['plain script start tags that never close', fill('<script ')],
    ['close tags that never end', fill('</script ')],
    ['type attributes with long space runs', `<script${fill(' type =   ')}>`],
  ]) {
    test(name, () => {
      // A real block before the junk is still read, whatever follows it.
      const [blocks, ms] = timed(() => jsonLdBlocks(BLOCK + junk));
      assert.equal(blocks.length, 1);
      assert.equal(JSON.parse(blocks[0]).url, 'https://example.org/a');
      assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
      const [result, ms2] = timed(() => claimsFromAny(`<!doctype html>${BLOCK}${junk}`));
      assert.equal(result.ok, true);
      assert.equal(result.value.length, 1);
      assert.ok(ms2 < 1000, `claimsFromAny took ${ms2.toFixed(0)} ms`);
    });
  }
});

describe('jsonLdBlocks reads what the old single pattern read', () => {
  // The reader it replaces, as the reference on inputs small enough for it to be fast.
  const OLD = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
  const old = (html) => [...html.matchAll(OLD)].map((m) => m[1]);

  test('hand-picked cases', () => {
    for (const html of [
      '<script type="application/ld+json">{"a":1}</script>',
      '<SCRIPT TYPE = \'application/ld+json\' >{"a":1}</SCRIPT\n>',
      '<script <script type=application/ld+json>{"a":1}</script>',
      '<script data-type=application/ld+json>x</script><scripts type=application/ld+json>y</script>',
      '<script type="application/ld+json; charset=utf-8">x</script >after</script>',
      '<script type=application/ld+json>a<script type=application/ld+json>b</script>c</script>',
      '<script type=application/ld+json>unclosed <script type=application/ld+json>',
      '<script type=application/json>{}</script><script type=application/ld+json>\u0130\u0130</script><script type=application/ld+json>z</script>',
      '<script type=application/ld+json',
    ]) {
      assert.deepEqual(jsonLdBlocks(html), old(html), html);
    }
  });

  test('random markup from a small alphabet of tag pieces', () => {
    const pieces = [
      '<script', '<SCRIPT', '<script ', ' type=', ' TYPE = ', 'type', '=', '"', "'", 'application/ld+json', 'application/json',
      '<script type=application/ld+json>', '<script type="application/ld+json"', '>', '</script>', '</SCRIPT\n>', '</script', ' ',
      'x', '{}', '-', '<', '/', '\u0130',
    ];
    // xorshift32, seeded: the same cases on every run.
    let seed = 12345;
    const random = (n) => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    let found = 0;
    for (let round = 0; round < 5000; round++) {
      let html = '';
      for (let k = random(40); k >= 0; k--) html += pieces[random(pieces.length)];
      const expected = old(html);
      found += expected.length;
      assert.deepEqual(jsonLdBlocks(html), expected, JSON.stringify(html));
    }
    // The alphabet must produce blocks, or the comparison proves little.
    assert.ok(found > 1000, `only ${found} blocks`);
  });
});
