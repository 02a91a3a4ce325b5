// Item 4: the page cost of <claim-annotator> on the long article with 200 claims. The page
// is opened at #claim-quote-100 (a reader following a link to one claim, in the middle of
// the article), the documented way a card opens without a click. One probe load first: when
// the element is not defined, the numbers are null.
import { median } from './stats.mjs';

export const OPEN = 'claim-quote-100';

/**
 * The longest main-thread task from the trace: every task of the page's renderer main thread
 * ("ThreadControllerImpl::RunTask", formerly "RunTask") that ends after the page script's
 * start mark and starts before its done mark (so trace flushing is left out). Unlike the
 * longtask observer, this sees tasks under 50 ms too.
 */
function longestTaskFromTrace(buffer) {
  const events = JSON.parse(buffer.toString('utf8')).traceEvents ?? [];
  const start = events.find((e) => e.name === 'bench-script-start');
  const done = events.find((e) => e.name === 'bench-done' && e.pid === start?.pid);
  if (!start || !done) return null;
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === start.pid).map((e) => e.tid));
  let longest = 0;
  for (const e of events) {
    if ((e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') || e.ph !== 'X' || e.pid !== start.pid || !main.has(e.tid)) continue;
    if (e.ts + e.dur >= start.ts && e.ts <= done.ts) longest = Math.max(longest, e.dur / 1000);
  }
  return longest;
}

async function once(browser, origin) {
  const page = await browser.newPage();
  try {
    await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
    await page.goto(`${origin}/bench/tmp/page-cost.html#${OPEN}`);
    const result = await page.evaluate(() => window.pageCost);
    const traced = longestTaskFromTrace(await browser.stopTracing());
    if (traced !== null) {
      result.longestTaskObserverMs = result.longestTaskMs;
      result.longestTaskMs = traced;
      result.notes = result.notes.filter((n) => !n.startsWith('no task of 50 ms'));
    }
    return result;
  } finally {
    await page.close();
  }
}

export async function runPageCost({ browser, origin, runs, log }) {
  const probe = await once(browser, origin);
  if (!probe.defined) {
    log(`  ${probe.notes.join('; ')}: page numbers are null`);
    return { firstCardMs: null, allHighlightsMs: null, longestTaskMs: null, runs: 0, notes: probe.notes, samples: [] };
  }
  const samples = [probe];
  while (samples.length < runs) samples.push(await once(browser, origin));
  log(`  ${samples.length} loads`);
  const notes = [...new Set(samples.flatMap((s) => s.notes))];
  return {
    firstCardMs: median(samples.map((s) => s.firstCardMs)),
    allHighlightsMs: median(samples.map((s) => s.allHighlightsMs)),
    longestTaskMs: median(samples.map((s) => s.longestTaskMs)),
    anchored: samples[0].anchored,
    orphaned: samples[0].orphaned,
    runs: samples.length,
    notes,
    samples,
  };
}
