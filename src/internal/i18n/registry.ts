/**
 * Which strings an element uses: those of the nearest `lang`, by exact tag, then by its
 * language subtag (`pt-BR` → `pt`), else English. English is built in; the other
 * shipped languages are loaded on first use, so an English page never downloads them.
 * Publishers add or reword languages at run time with `registerStrings`.
 */
import { en, type Strings } from './strings.js';

const shipped: Record<string, () => Promise<Strings>> = {
  ru: () => import('./ru.js').then((m) => m.ru),
  ko: () => import('./ko.js').then((m) => m.ko),
  ar: () => import('./ar.js').then((m) => m.ar),
};

const loaded = new Map<string, Strings>([['en', en]]);
const overrides = new Map<string, Partial<Strings>>();
const loading = new Map<string, Promise<void>>();

function build(tag: string, base: Partial<Strings> = {}): void {
  loaded.set(tag, { ...en, ...base, ...overrides.get(tag) });
}

/** Every language with strings (shipped or registered), as lower-case tags. */
export function registeredLanguages(): string[] {
  return [...new Set([...loaded.keys(), ...Object.keys(shipped), ...overrides.keys()])];
}

/**
 * Adds a language, or rewords one. Missing keys fall back to the shipped translation,
 * then to English, so a partial table is safe. Elements pick it up on their next render.
 */
export function registerStrings(lang: string, strings: Partial<Strings>): void {
  const tag = lang.toLowerCase();
  overrides.set(tag, { ...overrides.get(tag), ...strings });
  if (shipped[tag] && !loaded.has(tag)) return; // merged in when the shipped table arrives
  build(tag, tag === 'en' ? {} : loaded.get(tag));
}

/** The registered tag that serves `lang`: the exact tag, its language subtag, or `en`. */
function pick(lang: string): string {
  const tag = lang.toLowerCase();
  const base = tag.split('-')[0]!;
  for (const key of [tag, base]) if (loaded.has(key) || overrides.has(key) || shipped[key]) return key;
  return 'en';
}

/**
 * Resolves when the strings for `lang` are ready; `undefined` when they already are,
 * so callers only wait when there is something to wait for.
 */
export function stringsReady(lang: string): Promise<void> | undefined {
  const tag = pick(lang);
  if (loaded.has(tag)) return undefined;
  let pending = loading.get(tag);
  if (!pending) {
    pending = (shipped[tag]?.() ?? Promise.resolve({})).then(
      (table) => build(tag, table),
      () => build(tag), // offline or blocked: English labels beat no card at all
    );
    loading.set(tag, pending);
  }
  return pending;
}

/** The strings for a language tag, and the tag they were registered under. */
export function stringsFor(lang: string): { lang: string; strings: Strings } {
  const tag = pick(lang);
  const strings = loaded.get(tag);
  return strings ? { lang: tag, strings } : { lang: 'en', strings: en };
}
