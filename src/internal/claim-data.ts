/**
 * Reads whatever JSON an element was given into claims it can render, claim by claim:
 * one broken claim in a shared file must not take every other card down with it.
 * Results are remembered per data object, so a thousand cards reading one file
 * validate it once.
 */
import { MAX_CLAIMS, type Claim } from '../schema/claim-schema.js';
import { parseClaim } from '../schema/parse.js';
import type { ParseIssue } from '../schema/result.js';
import { yieldToMain } from './yield-to-main.js';

export interface ClaimData {
  /** Valid claims, in document order. */
  claims: Claim[];
  /** Problems with the document as a whole (not JSON of claims, wrong version). */
  errors: ParseIssue[];
  warnings: ParseIssue[];
  /** Problems of invalid claims: `=<id>` for the id a claim gave, `#<position>` when it gave none, `#limit` for claims past the limit. */
  invalid: Map<string, ParseIssue[]>;
  /** Claims in the document, valid or not. */
  total: number;
  /** The document was one claim, not a set: there is nothing to choose between. */
  single: boolean;
}

const memo = new WeakMap<object, ClaimData>();
const slicedMemo = new WeakMap<object, Promise<ClaimData>>();

/** Longest stretch of validation between yields when reading in slices, in ms. */
const SLICE_MS = 8;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Claims of the input to validate one by one, or `undefined` when the document itself is wrong (see `data.errors`). */
/** At most MAX_CLAIMS are read; more are reported (the set's own error in parseClaimSet) and left out. */
function capped(list: unknown[], path: string, base: (i: number) => string, data: ClaimData) {
  if (list.length <= MAX_CLAIMS) return { list, base };
  data.invalid.set('#limit', [{ path, message: `holds ${list.length.toLocaleString('en')} claims: the limit is ${MAX_CLAIMS.toLocaleString('en')}; the rest are left out` }]);
  return { list: list.slice(0, MAX_CLAIMS), base };
}

function claimsOf(input: unknown, data: ClaimData): { list: unknown[]; base: (i: number) => string } | undefined {
  if (Array.isArray(input)) return capped(input, '', (i) => `[${i}]`, data);
  if (!isObject(input)) {
    data.errors.push({ path: '', message: 'must be a claim or a claim set ({"version": 1, "claims": [ … ]})' });
  } else if ('claims' in input || 'version' in input) {
    if (input.version !== 1) {
      data.errors.push({ path: 'version', message: input.version === undefined ? 'is required (1)' : 'must be 1' });
    }
    if (!Array.isArray(input.claims)) {
      data.errors.push({ path: 'claims', message: input.claims === undefined ? 'is required' : 'must be a list ([ … ])' });
    } else if (data.errors.length === 0) {
      return capped(input.claims, 'claims', (i) => `claims[${i}]`, data);
    }
  } else {
    data.single = true;
    return { list: [input], base: () => '' };
  }
  return undefined;
}

function readClaim(raw: unknown, i: number, base: (i: number) => string, data: ClaimData, seen: Set<string>): void {
  const result = parseClaim(raw, { path: base(i) });
  // Ids from the data are keyed apart from our own `#…` keys, which they could otherwise spell.
  const key = isObject(raw) && typeof raw.id === 'string' ? `=${raw.id}` : `#${i}`;
  data.warnings.push(...result.warnings);
  if (!result.ok) {
    data.invalid.set(key, [...(data.invalid.get(key) ?? []), ...result.errors]);
  } else if (seen.has(result.value.id)) {
    data.invalid.set(`#${i}`, [{ path: `${base(i)}.id`, message: `duplicate id "${result.value.id}": an earlier claim already uses it` }]);
  } else {
    seen.add(result.value.id);
    data.claims.push(result.value);
  }
}

/** No claims, nothing wrong: the start of every read. */
export const empty = (): ClaimData => ({ claims: [], errors: [], warnings: [], invalid: new Map(), total: 0, single: false });
/** The object an input is remembered by (`undefined` for a primitive). */
export const keyOf = (input: unknown) => (typeof input === 'object' && input !== null ? input : undefined);

/** Claims from a claim set, a single claim, or a list of claims. */
export function readClaimData(input: unknown): ClaimData {
  const key = keyOf(input);
  const cached = key && memo.get(key);
  if (cached) return cached;
  const data = empty();
  const found = claimsOf(input, data);
  if (found) {
    const seen = new Set<string>();
    found.list.forEach((raw, i) => readClaim(raw, i, found.base, data, seen));
    data.total = found.list.length;
  }
  if (key) memo.set(key, data);
  return data;
}

/**
 * The same as {@link readClaimData}, validating a few milliseconds at a time and giving
 * the page back in between, so a set of thousands of claims never blocks input or
 * rendering for long. Shares the result with every other reader of the same data.
 */
export function readClaimDataInSlices(input: unknown): Promise<ClaimData> {
  const key = keyOf(input);
  const done = key && memo.get(key);
  if (done) return Promise.resolve(done);
  const running = key && slicedMemo.get(key);
  if (running) return running;
  const read = (async () => {
    const data = empty();
    const found = claimsOf(input, data);
    if (found) {
      const seen = new Set<string>();
      let started = performance.now();
      for (let i = 0; i < found.list.length; i++) {
        if (performance.now() - started > SLICE_MS) {
          await yieldToMain();
          started = performance.now();
        }
        readClaim(found.list[i], i, found.base, data, seen);
      }
      data.total = found.list.length;
    }
    if (key) memo.set(key, data);
    return data;
  })();
  if (key) slicedMemo.set(key, read);
  return read;
}

export type Pick = { ok: true; claim: Claim; warnings: ParseIssue[] } | { ok: false; errors: ParseIssue[] };

/** One claim of the data: the one with `id`, or the only one when no id is given. */
export function pickClaim(data: ClaimData, id: string | undefined | null): Pick {
  if (data.errors.length) return { ok: false, errors: data.errors };
  if (id && !data.single) {
    const claim = data.claims.find((c) => c.id === id);
    if (claim) return { ok: true, claim, warnings: data.warnings };
    const errors = data.invalid.get(`=${id}`) ?? data.invalid.get('#limit');
    if (errors) return { ok: false, errors };
    const known = data.claims.map((c) => c.id);
    const list = known.length > 5 ? `${known.slice(0, 5).join(', ')}, …` : known.join(', ');
    return { ok: false, errors: [{ path: '', message: `has no claim with id "${id}"${list ? ` (it has ${list})` : ''}` }] };
  }
  if (data.total === 1) {
    const claim = data.claims[0];
    if (claim) return { ok: true, claim, warnings: data.warnings };
    return { ok: false, errors: [...data.invalid.values()][0] ?? [] };
  }
  return {
    ok: false,
    errors: [{ path: '', message: data.total ? `holds ${data.total} claims: set claim-id to choose one` : 'holds no claims' }],
  };
}
