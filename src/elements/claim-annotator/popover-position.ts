/**
 * Where the card's popover goes: below the clicked line when it fits, else above, else
 * wherever it stays most visible; always inside the viewport with a margin. Pure
 * geometry, so it is tested without a browser layout.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
}

const MARGIN = 8;

export function placePopover(line: Box, popover: { width: number; height: number }, viewport: { width: number; height: number }, rtl = false): Placement {
  const below = line.top + line.height + MARGIN;
  const above = line.top - MARGIN - popover.height;
  const fitsBelow = below + popover.height <= viewport.height - MARGIN;
  const fitsAbove = above >= MARGIN;
  const side = fitsBelow || !fitsAbove ? 'below' : 'above';
  let top = side === 'below' ? below : above;
  top = Math.min(Math.max(top, MARGIN), Math.max(MARGIN, viewport.height - MARGIN - popover.height));
  // Align with the start of the line (its right edge in right-to-left text).
  let left = rtl ? line.left + line.width - popover.width : line.left;
  left = Math.min(Math.max(left, MARGIN), Math.max(MARGIN, viewport.width - MARGIN - popover.width));
  return { left, top, side };
}
