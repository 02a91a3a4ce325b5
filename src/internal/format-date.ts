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

/** A validated ISO date as readers of `lang` write it; the raw string if it cannot be read. */
export function formatDate(value: string, lang: string): string {
  const dateOnly = isDateOnly(value);
  // ISO allows a space for the `T` and offsets without a colon; Date.parse wants both.
  const iso = dateOnly ? `${value}T00:00:00Z` : value.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return value;
  return formatter(lang, dateOnly).format(ms);
}
