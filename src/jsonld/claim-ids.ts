/**
 * Claim ids for imported reviews, which have none of their own: the same input always
 * gives the same ids (so `claim-id` attributes and `#claim-…` links keep working when
 * a feed is imported again), and no two claims of one import share one.
 */

/**
 * NFKD of `text`, normalized in pieces of bounded length. The normalizer sorts a run of
 * combining marks by insertion, quadratic in its length: an identifier or URL path of
 * 100,000 marks took 2.5 s, and one import may hold many. Decomposition is per character
 * and reordering only moves marks among marks, so the pieces differ from the whole only in
 * the order of marks, which a slug drops anyway. A piece never ends between the two halves
 * of a surrogate pair (U+1D400 decomposes to "A").
 */
function decompose(text: string): string {
  let out = '';
  for (let i = 0, j = 0; i < text.length; i = j) {
    j = i + 64;
    // The unit before the cut starts a pair exactly when it reads as one code point past U+FFFF.
    if ((text.codePointAt(j - 1) ?? 0) > 0xffff) j++;
    out += text.slice(i, j).normalize('NFKD');
  }
  return out;
}

/** Lower-case ASCII letters, digits and single hyphens; the end of a long text, which is its most specific part. */
export function slug(text: string): string {
  return decompose(text)
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(-64)
    .replace(/^-+/, '');
}

/** Slug of a review URL's path and fragment (`/fact-checks/permits.html#claim-2` → `fact-checks-permits-claim-2`); the query only when they give nothing. */
export function urlSlug(url: unknown): string {
  if (typeof url !== 'string') return '';
  try {
    // A base, so a relative link (`/fact-checks/permits`) still gives its path.
    const { pathname, hash, search } = new URL(url, 'http://x');
    return slug(decodeURI(pathname + hash).replace(/\.(s?html?|php|aspx?)\b/, '')) || slug(search);
  } catch {
    return '';
  }
}

export interface IdHint {
  /** The publisher's own identifier, when the markup has one (claim-cards writes it). */
  id?: unknown;
  url?: unknown;
}

/**
 * One id per hint, in order. A publisher's own identifiers are reserved first, so a
 * generated id never takes one; repeated bases get `-2`, `-3`, … by position.
 */
export function claimIds(hints: IdHint[]): string[] {
  const own = hints.map(({ id }) => (typeof id === 'string' || typeof id === 'number' ? slug(String(id)) : ''));
  const taken = new Set<string>();
  const reserved = own.map((id) => (id && !taken.has(id) ? (taken.add(id), id) : ''));
  // Where the search for a free `<stem>-<n>` resumes, by stem and digit count of n. Every
  // number below it was found taken, and taken ids stay taken, so no search repeats one:
  // restarting at 2 for each repeat made 20,000 reviews without ids cost 20 s. Keyed by the
  // shortened stem, not the base, since long bases that differ only in their last letters
  // share a stem, and would otherwise each walk past all the numbers the others took.
  const next = new Map<string, number>();
  return hints.map((hint, i) => {
    if (reserved[i]) return reserved[i];
    const base = own[i] || urlSlug(hint.url) || 'claim';
    let id = base;
    // Ids stay within 64 characters: the more digits n has, the shorter the stem.
    for (let digits = 1; taken.has(id); digits++) {
      const stem = base.slice(0, 63 - digits).replace(/-+$/, '');
      const key = `${digits}:${stem}`;
      const end = 10 ** digits;
      let n = Math.max(next.get(key) ?? 0, digits === 1 ? 2 : end / 10);
      while (n < end && taken.has(`${stem}-${n}`)) n++;
      next.set(key, n);
      if (n < end) id = `${stem}-${n}`;
    }
    taken.add(id);
    return id;
  });
}
