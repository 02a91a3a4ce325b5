// The package as npm consumers see it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { VERSION } from '../../dist/version.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

test('VERSION in the code matches package.json', () => {
  assert.equal(VERSION, pkg.version);
});

test('every export target exists after the build', async () => {
  for (const [name, target] of Object.entries(pkg.exports)) {
    const paths = typeof target === 'string' ? [target] : Object.values(target);
    for (const path of paths) assert.doesNotThrow(() => readFileSync(new URL(`../../${path}`, import.meta.url)), `${name} → ${path}`);
  }
});

test('the schema entry loads in Node without a DOM', async () => {
  const schema = await import('../../dist/schema/index.js');
  assert.equal(typeof schema.parseClaimSet, 'function');
  assert.equal(typeof globalThis.document, 'undefined');
});
