// How elements read a claims file claim by claim (src/internal/claim-data.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pickClaim, readClaimData } from '../../dist/internal/claim-data.js';

const set = (...claims) => ({ version: 1, claims });

test('one broken claim does not hide its neighbours', () => {
  const data = readClaimData(set({ id: 'good', statement: 'x' }, { id: 'bad', statement: 'y', source: { url: 'javascript:alert(1)' } }));
  assert.equal(pickClaim(data, 'good').ok, true);
  assert.deepEqual(pickClaim(data, 'bad').errors.map((e) => e.path), ['claims[1].source.url']);
});

test('an id in the data cannot spell one of the reader\'s own keys', () => {
  const data = readClaimData(set({ id: '#limit', statement: 'x' }, { id: 'ok', statement: 'y' }));
  assert.deepEqual(pickClaim(data, '#limit').errors.map((e) => e.path), ['claims[0].id']);
  assert.match(pickClaim(data, 'missing').errors[0].message, /has no claim with id "missing"/);
});

test('two invalid claims with the same id both report their problems', () => {
  const data = readClaimData(set({ id: 'twin', statement: '' }, { id: 'twin', date: 'yesterday', statement: 'x' }));
  assert.deepEqual(pickClaim(data, 'twin').errors.map((e) => e.path).sort(), ['claims[0].statement', 'claims[1].date']);
});

test('the same data object is read once', () => {
  const input = set({ id: 'a', statement: 'x' });
  assert.equal(readClaimData(input), readClaimData(input));
});
