/**
 * Which strings an element uses: those of the nearest `lang`, by exact tag, then by its
 * language subtag (`pt-BR` → `pt`), else English. Publishers add languages at run time.
 */
import { ar } from './ar.js';
import { ko } from './ko.js';
import { ru } from './ru.js';
import { en, type Strings } from './strings.js';

const table = new Map<string, Strings>([
  ['en', en],
  ['ru', ru],
  ['ko', ko],
  ['ar', ar],
]);

/** Every language with strings, as lower-case tags. */
export function registeredLanguages(): string[] {
  return [...table.keys()];
}

/**
 * Adds or replaces a language. Missing keys fall back to English, so a partial
 * translation is safe. Elements already on the page pick it up on their next render.
 */
export function registerStrings(lang: string, strings: Partial<Strings>): void {
  table.set(lang.toLowerCase(), { ...en, ...strings });
}

/** The strings for a language tag, and the tag they were registered under. */
export function stringsFor(lang: string): { lang: string; strings: Strings } {
  const tag = lang.toLowerCase();
  const base = tag.split('-')[0] ?? tag;
  for (const key of [tag, base]) {
    const strings = table.get(key);
    if (strings) return { lang: key, strings };
  }
  return { lang: 'en', strings: en };
}
