// Item 4: the page cost of <claim-annotator> on the long article with 200 claims. One probe
// load first: when the element is not defined (not written yet), the numbers are null.
import { median } from './stats.mjs';

async function once(browser, origin) {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/bench/tmp/page-cost.html`);
    return await page.evaluate(() => window.pageCost);
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
