// The `development` condition switches on development hints; the default build has none.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const devFlag = (conditions) =>
  execFileSync(process.execPath, [...conditions, '--input-type=module', '-e', "import('#dev-mode').then((m) => console.log(m.DEV))"], { cwd: root, encoding: 'utf8' }).trim();

test('#dev-mode is false by default and true under --conditions=development', () => {
  assert.equal(devFlag([]), 'false');
  assert.equal(devFlag(['--conditions=development']), 'true');
});

test('the CDN bundle is the production build: no development hints in it', () => {
  const graph = JSON.parse(readFileSync(new URL('../../dist/cdn/graph.json', import.meta.url), 'utf8'));
  for (const file of Object.keys(graph)) {
    const code = readFileSync(new URL(`../../dist/cdn/${file}`, import.meta.url), 'utf8');
    assert.doesNotMatch(code, /development build/, file);
  }
});
