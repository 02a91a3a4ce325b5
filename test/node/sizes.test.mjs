// Size budgets: the bytes a reader downloads are part of the product.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { measureSizes } from '../../scripts/sizes.mjs';

const budgets = JSON.parse(readFileSync(new URL('../../size-budgets.json', import.meta.url), 'utf8'));
const sizes = await measureSizes();

for (const [name, budget] of Object.entries(budgets)) {
  if (name.startsWith('$')) continue;
  test(`${name}: ≤ ${budget.limit} bytes gzip`, () => {
    assert.ok(sizes[name], `no such output: ${name}`);
    assert.ok(sizes[name].gzip <= budget.limit, `${sizes[name].gzip} bytes gzip, over the ${budget.limit} budget`);
  });
}

test('the full zod build stays out of browser bundles (zod/mini only)', () => {
  const graph = JSON.parse(readFileSync(new URL('../../dist/cdn/graph.json', import.meta.url), 'utf8'));
  for (const file of Object.keys(graph)) {
    const code = readFileSync(new URL(`../../dist/cdn/${file}`, import.meta.url), 'utf8');
    // Full zod carries its English error map; zod/mini does not.
    assert.doesNotMatch(code, /Too small: expected|Invalid input: expected/, file);
  }
});

test('the README\'s size table is current (within 0.5 KB; refresh with `node scripts/sizes.mjs --readme`)', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const table = /<!-- sizes:start -->([\s\S]*?)<!-- sizes:end -->/.exec(readme)?.[1] ?? '';
  for (const [name, size] of Object.entries(sizes)) {
    const row = table.split('\n').find((line) => line.startsWith(`| ${name} |`));
    assert.ok(row, `README lists ${name}`);
    const listed = Number(row.split('|')[3].trim().replace(' KB', ''));
    assert.ok(Math.abs(listed - size.gzip / 1024) <= 0.5, `${name}: README says ${listed} KB gzip, measured ${(size.gzip / 1024).toFixed(1)} KB`);
  }
});
