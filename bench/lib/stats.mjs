// Small helpers shared by the measurements.

export function median(values) {
  const list = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!list.length) return null;
  const mid = list.length >> 1;
  return list.length % 2 ? list[mid] : (list[mid - 1] + list[mid]) / 2;
}

/** `list` turned `by` places, so each run starts with a different entry. */
export function rotate(list, by) {
  const k = ((by % list.length) + list.length) % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}

export const round = (v, places = 1) => (v === null || v === undefined ? null : Math.round(v * 10 ** places) / 10 ** places);

/** Asks V8 for a full collection, so one library's garbage is not collected on another's clock. */
export async function collectGarbage(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
}
