import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseClaim } from '../../dist/schema/index.js';

test('a minimal claim is valid', () => {
  const result = parseClaim({ id: 'a', statement: 'x' });
  assert.equal(result.ok, true);
});
