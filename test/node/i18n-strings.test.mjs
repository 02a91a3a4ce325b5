// UI strings: placeholders, numbers written the language's way, and plural forms chosen by
// each language's own rules. Runs on tsc's output (dist/).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { en, fill } from '../../dist/internal/i18n/strings.js';

const RU = '{n, plural, one {# утверждение} few {# утверждения} many {# утверждений} other {# утверждения}}';

test('English counts agree with their noun', () => {
  assert.equal(fill(en.showing, { shown: 1, total: 1 }, 'en'), 'Showing 1 of 1 claim');
  assert.equal(fill(en.showing, { shown: 0, total: 6 }, 'en'), 'Showing 0 of 6 claims');
  assert.equal(fill(en.showing, { shown: 2, total: 1000 }, 'en'), 'Showing 2 of 1,000 claims');
  assert.equal(fill(en.claims, { count: 1 }), '1 claim');
  assert.equal(fill(en.claims, { count: 0 }), '0 claims');
});

test('plural categories are the language’s own, and # is the number as it writes it', () => {
  assert.deepEqual(
    [1, 2, 5, 21, 22, 25, 111].map((n) => fill(RU, { n }, 'ru')),
    ['1 утверждение', '2 утверждения', '5 утверждений', '21 утверждение', '22 утверждения', '25 утверждений', '111 утверждений'],
  );
  assert.equal(fill(RU, { n: 1.5 }, 'ru'), '1,5 утверждения');
  // Arabic has six categories; two takes its own form.
  const ar = '{n, plural, zero {none} one {one} two {two} few {few #} many {many #} other {other #}}';
  assert.deepEqual([0, 1, 2].map((n) => fill(ar, { n }, 'en')), ['other 0', 'one', 'other 2']);
  assert.deepEqual([0, 1, 2].map((n) => fill(ar, { n }, 'ar').replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))), ['none', 'one', 'two']);
});

test('exact values win, a missing category falls back to other, and anything else is left alone', () => {
  assert.equal(fill('{n, plural, =0 {no claims} one {# claim} other {# claims}}', { n: 0 }), 'no claims');
  assert.equal(fill('{n, plural, other {# left}}', { n: 1 }), '1 left');
  assert.equal(fill('{n, plural, one {# left}}', { n: 3 }), '');
  // Not a number, or no such value: the `other` branch, never the pattern itself.
  assert.equal(fill('{n, plural, one {# claim} other {claims: #}}', { n: 'x' }), 'claims: x');
  assert.equal(fill('{n, plural, one {# claim} other {# claims}}', { n: '1' }), '1 claim');
  assert.equal(fill('{missing, plural, other {some}} and {n}', { n: 2 }), 'some and 2');
  // Plain placeholders work as before, markup-like values stay text.
  assert.equal(fill('Claim by {name}', { name: '<b>x</b>' }), 'Claim by <b>x</b>');
});

test('plural forms written over several lines, with placeholders inside, and without a language', () => {
  const template = `{count, plural,
    one {# claim by {name}}
    other {# claims by {name}}
  }`;
  assert.equal(fill(template, { count: 1, name: 'Ann' }, 'en'), '1 claim by Ann');
  assert.equal(fill(template, { count: 3, name: 'Ann' }, 'en'), '3 claims by Ann');
  assert.equal(fill('{n, plural, one {# claim} other {# claims}}', { n: 1 }, ''), '1 claim');
  // A plural inside a plural: the inner one is chosen by its own number.
  const nested = '{a, plural, one {one of {b, plural, one {# item} other {# items}}} other {# sets}}';
  assert.equal(fill(nested, { a: 1, b: 1 }), 'one of 1 item');
  assert.equal(fill(nested, { a: 1, b: 4 }), 'one of 4 items');
  assert.equal(fill(nested, { a: 2, b: 4 }), '2 sets');
});
