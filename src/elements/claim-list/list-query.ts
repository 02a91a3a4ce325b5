/**
 * Which claims a list shows and in which order: pure functions of the claims and the
 * reader's choices. No DOM, so they run in Node and on the server.
 */
import type { Claim } from '../../schema/claim-schema.js';
import { TONES, verdictTone, type VerdictTone } from '../../internal/verdict-tone.js';
import { isoTime } from '../../internal/format-date.js';

/** `newest` first (the default), `oldest` first, or by `verdict` from false to true. */
export type SortOrder = 'newest' | 'oldest' | 'verdict';

export interface ListQuery {
  sort?: string | undefined;
  /** A verdict tone; anything else shows every verdict. */
  verdict?: string | undefined;
  /** Words that must all appear in the statement, claimant, counter-claim or verdict. */
  query?: string | undefined;
}

export interface ListResult {
  /** The claims that match, sorted. */
  claims: Claim[];
  /** Claims matching the search, per verdict tone, before the verdict filter. */
  counts: Record<VerdictTone, number>;
  /** Claims matching the search, whatever their verdict. */
  matched: number;
}

/**
 * Lower case without accents or other marks, compatibility forms unified: "Ёлка" finds
 * "елка", "CAFÉ" finds "cafe", Arabic text matches with or without its vowel marks.
 */
export function fold(text: string): string {
  // Marks go (so "e" finds "é"), then NFC puts Hangul syllables back together: without
  // it, "가" would match inside "각".
  return text.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();
}

interface Facts {
  text: string;
  tone: VerdictTone;
  /** Milliseconds since 1970, NaN when the claim has no usable date. */
  time: number;
}

/** Claims are immutable once validated, so each is folded and classified once. */
const facts = new WeakMap<Claim, Facts>();

function factsOf(claim: Claim): Facts {
  let known = facts.get(claim);
  if (!known) {
    const date = claim.date ?? '';
    known = {
      text: fold([claim.statement, claim.claimant?.name, claim.counterClaim?.statement, claim.verdict?.label].join('\n')),
      tone: verdictTone(claim.verdict),
      time: date ? isoTime(date) : NaN,
    };
    facts.set(claim, known);
  }
  return known;
}

/** Undated claims go last in either direction. */
function byDate(a: Claim, b: Claim, newestFirst: boolean): number {
  const x = factsOf(a).time;
  const y = factsOf(b).time;
  return Number(Number.isNaN(x)) - Number(Number.isNaN(y)) || (newestFirst ? y - x : x - y) || 0;
}

/**
 * The claims a reader asked for. The input is not modified; ties keep the input order
 * (the publisher's), and claims with the same verdict are newest first.
 */
export function queryClaims(claims: readonly Claim[], { sort, verdict, query = '' }: ListQuery): ListResult {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  const only = (TONES as readonly string[]).includes(verdict ?? '') ? verdict : undefined;
  const counts = { false: 0, misleading: 0, mixed: 0, true: 0, unrated: 0 };
  const found: Claim[] = [];
  let matched = 0;
  for (const claim of claims) {
    const { text, tone } = factsOf(claim);
    if (!terms.every((term) => text.includes(term))) continue;
    matched++;
    counts[tone]++;
    if (!only || tone === only) found.push(claim);
  }
  found.sort(
    sort === 'verdict'
      ? (a, b) => TONES.indexOf(factsOf(a).tone) - TONES.indexOf(factsOf(b).tone) || byDate(a, b, true)
      : (a, b) => byDate(a, b, sort !== 'oldest'),
  );
  return { claims: found, counts, matched };
}
