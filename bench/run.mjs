// npm run bench: claim-cards against the floor and its peers, side by side in one run of
// headless Debian Chromium. Prints a table and writes bench/results.json, bench/RESULTS.md
// and the README's performance excerpt. Not part of `npm test`. See bench/README.md.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, arch, type } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, MISSING_CHROMIUM } from '../scripts/chromium.mjs';
import { runAnchoring } from './lib/anchoring-run.mjs';
import { bundle } from './lib/bundle.mjs';
import { articleClaimSet, renderClaimSet } from './lib/claims.mjs';
import { loadCorpus } from './lib/corpus.mjs';
import { articlePage } from './lib/page-html.mjs';
import { runPageCost } from './lib/page-run.mjs';
import { runRender } from './lib/render-run.mjs';
import { consoleReport, markdownReport, readmeExcerpt, resultsJson } from './lib/report.mjs';
import { startServer } from './lib/server.mjs';
import { measureSizes } from './lib/sizes.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const TMP = join(ROOT, 'bench/tmp');
const PARTS = ['anchoring', 'render', 'sizes', 'page'];

const HELP = `node bench/run.mjs [options]   (npm run bench)

  --runs N        runs per measurement (default 5; medians are reported)
  --only LIST     comma-separated subset of: ${PARTS.join(', ')}
  --seed TEXT     generator seed (default claim-cards-bench-1)
  --quick         2 runs, nothing saved (a smoke test of the harness)
  --no-save       print only; leave bench/results.json, bench/RESULTS.md and README.md alone
  --build         run the project build (without the schema step) before measuring
`;

function parseArgs(argv) {
  const opts = { runs: 5, only: PARTS, seed: 'claim-cards-bench-1', save: true, build: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=');
    const value = () => inline ?? argv[++i];
    if (flag === '--runs') opts.runs = Math.max(1, Number.parseInt(value(), 10));
    else if (flag === '--only') opts.only = value().split(',').filter((p) => PARTS.includes(p));
    else if (flag === '--seed') opts.seed = value();
    else if (flag === '--quick') Object.assign(opts, { runs: 2, save: false });
    else if (flag === '--no-save') opts.save = false;
    else if (flag === '--build') opts.build = true;
    else if (flag === '--help' || flag === '-h') {
      console.log(HELP);
      process.exit(0);
    } else {
      console.error(`unknown option ${argv[i]}\n\n${HELP}`);
      process.exit(2);
    }
  }
  // A partial run would leave the committed results half stale.
  if (opts.only.length < PARTS.length) opts.save = false;
  return opts;
}

const log = (line) => console.log(line);
const step = (label) => console.log(`\n▸ ${label}`);

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Which code was measured: the commit, whether the tree had changes, when dist/ was built. */
function measuredBuild() {
  const git = (...args) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  return {
    commit: git('rev-parse', '--short', 'HEAD') || 'unknown',
    uncommittedSrc: git('status', '--porcelain', '--', 'src') !== '',
    distBuilt: new Date(statSync(join(ROOT, 'dist/cdn/claim-cards.js')).mtimeMs).toISOString(),
  };
}

function ensureBuilt(force) {
  const cdn = join(ROOT, 'dist/cdn/claim-cards.js');
  if (force || !existsSync(cdn)) {
    step('Building the library (scripts/build.mjs --no-schema)');
    execFileSync(process.execPath, ['scripts/build.mjs', '--no-schema'], { cwd: ROOT, stdio: 'inherit' });
    return;
  }
  if (newestMtime(join(ROOT, 'src')) > statSync(cdn).mtimeMs) {
    log('  note: src/ changed after dist/ was built; run `npm run build` (or --build) to measure the current code');
  }
}

/**
 * Copies dist/ to bench/tmp/dist, and everything measures the copy: other work in the tree
 * may rebuild dist/ (which starts by deleting it) while the bench runs.
 */
async function snapshotDist() {
  const to = join(TMP, 'dist');
  for (let attempt = 1; ; attempt++) {
    rmSync(to, { recursive: true, force: true });
    try {
      cpSync(join(ROOT, 'dist'), to, { recursive: true, filter: (src) => !src.endsWith('.map') });
      if (existsSync(join(to, 'cdn/claim-cards.js')) && existsSync(join(to, 'index.js'))) return to;
    } catch {}
    if (attempt === 5) throw new Error('dist/ could not be copied whole (is a build running?); try again or run `npm run build`');
    await new Promise((r) => setTimeout(r, 5000));
  }
}

