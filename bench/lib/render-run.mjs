// Item 2: 1,000 cards from one claim set, <claim-card> against the hand-written vanilla
// element. Each run loads a fresh page per renderer (alternating which goes first) and reads
// the V8 heap through CDP after a forced collection, before and after rendering.
import { collectGarbage, median, rotate } from './stats.mjs';

const KINDS = ['claimCards', 'vanilla'];

async function heap(cdp) {
  await collectGarbage(cdp);
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const nodes = metrics.find((m) => m.name === 'Nodes')?.value;
  return { used: usedSize, nodes };
}

export async function runRender({ browser, origin, runs, log }) {
  const samples = { claimCards: [], vanilla: [] };
  for (let run = 0; run < runs; run++) {
    for (const kind of rotate(KINDS, run)) {
      const page = await browser.newPage();
      page.on('pageerror', (e) => log(`  [page error, render] ${e.message}`));
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(`${origin}/bench/tmp/render.html`);
      await page.waitForFunction(() => window.render, null, { timeout: 60_000 });
      if (!(await page.evaluate(() => window.render.ready))) throw new Error('<claim-card> is not defined by dist/cdn/claim-cards.js');
      const before = await heap(cdp);
      const r = await page.evaluate((k) => window.render.run(k), kind);
      const after = await heap(cdp);
      if (r.rendered !== 1000) throw new Error(`self-check: ${kind} rendered ${r.rendered} of 1000 cards with their statement`);
      samples[kind].push({ ...r, heapBefore: before.used, heapAfter: after.used, heapDelta: after.used - before.used, nodes: after.nodes - before.nodes });
      await page.close();
    }
    log(`  run ${run + 1}/${runs} done`);
  }
  const summary = {};
  for (const kind of KINDS) {
    const list = samples[kind];
    summary[kind] = {
      populatedMs: median(list.map((s) => s.populatedMs)),
      frameMs: median(list.map((s) => s.frameMs)),
      heapAfterMB: median(list.map((s) => s.heapAfter)) / 2 ** 20,
      heapDeltaMB: median(list.map((s) => s.heapDelta)) / 2 ** 20,
      domNodesAdded: median(list.map((s) => s.nodes)),
      shadowElements: list[0].shadowElements,
      runs: list.length,
      samples: list.map(({ populatedMs, frameMs, heapDelta }) => ({ populatedMs, frameMs, heapDelta })),
    };
  }
  return summary;
}
