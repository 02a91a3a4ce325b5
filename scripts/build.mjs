// npm run build: compile (tsc → dist/), write the custom elements manifest, bundle the
// CDN file (rollup), and, unless
// --no-schema is given, rewrite schema/claim-set.schema.json from the zod schema.
// `npm test` builds with --no-schema so that a stale committed schema fails a test
// instead of being silently regenerated.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
const step = (label) => console.log(`\n▸ ${label}`);

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true, maxRetries: 5 });

step('TypeScript → dist/');
run(bin('tsc'), ['-p', 'tsconfig.json']);

step('Custom Elements Manifest → dist/custom-elements.json');
run(bin('cem'), ['analyze', '--quiet']);

if (!process.argv.includes('--no-schema')) {
  step('JSON Schema → schema/claim-set.schema.json');
  const { claimSetJsonSchema } = await import(new URL('../dist/schema/json-schema.js', import.meta.url));
  writeFileSync(new URL('../schema/claim-set.schema.json', import.meta.url), `${JSON.stringify(claimSetJsonSchema(), null, 2)}\n`);
}

step('CDN bundle → dist/cdn/');
run(bin('rollup'), ['-c', '--silent']);
console.log('\nbuild done');