async function writeFixtures(corpus, seed) {
  mkdirSync(join(TMP, 'peers'), { recursive: true });
  // Peers as browser modules, and claim-cards' anchoring entry bundled the same way.
  const peers = {
    'approx-string-match': "export { default } from 'approx-string-match';",
    'dom-anchor-text-quote': "export { toRange } from 'dom-anchor-text-quote';",
    'apache-annotator-dom': "export { createTextQuoteSelectorMatcher } from '@apache-annotator/dom';",
  };
  for (const [name, source] of Object.entries(peers)) writeFileSync(join(TMP, `peers/${name}.js`), await bundle(source, { name }));
  const anchoring = join(TMP, 'peers/claim-cards-anchoring.js');
  let why = 'dist/anchoring/index.js does not exist (not built, or the module is not written yet)';
  if (existsSync(join(TMP, 'dist/anchoring/index.js'))) {
    try {
      writeFileSync(anchoring, await bundle("export * from './bench/tmp/dist/anchoring/index.js';", { name: 'claim-cards-anchoring' }));
      why = undefined;
    } catch (error) {
      why = `dist/anchoring/index.js could not be bundled: ${String(error.message).split('\n').slice(0, 2).join(' ')}`;
    }
  }
  if (why) writeFileSync(anchoring, `throw new Error(${JSON.stringify(why)});\n`);

  const icon = '<link rel="icon" href="data:,">';
  for (const version of ['original', 'edited', 'absent']) {
    writeFileSync(
      join(TMP, `anchor-${version}.html`),
      articlePage({ title: `Anchoring bench: ${version}`, head: icon, article: corpus.pages[version].html, body: '<script type="module" src="/bench/page/anchoring.js"></script>' }),
    );
  }
  writeFileSync(join(TMP, 'claims-1000.json'), JSON.stringify(renderClaimSet(seed, 1000)));
  writeFileSync(join(TMP, 'claims-200.json'), JSON.stringify(articleClaimSet(seed, corpus.quotes.exact)));
  writeFileSync(
    join(TMP, 'render.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8">${icon}<title>Rendering bench</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0} #host{display:grid;gap:1em;padding:1em;max-width:44em}</style></head>
<body><main id="host"></main><script type="module" src="/bench/page/render.js"></script></body></html>\n`,
  );
  const longtasks =
    '<script>window.__longtasks=[];try{new PerformanceObserver(function(l){l.getEntries().forEach(function(e){__longtasks.push([e.startTime,e.duration])})}).observe({type:"longtask",buffered:true})}catch(e){}</script>';
  writeFileSync(
    join(TMP, 'page-cost.html'),
    articlePage({
      title: 'Page cost bench',
      head: `${icon}\n${longtasks}`,
      article: corpus.pages.original.html,
      body: '<claim-annotator src="/bench/tmp/claims-200.json" target="#article"></claim-annotator>\n<script type="module" src="/bench/page/page-cost.js"></script>',
    }),
  );
}

/** Checks of the generator itself: a broken corpus must fail loudly, not produce numbers. */
function checkCorpus(corpus) {
  const problems = [];
  const { exact, typography } = corpus.quotes;
  const original = corpus.pages.original.text;
  exact.forEach((q, i) => {
    const [s, e] = corpus.truth.exact[i];
    if (original.slice(s, e) !== q.exact) problems.push(`exact quote ${i} is not at its true span`);
    const words = q.exact.split(/\s+/).length;
    if (words < 8 || words > 40) problems.push(`quote ${i} has ${words} words`);
    if (original.indexOf(q.prefix + q.exact + q.suffix) !== s - q.prefix.length) problems.push(`quote ${i} with its context is not unique`);
    if (corpus.pages.edited.text.includes(q.prefix + q.exact + q.suffix)) problems.push(`edited quote ${i} still stands unedited in its context`);
    if (corpus.pages.absent.text.includes(q.exact)) problems.push(`absent quote ${i} is still in the page`);
    if (typography[i].exact === q.exact && /[‘’“”\u00a0]/.test(q.exact)) problems.push(`typography quote ${i} was not drifted`);
  });
  const pulled = corpus.pulled.filter(Boolean).length;
  if (pulled !== 20) problems.push(`${pulled} pull quotes instead of 20`);
  if (corpus.stats.words < 45_000 || corpus.stats.words > 56_000) problems.push(`article has ${corpus.stats.words} words`);
  return problems;
}

function checkResults(anchoring) {
  const problems = [];
  const r = anchoring.results;
  if (r.exact.floor.right !== 200) problems.push(`the floor anchored ${r.exact.floor.right}/200 exact quotes right (must be 200)`);
  if (r.typography.floorFolded.right !== 200) problems.push(`the folded floor anchored ${r.typography.floorFolded.right}/200 drifted quotes right (must be 200)`);
  if (r.absent.floor.right !== 0 || r.absent.floor.wrong !== 0) problems.push('the floor found absent quotes');
  return problems;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const executablePath = chromiumPath();
  if (!executablePath) {
    console.error(MISSING_CHROMIUM);
    process.exit(1);
  }
  ensureBuilt(opts.build);
  const build = measuredBuild();
  await snapshotDist();

  step(`Generating the article and quotes (seed "${opts.seed}")`);
  const corpus = loadCorpus(opts.seed);
  const problems = checkCorpus(corpus);
  if (problems.length) {
    console.error(`SELF-CHECK FAILED (generator):\n  ${problems.slice(0, 10).join('\n  ')}`);
    process.exit(1);
  }
  const mean = (a) => a.reduce((x, y) => x + y, 0) / a.length;
  log(`  ${corpus.stats.words.toLocaleString('en')} words, ${corpus.stats.characters.toLocaleString('en')} characters; edited quotes ${mean(corpus.stats.editedPercent).toFixed(1)} % changed on average, absent lookalikes ≥ ${Math.min(...corpus.stats.absentPercent).toFixed(0)} % away`);
  await writeFixtures(corpus, opts.seed);

  const server = await startServer();
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const run = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      cores: cpus().length,
      memoryGB: Math.round(totalmem() / 2 ** 30),
      os: `${type()} ${release()} ${arch()}`,
      chromium: browser.version(),
      node: process.version,
    },
    runs: opts.runs,
    build,
    corpus: {
      stats: corpus.stats,
      quoteWordsMean: mean(corpus.stats.quoteWords),
      pulledCount: corpus.pulled.filter(Boolean).length,
      pulled: corpus.pulled,
      editKind: corpus.editKind,
    },
  };
  let failed = [];
  try {
    if (opts.only.includes('anchoring')) {
      step(`Anchoring: 4 variants × 7 matchers, ${opts.runs} interleaved runs`);
      run.anchoring = await runAnchoring({ browser, origin: server.origin, corpus, runs: opts.runs, log });
      failed = checkResults(run.anchoring);
    }
    if (opts.only.includes('render')) {
      step(`Rendering 1,000 cards: claim-cards vs vanilla, ${opts.runs} runs`);
      run.render = await runRender({ browser, origin: server.origin, runs: opts.runs, log });
    }
    if (opts.only.includes('page')) {
      step('Page cost of <claim-annotator>');
      run.page = await runPageCost({ browser, origin: server.origin, runs: opts.runs, log });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (opts.only.includes('sizes')) {
    step('Sizes');
    run.sizes = await measureSizes(join(TMP, 'dist'));
  }

  console.log(`\n${consoleReport(run)}\n`);
  writeFileSync(join(TMP, 'last-run.json'), JSON.stringify(run, null, 1));
  if (failed.length) {
    console.error(`SELF-CHECK FAILED (results):\n  ${failed.join('\n  ')}\nNothing saved; details in bench/tmp/last-run.json.`);
    process.exit(1);
  }
  if (opts.save) {
    writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(resultsJson(run), null, 2)}\n`);
    writeFileSync(join(ROOT, 'bench/RESULTS.md'), markdownReport(run));
    log('Wrote bench/results.json and bench/RESULTS.md.');
    // The README is published with the package: only a run that measured claim-cards goes in.
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const marked = /(<!-- bench:start -->)[\s\S]*?(<!-- bench:end -->)/;
    const eol = readme.includes('\r\n') ? '\r\n' : '\n';
    if (!run.anchoring?.claimCards?.available) log('README left alone: claim-cards was not measured in this run.');
    else if (!marked.test(readme)) log('README left alone: it has no <!-- bench:start --> … <!-- bench:end --> block.');
    else {
      const excerpt = readmeExcerpt(run).replaceAll('\n', eol);
      writeFileSync(join(ROOT, 'README.md'), readme.replace(marked, (_, a, b) => `${a}${eol}${excerpt}${eol}${b}`));
      log("Rewrote the README's performance excerpt.");
    }
  } else {
    log('Not saved (--quick, --no-save or --only); full data in bench/tmp/last-run.json.');
  }
  log(`Total ${((Date.now() - t0) / 1000).toFixed(0)} s.`);
}

await main();
