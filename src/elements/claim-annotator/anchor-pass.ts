/**
 * One anchoring pass over an article: read its text once, find every claim's quote,
 * paint the hits, and (opt-in) put marker buttons after them. Work is sliced so no task
 * blocks the page for long; a newer pass cancels an older one through its signal.
 */
import { buildTextIndex, findQuote, foldText, offsetAt, rangeOf, type TextIndex, type TextSpan } from '../../anchoring/index.js';
import type { Claim } from '../../schema/claim-schema.js';
import { verdictTone, type VerdictTone } from '../../internal/verdict-tone.js';
import { yieldToMain } from '../../internal/yield-to-main.js';
import { paint, unpaint } from './highlights.js';

export interface Anchored {
  claim: Claim;
  tone: VerdictTone;
  span: TextSpan | null;
  range: Range | null;
  match?: 'exact' | 'fuzzy';
  /** Listed before the first pass has looked for it. */
  pending?: boolean;
}

/** Longest stretch of work between yields, in ms: well under the 50 ms long-task line. */
const SLICE = 12;

export class AnchorPass {
  index: TextIndex | undefined;
  results: Anchored[] = [];
  /** Each marker and the text node its insertion split off (merged back on removal). */
  private markers: { button: HTMLButtonElement; split: Text | null }[] = [];

  constructor(private readonly target: Element) {}

  /** Anchors `claims`; `hints` are last pass's offsets by claim id (they break ties). */
  async run(claims: readonly Claim[], hints: Map<string, number>, signal: AbortSignal): Promise<Anchored[] | undefined> {
    let started = performance.now();
    const index = buildTextIndex(this.target);
    const results: Anchored[] = [];
    for (const claim of claims) {
      if (performance.now() - started > SLICE) {
        await yieldToMain();
        if (signal.aborted) return undefined;
        started = performance.now();
      }
      const quote = claim.quote ?? { exact: claim.statement };
      const hint = hints.get(claim.id);
      const span = findQuote(index, quote, hint === undefined ? undefined : { hint });
      const range = span && rangeOf(index, span);
      const entry: Anchored = { claim, tone: verdictTone(claim.verdict), span, range };
      if (span) entry.match = foldText(quote.exact) === index.text.slice(span.start, span.end) ? 'exact' : 'fuzzy';
      results.push(entry);
    }
    if (signal.aborted) return undefined;
    this.clear();
    this.index = index;
    this.results = results;
    for (const entry of results) if (entry.range) paint(entry.range, entry.tone, this.target.ownerDocument);
    return results;
  }

  /** Adds a marker button after each anchored passage. Returns them so the caller can wire clicks. */
  addMarkers(label: (entry: Anchored) => string): HTMLButtonElement[] {
    const doc = this.target.ownerDocument;
    for (const entry of this.results) {
      if (!entry.range) continue;
      const button = doc.createElement('button');
      button.type = 'button';
      button.className = 'claim-cards-marker';
      button.dataset.claimId = entry.claim.id;
      button.dataset.tone = entry.tone;
      button.setAttribute('aria-label', label(entry));
      const { endContainer: node, endOffset: offset } = entry.range;
      const text = node.nodeType === 3 ? (node as Text) : null;
      let split: Text | null = null;
      // insertNode splits a text node even at either end, leaving an empty node that
      // removal cannot tell from the page's own: beside the node, there is no split.
      if (text && offset >= text.length) text.after(button);
      else if (text && offset === 0) text.before(button);
      else {
        const at = doc.createRange();
        at.setStart(node, offset);
        at.insertNode(button);
        if (text) split = button.nextSibling as Text;
      }
      this.markers.push({ button, split });
    }
    // Inserting split text nodes: re-read them so click offsets map back correctly. The
    // markers carry no text, so the folded text and every span stay the same.
    if (this.markers.length) this.index = buildTextIndex(this.target);
    return this.markers.map((m) => m.button);
  }

  /** The anchored claim under a caret position: the shortest passage that holds it. */
  claimAt(node: Node, offset: number): Anchored | undefined {
    if (!this.index) return undefined;
    const at = offsetAt(this.index, node, offset);
    let best: Anchored | undefined;
    for (const entry of this.results) {
      const span = entry.span;
      if (!span || at < span.start || at > span.end) continue;
      if (!best || span.end - span.start < best.span!.end - best.span!.start) best = entry;
    }
    return best;
  }

  /**
   * Takes the markers out and merges back the text nodes they split, so the next pass
   * reads (and ranges) the publisher's own nodes. This pass's ranges keep covering the
   * same text: they stay painted, and valid for whoever got them, until replaced.
   */
  removeMarkers(): void {
    if (!this.markers.length) return;
    for (const { button, split } of this.markers) {
      const before = button.previousSibling;
      button.remove();
      // Undo exactly the split we made, and nothing else the page had.
      if (split && before?.nodeType === 3 && before.nextSibling === split) {
        const text = before as Text;
        const shift = text.length;
        text.appendData(split.data);
        // Removing `split` would collapse every boundary in it onto its parent: move them
        // into the merged node first (start first, so a range never ends before it starts).
        for (const { range } of this.results) {
          if (range?.startContainer === split) range.setStart(text, shift + range.startOffset);
          if (range?.endContainer === split) range.setEnd(text, shift + range.endOffset);
        }
        split.remove();
      }
    }
    this.markers = [];
    // The index read the split nodes, now detached: no hit-testing against it.
    this.index = undefined;
  }

  /** Unpaints and removes markers; the publisher's DOM is back as it was. */
  clear(): void {
    for (const entry of this.results) if (entry.range) unpaint(entry.range, entry.tone);
    this.removeMarkers();
    this.results = [];
  }
}
