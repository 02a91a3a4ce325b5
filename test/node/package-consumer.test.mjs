// The package as npm publishes it: what the tarball holds, and a small TypeScript
// project compiled against the tarball (not against src/), for every public entry.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Inside the repository, so the consumer finds lit, zod and react types in node_modules.
const work = join(root, '.test-results', 'consumer');
let files = [];

before(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'node_modules', 'claim-cards'), { recursive: true });
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [pack] = JSON.parse(out);
  files = pack.files.map((f) => f.path);
  execFileSync('tar', ['-xzf', join(work, pack.filename), '-C', join(work, 'node_modules', 'claim-cards'), '--strip-components=1']);
});

test('the tarball holds the build, the schema, the manifest, README and LICENSE — no sources, tests or demo', () => {
  for (const needed of ['dist/index.js', 'dist/index.d.ts', 'dist/define.js', 'dist/cdn/claim-cards.js', 'dist/custom-elements.json', 'dist/cli/main.js', 'schema/claim-set.schema.json', 'README.md', 'LICENSE', 'package.json']) {
    assert.ok(files.includes(needed), `${needed} is packed`);
  }
  for (const file of files) {
    assert.doesNotMatch(file, /^(src|test|demo|bench|scripts|\.ci|node_modules)\//, file);
    assert.doesNotMatch(file, /\.test\.|fixtures|\.tgz$/, file);
  }
});

test('the CDN folder holds only chunks the current build references', async () => {
  const graph = JSON.parse(execFileSync('cat', [join(root, 'dist/cdn/graph.json')], { encoding: 'utf8' }));
  const packed = files.filter((f) => f.startsWith('dist/cdn/') && f.endsWith('.js')).map((f) => f.slice('dist/cdn/'.length));
  assert.deepEqual(packed.sort(), Object.keys(graph).sort());
});

const consumer = `
import { ClaimCardElement, ClaimListElement, ClaimAnnotatorElement, defineAll, ClaimErrorEvent, registerStrings, type Claim } from 'claim-cards';
import 'claim-cards/define';
import { parseClaimSet, parseClaim, type ClaimSet, type ParseIssue } from 'claim-cards/schema';
import { toClaimReview, fromClaimReview, fromFactCheckApi, type ClaimReview } from 'claim-cards/jsonld';
import { anchorQuote, describeRange, type TextQuote } from 'claim-cards/anchoring';
import { ClaimCard, ClaimList, ClaimAnnotator } from 'claim-cards/react';

defineAll();
const set: ClaimSet = { version: 1, claims: [{ id: 'a', statement: 'x' }] };
const parsed = parseClaimSet(set);
const issues: ParseIssue[] = parsed.ok ? parsed.warnings : parsed.errors;
const one = parseClaim({ id: 'b', statement: 'y' });
const claim: Claim | undefined = one.ok ? one.value : undefined;
const review: ClaimReview = toClaimReview(set.claims[0]!);
const back = fromClaimReview(review);
const api = fromFactCheckApi({ claims: [] });

// Tag names and events are typed for every element.
const card: ClaimCardElement = document.createElement('claim-card');
card.claim = claim;
card.variant = 'compact';
const list: ClaimListElement = document.createElement('claim-list');
const annotator: ClaimAnnotatorElement = document.createElement('claim-annotator');
annotator.markers = true;
const ready: Promise<void> = annotator.ready;
document.addEventListener('claim-error', (e) => { const list: readonly ParseIssue[] = e.errors; const ok: boolean = e instanceof ClaimErrorEvent; });
document.addEventListener('claim-ready', (e) => { const claims: readonly Claim[] = e.claims; });
document.addEventListener('claim-select', (e) => { const id: string = e.claim.id; });
document.addEventListener('claim-anchored', (e) => { const range: Range = e.range; const how: 'exact' | 'fuzzy' = e.match; });
document.addEventListener('claim-orphaned', (e) => { const id: string = e.claimId; });
document.addEventListener('claim-open', (e) => { const id: string = e.claimId; });
document.addEventListener('claim-close', (e) => { const id: string = e.claimId; });

const quote: TextQuote = { exact: 'x' };
const range: Range | null = anchorQuote(document.body, quote);
if (range) { const again: TextQuote = describeRange(range, document.body); }
registerStrings('de', { factCheck: 'Faktencheck' });
const components = [ClaimCard, ClaimList, ClaimAnnotator];
export { issues, back, api, card, list, ready, components };
`;

for (const resolution of ['NodeNext', 'Bundler']) {
  test(`a TypeScript consumer type-checks against the tarball (moduleResolution ${resolution})`, () => {
    const dir = join(work, resolution.toLowerCase());
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    writeFileSync(join(dir, 'index.ts'), consumer);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: resolution === 'NodeNext' ? 'NodeNext' : 'ESNext',
          moduleResolution: resolution,
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['index.ts'],
      }),
    );
    try {
      execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', dir], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      assert.fail(`tsc failed:\n${error.stdout}${error.stderr}`);
    }
  });
}

test('the packed CLI runs', () => {
  const out = execFileSync(process.execPath, [join(work, 'node_modules/claim-cards/dist/cli/main.js'), '--version'], { encoding: 'utf8' });
  assert.match(out.trim(), /\d+\.\d+\.\d+/);
  assert.ok(readdirSync(join(work, 'node_modules/claim-cards/dist/cli')).includes('main.js'));
});
