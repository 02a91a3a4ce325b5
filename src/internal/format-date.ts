import { isDateOnly } from '../schema/dates.js';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: string, dateOnly: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${dateOnly}`;
  let fmt = cache.get(key);
  if (!fmt) {
    // A calendar date names a day, not an instant: read it in UTC so no reader's time
    // zone moves it to the day before.
    fmt = new Intl.DateTimeFormat(lang, dateOnly ? { dateStyle: 'long', timeZone: 'UTC' } : { dateStyle: 'long' });
    cache.set(key, fmt);
  }
  return fmt;
}

/**
 * Milliseconds since 1970 for a validated ISO date or date-time (NaN when unreadable). A
 * calendar date is its UTC midnight. ISO allows a space for the `T` and offsets without a
 * colon; Date.parse wants both.
 */
export function isoTime(value: string): number {
  return Date.parse(isDateOnly(value) ? `${value}T00:00:00Z` : value.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}

/** A validated ISO date as readers of `lang` write it; the raw string if it cannot be read. */
export function formatDate(value: string, lang: string): string {
  const ms = isoTime(value);
  if (Number.isNaN(ms)) return value;
  return formatter(lang, isDateOnly(value)).format(ms);
}
