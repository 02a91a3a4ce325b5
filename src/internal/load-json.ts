/**
 * Fetches a JSON file once per page, however many elements ask for it. Each caller
 * passes its own AbortSignal; the request is cancelled only when every caller has
 * gone (an element removed mid-request), and a failed request is forgotten so a later
 * caller can try again.
 */
import { MAX_JSON_BYTES, parseJsonText } from '../schema/json-text.js';
import type { ParseIssue } from '../schema/result.js';
import { safeHref } from './safe-url.js';

/** Default time a request may take, in milliseconds. */
export const DEFAULT_TIMEOUT = 10_000;

/** A load that failed, with a message an editor can act on. */
export class LoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LoadError';
  }
  get issues(): ParseIssue[] {
    return [{ path: '', message: this.message }];
  }
}

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

const entries = new Map<string, Entry>();

/** JSON media types, plus the types misconfigured servers send for `.json` files. */
const JSONISH = /^(application\/([\w.+-]*\+)?json|text\/json|text\/plain|application\/octet-stream)$/i;

async function request(url: string, controller: AbortController, timeout: number): Promise<unknown> {
  const timer = setTimeout(() => controller.abort(new LoadError(`no answer within ${timeout / 1000} s`)), timeout);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
    } catch (error) {
      if (controller.signal.reason instanceof LoadError) throw controller.signal.reason;
      throw new LoadError(`could not be fetched (${error instanceof Error ? error.message : String(error)})`);
    }
    if (!response.ok) {
      throw new LoadError(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
    if (type && !JSONISH.test(type)) throw new LoadError(`the server sent ${type}, not JSON`);
    if (Number(response.headers.get('content-length')) > MAX_JSON_BYTES) {
      throw new LoadError(`the file is larger than ${MAX_JSON_BYTES / 1024 / 1024} MB`);
    }
    let text: string;
    try {
      text = await response.text();
    } catch {
      if (controller.signal.reason instanceof LoadError) throw controller.signal.reason;
      throw new LoadError('the download was interrupted');
    }
    const parsed = parseJsonText(text);
    if (!parsed.ok) throw new LoadError(parsed.errors[0]!.message);
    return parsed.value;
  } finally {
    clearTimeout(timer);
  }
}

/** Controls, no-break, zero-width and bidi characters: hidden in a `src`, so never accepted there. */
const HIDDEN = /[\u0000-\u001f\u007f-\u00a0\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

/** ASCII whitespace as HTML defines it (tab, LF, FF, CR, space). */
const isAsciiSpace = (c: number): boolean => c === 9 || c === 10 || c === 12 || c === 13 || c === 32;

/** Resolves `src` against the page and refuses anything but http(s). */
export function resolveSrc(src: string, base: string): string | undefined {
  // Surrounding ASCII whitespace is dropped, as browsers do for URL attributes. Anything
  // hidden inside is refused: the URL parser would drop a control character, and read
  // `\u00a0javascript:` as a relative path. Trimmed by index, not by a `[…]+$` pattern:
  // that one retries from every space of a long inner run, quadratic on a crafted `src`.
  let start = 0;
  let end = src.length;
  while (start < end && isAsciiSpace(src.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(src.charCodeAt(end - 1))) end--;
  const trimmed = src.slice(start, end);
  if (HIDDEN.test(trimmed)) return undefined;
  try {
    return safeHref(new URL(trimmed, base).href);
  } catch {
    return undefined;
  }
}

export interface LoadOptions {
  signal?: AbortSignal;
  timeout?: number;
}

/**
 * The parsed JSON at an absolute http(s) URL. Rejects with a {@link LoadError}, or with
 * the signal's reason when this caller aborted.
 */
export function loadJson(url: string, { signal, timeout = DEFAULT_TIMEOUT }: LoadOptions = {}): Promise<unknown> {
  // `timeout="abc"` or "" arrives as NaN or 0: use the default rather than fail at once.
  if (!(timeout > 0 && Number.isFinite(timeout))) timeout = DEFAULT_TIMEOUT;
  if (signal?.aborted) return Promise.reject(signal.reason);
  let entry = entries.get(url);
  if (!entry) {
    const controller = new AbortController();
    const created: Entry = { controller, users: 0, settled: false, promise: Promise.resolve() };
    created.promise = request(url, controller, timeout).then(
      (value) => {
        created.settled = true;
        return value;
      },
      (error: unknown) => {
        created.settled = true;
        if (entries.get(url) === created) entries.delete(url);
        throw error;
      },
    );
    created.promise.catch(() => {}); // callers handle it; an abandoned request must not be "unhandled"
    entries.set(url, created);
    entry = created;
  }
  const shared = entry;
  shared.users++;
  if (!signal) return shared.promise;
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      shared.users--;
      if (shared.users === 0 && !shared.settled) {
        shared.controller.abort();
        if (entries.get(url) === shared) entries.delete(url);
      }
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Forgets every cached file (for tests, and for editors previewing a changed file). */
export function clearLoadCache(): void {
  entries.clear();
}
