// Browser tests: every file in test/browser runs in Debian's Chromium (never a
// downloaded one). A small reporter writes pass/fail counts for scripts/test.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';
import { fixturesMiddleware } from './test/server/fixtures-middleware.mjs';

function countTests(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite.suites ?? []) countTests(child, counts);
}

/** Writes .test-results/browser.json; a file that failed to load counts as a failure. */
function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const own = { passed: 0, failed: 0, skipped: 0 };
        if (session.testResults) countTests(session.testResults, own);
        // A file that crashed outside its tests (import error, uncaught error) still fails.
        if (!session.passed && own.failed === 0) own.failed = 1;
        for (const key of Object.keys(counts)) counts[key] += own[key];
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync('.test-results/browser.json', JSON.stringify(counts));
    },
  };
}

const ci = Boolean(process.env.CI);

/** Tests run the sources in their development build (`#dev-mode` → DEV = true), like Lit's. */
const devModeFromSource = {
  name: 'dev-mode-from-source',
  resolveImport({ source }) {
    if (source === '#dev-mode') return '/src/internal/dev-mode.development.ts';
    return undefined;
  },
};

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 10 * 60_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: ci ? 20_000 : 10_000 } },
  plugins: [devModeFromSource, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  middleware: [fixturesMiddleware],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
