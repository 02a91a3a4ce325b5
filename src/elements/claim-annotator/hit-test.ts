/**
 * Which text a click landed on. Highlights receive no events, so clicks on the article
 * are mapped back to a caret position and from there to an offset in the text index.
 */
export interface Caret {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as CaretDocument;
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** The rectangle of `range` that contains the point (a caret snaps to the nearest text; we want the click to be on it). */
export function rectAt(range: Range, x: number, y: number): DOMRect | undefined {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return rect;
  }
  return undefined;
}

/** Clicks meant for something else in the article: links, controls, a selection being made. */
export function isInteractive(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('a[href],button,input,select,textarea,label,summary,[contenteditable=""],[contenteditable="true"]') !== null;
}
