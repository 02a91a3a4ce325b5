/**
 * Bit-parallel approximate search (G. Myers, "A fast bit-vector algorithm for approximate
 * string matching based on dynamic programming", J. ACM 1999), in the block form for
 * patterns longer than 32 units. DOM-free.
 * @module
 */

/** A pattern prepared for {@link scan}. */
export interface Pattern {
  readonly length: number;
  /** Scans read the text right to left and match the pattern reversed. */
  readonly back: boolean;
  /** Row of each unit in `eq` (units not in the pattern: row 0, all zero). */
  readonly rows: Map<number, number>;
  /** Per row, one bit mask per 32-unit block: where the pattern holds that unit. */
  readonly eq: Int32Array;
}

/** Prepares `text` for {@link scan}, to read forward or, with `back`, backward. */
export function pattern(text: string, back = false): Pattern {
  const m = text.length;
  const blocks = (m + 31) >> 5;
  const rows = new Map<number, number>();
  for (let i = 0; i < m; i++) if (!rows.has(text.charCodeAt(i))) rows.set(text.charCodeAt(i), rows.size + 1);
  const eq = new Int32Array((rows.size + 1) * blocks);
  for (let i = 0; i < m; i++) eq[rows.get(text.charCodeAt(back ? m - 1 - i : i))! * blocks + (i >> 5)]! |= 1 << (i & 31);
  return { length: m, back, rows, eq };
}

/**
 * Scans `text[from, to)` for `p` with free start: after each unit read, `step` gets a
 * position and the least edit distance between the pattern and any text piece that ends
 * there (forward) or starts there (backward; this finds where a match found forward begins).
 * @returns the distance at the last position scanned (`to` forward, `from` backward);
 *   the pattern length when nothing was scanned.
 */
export function scan(text: string, p: Pattern, from: number, to: number, step?: (pos: number, dist: number) => void): number {
  const { length: m, back, rows, eq: eqs } = p;
  const blocks = (m + 31) >> 5;
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  const last = 1 << ((m - 1) & 31);
  let dist = m;
  for (let k = from; k < to; k++) {
    const i = back ? from + to - 1 - k : k;
    const row = (rows.get(text.charCodeAt(i)) ?? 0) * blocks;
    // h: horizontal delta carried from the block above (row 0 is free, so 0 into block 0).
    let h = 0;
    for (let b = 0; b < blocks; b++) {
      const high = b === blocks - 1 ? last : 1 << 31;
      const pb = pv[b]!;
      const mb = mv[b]!;
      let eq = eqs[row + b]!;
      const xv = eq | mb;
      if (h < 0) eq |= 1;
      const xh = (((eq & pb) + pb) ^ pb) | eq;
      let ph = mb | ~(xh | pb);
      let mh = pb & xh;
      const out = ph & high ? 1 : mh & high ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (h < 0) mh |= 1;
      else if (h > 0) ph |= 1;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      h = out;
    }
    dist += h;
    step?.(back ? i : i + 1, dist);
  }
  return dist;
}
