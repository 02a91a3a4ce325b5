// The list's filter, search and sort as pure functions, in Node (no DOM). Imports the
// compiled dist/ (npx tsc -p tsconfig.json).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fold, queryClaims } from '../../dist/elements/claim-list/list-query.js';

const claims = [
  { id: 'a', statement: 'Workers at a café keep their wages.', date: '2019-05-02T10:00:00+03:00', verdict: { label: 'False' } },
  { id: 'b', statement: 'Рабочие ещё трудятся на стройках.', claimant: { name: 'Местная газета' }, date: '2020-01-15', verdict: { label: 'True' } },
  { id: 'c', statement: 'No new permits were issued.', counterClaim: { statement: 'Ministry figures say otherwise.' }, date: '2018-08-01', verdict: { label: 'Misleading' } },
  { id: 'd', statement: 'Undated claim.', verdict: { label: 'Pants on Fire' } },
  { id: 'e', statement: 'Another claim, same day as c, later in the file.', date: '2018-08-01', verdict: { label: 'Disputed' } },
  { id: 'f', statement: 'Late the same day in Seoul, early in UTC.', date: '2019-05-02 08:30+0900' },
];
const ids = (result) => result.claims.map((c) => c.id);

test('fold: lower case, accents and marks removed, compatibility forms unified', () => {
  assert.equal(fold('CAFÉ Müller'), 'cafe muller');
  assert.equal(fold('Ёлка'), 'елка');
  assert.equal(fold('ﬁle'), 'file'); // the fi ligature
  assert.equal(fold('مُضَلِّل'), 'مضلل'); // Arabic vowel marks
  assert.equal(fold('ＡＢＣ'), 'abc'); // full-width letters
});

test('newest first by default; undated last; ties keep the file order; offsets respected', () => {
  assert.deepEqual(ids(queryClaims(claims, {})), ['b', 'a', 'f', 'c', 'e', 'd']);
  assert.deepEqual(ids(queryClaims(claims, { sort: 'newest' })), ['b', 'a', 'f', 'c', 'e', 'd']);
});

test('oldest first; undated still last', () => {
  assert.deepEqual(ids(queryClaims(claims, { sort: 'oldest' })), ['c', 'e', 'f', 'a', 'b', 'd']);
});

test('by verdict: false, misleading, mixed, true, unrated; newest first within one', () => {
  assert.deepEqual(ids(queryClaims(claims, { sort: 'verdict' })), ['a', 'd', 'c', 'b', 'f', 'e']);
});

test('verdict filter; counts per tone ignore the verdict filter but follow the search', () => {
  const result = queryClaims(claims, { verdict: 'false' });
  assert.deepEqual(ids(result), ['a', 'd']);
  assert.deepEqual(result.counts, { false: 2, misleading: 1, mixed: 0, true: 1, unrated: 2 });
  assert.equal(result.matched, 6);
  const searched = queryClaims(claims, { verdict: 'false', query: 'claim' });
  assert.deepEqual(ids(searched), ['d']);
  assert.deepEqual(searched.counts, { false: 1, misleading: 0, mixed: 0, true: 0, unrated: 1 });
  assert.equal(searched.matched, 2);
});

test('an unknown verdict filters nothing', () => {
  assert.equal(queryClaims(claims, { verdict: 'bogus' }).claims.length, 6);
  assert.equal(queryClaims(claims, { verdict: '' }).claims.length, 6);
});

test('search: every word, any searched field, case and accents ignored', () => {
  assert.deepEqual(ids(queryClaims(claims, { query: 'CAFE' })), ['a']);
  assert.deepEqual(ids(queryClaims(claims, { query: 'еще' })), ['b']);
  assert.deepEqual(ids(queryClaims(claims, { query: 'газета' })), ['b']); // claimant
  assert.deepEqual(ids(queryClaims(claims, { query: 'ministry' })), ['c']); // counter-claim
  assert.deepEqual(ids(queryClaims(claims, { query: 'pants fire' })), ['d']); // verdict label
  assert.deepEqual(ids(queryClaims(claims, { query: '  same   DAY ' })), ['f', 'e']);
  assert.deepEqual(ids(queryClaims(claims, { query: 'same zeppelin' })), []);
  assert.deepEqual(ids(queryClaims(claims, { query: '   ' })).length, 6);
});

test('the input array is not changed', () => {
  const copy = [...claims];
  queryClaims(claims, { sort: 'oldest' });
  assert.deepEqual(claims, copy);
});

test('1,000 claims filter and sort in a few milliseconds', () => {
  const many = Array.from({ length: 1000 }, (_, i) => ({
    id: `c${i}`,
    statement: `Statement ${i} about labour exports`,
    date: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10),
    verdict: { label: ['False', 'True', 'Mostly true'][i % 3] },
  }));
  queryClaims(many, {}); // first pass folds and classifies each claim once
  const started = performance.now();
  for (const query of ['s', 'st', 'statement 9', 'labour', 'exports 99']) queryClaims(many, { query, sort: 'verdict' });
  assert.ok(performance.now() - started < 100);
});

test('Korean search matches whole syllables, not their parts', () => {
  assert.equal(fold('각각').includes(fold('가')), false);
  assert.equal(fold('산업').includes(fold('사')), false);
  assert.equal(fold('북한 노동자').includes(fold('노동')), true);
  assert.equal(fold('Ёлка CAFÉ').includes(fold('елка cafe')), true);
});
