// Limits in a real page, with the CDN bundle as publishers load it: 10,000 claims from
// `src` in <claim-list> and <claim-annotator> never freeze the page. Main-thread tasks are
// read from a Chromium trace (every task, not only those the longtask observer reports);
// the numbers are printed as test diagnostics. The assertions are about structure, which
// does not depend on the machine: the index of thousands of claims is paged (rendering
// 10,000 entries at once took a 600-1,000 ms task), and reading and anchoring give the
// main thread back along the way instead of running as one task.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { manyClaims } from '../server/hardening-routes.mjs';
import { launchChromium, startServer } from './hardening-support.mjs';

const COUNT = 10_000;
// Every 50th claim's passage is in the article; the rest are orphans (the slowest case:
// each orphan is looked for, exactly and then fuzzily, in the whole text).
const ARTICLE = Array.from({ length: COUNT / 50 }, (_, i) => `<p>Reporters wrote that Claim number ${i * 50} says the figure was ${i * 50 * 7} workers, according to officials.</p>`).join('\n');

const page = (body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>limits</title>
<script src="/marks.js"></script>
<script type="module" src="/dist/cdn/claim-cards.js"></script>
</head><body>${body}</body></html>`;

// Marks the page's own milestones in the trace (user timing), from a 'self' script, and
// counts how often the library gives the main thread back (it yields through
// scheduler.yield where the browser has it, as Chromium does).
const MARKS = `
window.__yields = 0;
const original = scheduler.yield.bind(scheduler);
scheduler.yield = () => { window.__yields++; return original(); };
addEventListener('claim-ready', (e) => { window.__yieldsAtReady = window.__yields; performance.mark('claims-ready:' + e.target.localName); }, true);
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (e.name.includes('/many.json')) performance.mark('response-end', { startTime: e.responseEnd });
}).observe({ type: 'resource', buffered: true });
`;

let server;
let browser;

before(async () => {
  server = await startServer({
    '/list': { body: page('<claim-list src="/many.json"></claim-list>') },
    '/annotator': { body: page(`<claim-annotator src="/many.json" target="#story"></claim-annotator><article id="story">${ARTICLE}</article>`) },
    '/marks.js': { body: MARKS, type: 'text/javascript' },
    '/many.json': { body: JSON.stringify({ version: 1, claims: manyClaims(COUNT) }), type: 'application/json' },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Loads `path`, waits for `done` (a function run in the page), and returns the main
 * thread's tasks from the trace: all of them, and those between the response of the
 * claims file and `until` (a user-timing mark).
 */
async function traced(path, done) {
  const tab = await browser.newPage();
  const cdp = await tab.context().newCDPSession(tab);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'blink.user_timing', 'devtools.timeline'] }, transferMode: 'ReportEvents' });
  await tab.goto(`${server.base}${path}`);
  const result = await tab.evaluate(done);
  await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  await cdp.send('Tracing.end');
  await complete;
  const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const tasks = events
    .filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`))
    .map((e) => ({ start: e.ts, end: e.ts + e.dur, ms: e.dur / 1000 }));
  const mark = (name) => events.find((e) => e.name === name && main.has(`${e.pid}:${e.tid}`))?.ts;
  await tab.close();
  return { tasks, mark, result };
}

const longest = (tasks) => Math.max(0, ...tasks.map((t) => t.ms));
const round = (ms) => Math.round(ms * 10) / 10;

describe('10,000 claims from src', () => {
  test('<claim-list>: renders the first page; reading is spread over many tasks', async (t) => {
    const { tasks, mark, result } = await traced('/list', async () => {
      await customElements.whenDefined('claim-list');
      const list = document.querySelector('claim-list');
      await new Promise((resolve) => (list.shadowRoot?.querySelector('[part="count"]') ? resolve() : list.addEventListener('claim-ready', resolve, { once: true })));
      await list.updateComplete;
      return {
        yields: window.__yieldsAtReady,
        count: list.shadowRoot.querySelector('[part="count"]').textContent,
        cards: list.shadowRoot.querySelectorAll('claim-card').length,
        more: list.shadowRoot.querySelector('[part="more"]').textContent.trim(),
      };
    });
    const { yields, ...shown } = result;
    const n = (x) => x.toLocaleString('en');
    assert.deepEqual(shown, { count: `Showing ${n(COUNT)} of ${n(COUNT)} claims`, cards: 20, more: `Show more (${n(COUNT - 20)} left)` });
    const from = mark('response-end');
    const to = mark('claims-ready:claim-list');
    assert.ok(from && to, 'both marks are in the trace');
    const reading = tasks.filter((task) => task.end > from && task.start < to);
    t.diagnostic(`longest task on the page: ${round(longest(tasks))} ms; between the response and claim-ready: ${reading.length} tasks, longest ${round(longest(reading))} ms, span ${round((to - from) / 1000)} ms; the list yielded ${yields} times`);
    // Validating 10,000 claims is sliced: the main thread was given back along the way.
    assert.ok(yields >= 2, `yielded ${yields} times`);
  });

  test('<claim-annotator>: a paged index; reading and anchoring are spread over many tasks', async (t) => {
    const { tasks, mark, result } = await traced('/annotator', async () => {
      await customElements.whenDefined('claim-annotator');
      const annotator = document.querySelector('claim-annotator');
      await annotator.ready;
      performance.mark('anchored');
      const yields = window.__yields;
      await annotator.updateComplete;
      const root = annotator.shadowRoot;
      const entries = () => root.querySelectorAll('[part="entry"]');
      const before = { entries: entries().length, more: root.querySelector('[part="more"]').textContent.trim(), heading: root.querySelector('nav').getAttribute('aria-label') };
      // "Show more" adds the next page and moves focus to its first entry.
      root.querySelector('[part="more"]').click();
      await annotator.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 0));
      return {
        yields,
        ...before,
        after: entries().length,
        focused: root.activeElement === entries()[200],
        painted: [...CSS.highlights.keys()].filter((k) => k.startsWith('claim-cards-')).reduce((n, k) => n + CSS.highlights.get(k).size, 0),
      };
    });
    const { yields, ...shown } = result;
    assert.deepEqual(shown, {
      entries: 200,
      more: `Show more (${(COUNT - 200).toLocaleString('en')} left)`,
      heading: `Fact-checked claims in this article (${COUNT.toLocaleString('en')})`,
      after: 400,
      focused: true,
      painted: COUNT / 50,
    });
    const from = mark('response-end');
    const to = mark('anchored');
    assert.ok(from && to, 'both marks are in the trace');
    const work = tasks.filter((task) => task.end > from && task.start < to);
    t.diagnostic(`longest task on the page: ${round(longest(tasks))} ms; between the response and the end of anchoring: ${work.length} tasks, longest ${round(longest(work))} ms, span ${round((to - from) / 1000)} ms; the annotator yielded ${yields} times`);
    // Reading and anchoring 10,000 claims give the main thread back many times.
    assert.ok(yields >= 10, `yielded ${yields} times`);
  });
});
