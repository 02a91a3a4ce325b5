// resolveSrc runs on any `src` a page (or a script writing attributes) sets: trimming it
// must stay linear however its whitespace is arranged. Sizes are chosen so the old
// `/^[ws]+|[ws]+$/g` trim (quadratic on an inner run: about 2 s at 50 k, 36 s at
// 200 k) would blow the bound many times over, while a linear trim takes milliseconds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveSrc } from '../../dist/internal/load-json.js';

const BASE = 'https://example.com/page/';

/** Runs `fn` and returns [result, milliseconds]. */
function timed(fn) {
  const t = performance.now();
  const result = fn();
  return [result, performance.now() - t];
}

test('a long whitespace run inside src is handled in linear time', () => {
  const run = ' \t\n\f\r'.repeat(40_000); // 200 k characters
  const [inner, ms] = timed(() => resolveSrc(`https://example.com/a${run}b`, BASE));
  // Spaces inside become %20 and push the URL past the length limit: refused.
  assert.equal(inner, undefined);
  assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
});

test('long leading and trailing runs are still trimmed, and only ASCII whitespace', () => {
  const run = ' \t\n\f\r'.repeat(40_000);
  const [url, ms] = timed(() => resolveSrc(`${run}claims.json${run}`, BASE));
  assert.equal(url, 'https://example.com/page/claims.json');
  assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
  assert.equal(resolveSrc('  \n\t', BASE), 'https://example.com/page/');
  assert.equal(resolveSrc('', BASE), 'https://example.com/page/');
  // NBSP and vertical tab are not trimmed, so they stay hidden characters and are refused.
  assert.equal(resolveSrc('\u00a0javascript:alert(1)', BASE), undefined);
  assert.equal(resolveSrc('claims.json\u00a0', BASE), undefined);
  assert.equal(resolveSrc('\vclaims.json', BASE), undefined);
  assert.equal(resolveSrc(' javascript:alert(1) ', BASE), undefined);
});
