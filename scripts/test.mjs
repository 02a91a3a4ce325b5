// npm test: build, check sizes, run the Node tests and the browser tests, and end with
// one line, alone: "N passed, N failed" (both runners summed). Exits non-zero on any
// failure. Without Chromium it says how to install it and fails.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath, MISSING_CHROMIUM } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

function filesUnder(dir, suffix) {
  const out = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path, suffix));
    else if (entry.name.endsWith(suffix)) out.push(path);
  }
  return out.sort();
}

const totals = { passed: 0, failed: 0 };
const finish = () => {
  console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
  process.exit(totals.failed ? 1 : 0);
};

if (!chromiumPath()) {
  console.error(`\n${MISSING_CHROMIUM}\n`);
  totals.failed++;
  finish();
}

rmSync(join(root, '.test-results'), { recursive: true, force: true });
mkdirSync(join(root, '.test-results'), { recursive: true });

if (run('node', ['scripts/build.mjs', '--no-schema']) !== 0) {
  console.error('\nThe build failed; no tests were run.');
  totals.failed++;
  finish();
}

// Node's runner: DOM-free modules, the CLI, sizes, the package. TAP goes to a file for counting.
const nodeFiles = filesUnder('test/node', '.test.mjs');
run(process.execPath, [
  '--test',
  '--test-concurrency=2',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  '--test-reporter-destination=.test-results/node.tap',
  ...nodeFiles,
]);
const tap = readFileSync(join(root, '.test-results/node.tap'), 'utf8');
const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
totals.passed += count('pass');
totals.failed += count('fail') + count('cancelled');
if (!/^# pass \d+$/m.test(tap)) totals.failed++;

// Browser runner.
const wtr = run(join(root, 'node_modules/.bin/web-test-runner'), ['--config', 'web-test-runner.config.mjs']);
try {
  const browser = JSON.parse(readFileSync(join(root, '.test-results/browser.json'), 'utf8'));
  totals.passed += browser.passed;
  totals.failed += browser.failed;
  if (wtr !== 0 && browser.failed === 0) totals.failed++;
} catch {
  console.error('The browser test run ended without a result.');
  totals.failed++;
}
finish();
