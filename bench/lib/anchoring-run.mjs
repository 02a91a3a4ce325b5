// Item 1: anchoring 200 quotes in the generated article, every matcher on the same pages in
// the same browser, runs interleaved (each run rotates the order of variants and of
// matchers). A matcher whose first batch of 200 takes longer than FAST_MS gets fewer runs,
// as many as fit in BUDGET_MS (at least one); no batch may run longer than CAP_MS.
import { collectGarbage, median, rotate } from './stats.mjs';

export const VARIANTS = ['exact', 'typography', 'edited', 'absent'];
export const LIBS = ['claimCards', 'floor', 'floorFolded', 'hypothesisStyle', 'hypothesisStylePerQuote', 'domAnchorTextQuote', 'apacheAnnotator'];
export const LIB_NAMES = {
  claimCards: 'claim-cards',
  floor: 'floor: TreeWalker text + indexOf + offset map',
  floorFolded: 'floor + typography folded on both sides',
  hypothesisStyle: 'Hypothesis-style (approx-string-match + context score), text read once',
  hypothesisStylePerQuote: 'Hypothesis-style, text read per quote (as the client does)',
  domAnchorTextQuote: 'dom-anchor-text-quote 4.0.2, with position hint',
  apacheAnnotator: '@apache-annotator/dom 0.2.0, first match',
};
const FAST_MS = 2500;
const BUDGET_MS = 15_000;
const CAP_MS = 60_000;
const WARM_UP_QUOTES = 10;

/**
 * "right": the range covers at least 80 % of the true span and spills outside it by no more
 * than 20 % of the span's length; "wrong": any other range; "orphaned": null.
 */
export function classify(got, truth) {
  if (!got) return 'orphaned';
  if (!truth) return 'wrong';
  const overlap = Math.max(0, Math.min(got[1], truth[1]) - Math.max(got[0], truth[0]));
  const len = truth[1] - truth[0];
  return overlap >= 0.8 * len && got[1] - got[0] - overlap <= 0.2 * len ? 'right' : 'wrong';
}

export async function runAnchoring({ browser, origin, corpus, runs, log }) {
  const pages = {};
  for (const version of ['original', 'edited', 'absent']) {
    const page = await browser.newPage();
    page.on('pageerror', (e) => log(`  [page error, ${version}] ${e.message}`));
    await page.goto(`${origin}/bench/tmp/anchor-${version}.html`);
    await page.waitForFunction(() => window.bench, null, { timeout: 60_000 });
    const text = await page.evaluate(() => window.bench.text);
    if (text !== corpus.pages[version].text) {
      throw new Error(`self-check: the ${version} page's text in Chromium differs from the generator's (${text.length} vs ${corpus.pages[version].text.length} characters)`);
    }
    pages[version] = { page, cdp: await page.context().newCDPSession(page) };
  }
  const original = pages.original.page;
  const info = await original.evaluate(() => ({ libs: window.bench.libs, claimCards: window.bench.claimCards, textNodes: window.bench.textNodes }));
  const libs = LIBS.filter((l) => info.libs.includes(l));
  if (!info.claimCards.available) log(`  claim-cards anchoring unavailable: ${info.claimCards.reason}`);
  else log(`  claim-cards path: ${info.claimCards.path}`);

  // Each quote carries `hint`, where it started on the page it was taken from (an offset in
  // the page text), for the matchers whose formats store one.
  const quotesFor = (variant) => corpus.quotes[variant];

  // Warm-up: every matcher anchors a few exact quotes once, untimed.
  await original.evaluate((q) => window.bench.setQuotes(q), quotesFor('exact').slice(0, WARM_UP_QUOTES));
  for (const lib of libs) await original.evaluate((l) => window.bench.run(l), lib);

  const cells = {};
  for (const v of VARIANTS) for (const l of libs) cells[`${v}/${l}`] = { samples: [], planned: runs, outcomes: [], capped: false };
  const loaded = {};
  const started = Date.now();
  for (let run = 0; run < runs; run++) {
    for (const [vi, variant] of rotate(VARIANTS, run).entries()) {
      const { page, cdp } = pages[corpus.pageFor[variant]];
      for (const lib of rotate(libs, run + vi)) {
        const cell = cells[`${variant}/${lib}`];
        if (cell.samples.length >= cell.planned) continue;
        if (loaded[corpus.pageFor[variant]] !== variant) {
          await page.evaluate((q) => window.bench.setQuotes(q), quotesFor(variant));
          loaded[corpus.pageFor[variant]] = variant;
        }
        await collectGarbage(cdp);
        const r = await page.evaluate(([l, cap]) => window.bench.run(l, cap), [lib, CAP_MS]);
        cell.samples.push(r.ms);
        const outcome = r.offsets.map((o, i) => classify(o, corpus.truth[variant][i]));
        cell.outcomes.push(outcome);
        if (cell.samples.length === 1) cell.offsets = r.offsets;
        if (r.done < corpus.quotes[variant].length) {
          cell.capped = true;
          cell.done = r.done;
          cell.planned = cell.samples.length;
        } else if (cell.samples.length === 1 && r.ms > FAST_MS) {
          cell.planned = Math.max(1, Math.min(runs, Math.floor(BUDGET_MS / r.ms)));
        }
      }
    }
    log(`  run ${run + 1}/${runs} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  for (const { page } of Object.values(pages)) await page.close();

  const results = {};
  for (const variant of VARIANTS) {
    results[variant] = {};
    for (const lib of LIBS) {
      const cell = cells[`${variant}/${lib}`];
      if (!cell) {
        results[variant][lib] = { ms: null, right: null, wrong: null, orphaned: null, runs: 0, unavailable: true };
        continue;
      }
      const first = cell.outcomes[0];
      const count = (kind) => first.filter((o) => o === kind).length;
      const stable = cell.outcomes.every((o) => o.join() === first.join());
      results[variant][lib] = {
        ms: cell.capped ? null : median(cell.samples),
        right: count('right'),
        wrong: count('wrong'),
        orphaned: count('orphaned'),
        runs: cell.samples.length,
        samples: cell.samples,
        capped: cell.capped ? { after: CAP_MS, done: cell.done } : undefined,
        stable,
        outcomes: first,
        offsets: cell.offsets,
      };
    }
  }
  return { results, claimCards: info.claimCards, textNodes: info.textNodes, policy: { FAST_MS, BUDGET_MS, CAP_MS, runs } };
}
