/**
 * ISO 8601 calendar dates and date-times, as newsrooms write them:
 * `2018-08-01`, `2018-08-01T14:30Z`, `2018-08-01T14:30:05.250+03:00`.
 * The pattern checks the shape; {@link dateProblem} checks the calendar.
 */
export const ISO_DATE_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Why a date string is not a usable date, in words for an editor, or `undefined`
 * when it is fine.
 */
export function dateProblem(value: string): string | undefined {
  const m = ISO_DATE_PATTERN.exec(value);
  if (!m) return 'must be a date like 2018-08-01 or a date and time like 2018-08-01T14:30:00Z';
  const [, y, mo, d, h, mi, s, , oh, om] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return `${value} is not a real date: there is no month ${mo}`;
  const maxDay = month === 2 && !isLeap(year) ? 28 : DAYS_IN_MONTH[month - 1]!;
  if (day < 1 || day > maxDay) return `${value} is not a real date`;
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59))) {
    return `${value} is not a real time of day`;
  }
  if (oh !== undefined && (Number(oh) > 14 || Number(om) > 59)) {
    return `${value} has an impossible time-zone offset`;
  }
  return undefined;
}

/** `true` when the string holds only a calendar date, no time of day. */
export function isDateOnly(value: string): boolean {
  return value.length === 10;
}
