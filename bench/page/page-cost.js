// The page-cost page: the long article, 200 claims, one <claim-annotator>. Times are from
// this script's start (just before the CDN bundle is imported): the first <claim-card>
// painted, all highlights painted (every claim anchored or orphaned, then a frame), and the
// longest main-thread task after that start (PerformanceObserver "longtask", registered in
// <head> so nothing is missed).
const t0 = performance.now();
performance.mark('bench-script-start');
const TIMEOUT = 30_000;
const result = { defined: false, firstCardMs: null, allHighlightsMs: null, longestTaskMs: null, anchored: 0, orphaned: 0, notes: [] };
window.pageCost = new Promise((resolve) => {
  window.__resolvePageCost = resolve;
});

let settledAt = null;
document.addEventListener('claim-anchored', () => result.anchored++);
document.addEventListener('claim-orphaned', () => result.orphaned++);

/** Cards anywhere: the document and open shadow roots (the annotator's, the cards' hosts). */
function findCards(root = document, out = []) {
  for (const el of root.querySelectorAll('*')) {
    if (el.localName === 'claim-card') out.push(el);
    if (el.shadowRoot) findCards(el.shadowRoot, out);
  }
  return out;
}

function cardPainted() {
  return findCards().some((card) => {
    const base = card.shadowRoot?.querySelector('[part="base"]');
    if (!base) return false;
    const box = base.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  });
}

function highlightRanges() {
  if (!window.CSS?.highlights) return 0;
  let n = 0;
  for (const [, highlight] of CSS.highlights) n += highlight.size;
  return n;
}

let lastCount = -1;
let stableFrames = 0;
let stableSince = null;
function frame(now) {
  const elapsed = now - t0;
  if (result.firstCardMs === null && cardPainted()) result.firstCardMs = elapsed;
  if (result.allHighlightsMs === null) {
    if (result.anchored + result.orphaned >= 200) {
      // Rendered in this frame: highlights registered before it paint in it.
      result.allHighlightsMs = elapsed;
      settledAt = now;
    } else {
      // No events? Fall back to the highlight registry holding still for 60 frames.
      const count = highlightRanges();
      if (count > 0 && count === lastCount) {
        stableFrames++;
        if (stableFrames >= 60) {
          result.allHighlightsMs = stableSince;
          result.notes.push(`no claim-anchored/orphaned events for all 200; highlights counted from CSS.highlights (${count} ranges)`);
          settledAt = now;
        }
      } else {
        stableFrames = 0;
        stableSince = elapsed;
        lastCount = count;
      }
    }
  }
  const doneWaitingForCard = result.firstCardMs !== null || (settledAt !== null && now - settledAt > 2000);
  if ((result.allHighlightsMs !== null && doneWaitingForCard) || elapsed > TIMEOUT) return finish();
  requestAnimationFrame(frame);
}

function finish() {
  performance.mark('bench-done');
  const tasks = (window.__longtasks ?? []).filter(([start]) => start >= t0);
  result.longTasks = tasks.length;
  result.longestTaskMs = tasks.length ? Math.max(...tasks.map(([, d]) => d)) : 0;
  if (!tasks.length) result.notes.push('no task of 50 ms or more after script start');
  if (result.firstCardMs === null) result.notes.push('no <claim-card> was painted without interaction');
  if (result.allHighlightsMs === null) result.notes.push(`highlights not settled within ${TIMEOUT / 1000} s`);
  window.__resolvePageCost(result);
}

try {
  const cdn = await import('/dist/cdn/claim-cards.js');
  const defined = await Promise.race([
    customElements.whenDefined('claim-annotator').then(() => true),
    new Promise((r) => setTimeout(() => r(false), 5000)),
  ]);
  result.defined = defined;
  if (!defined) {
    result.notes.push('<claim-annotator> is not defined by dist/cdn/claim-cards.js');
    window.__resolvePageCost(result);
  } else {
    void cdn;
    requestAnimationFrame(frame);
  }
} catch (error) {
  result.notes.push(`dist/cdn/claim-cards.js failed: ${error?.message ?? error}`);
  window.__resolvePageCost(result);
}
