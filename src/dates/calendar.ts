import { isMatch } from 'date-fns';

/** A calendar date split into its parts; `month` and `day` may be missing in a birth date. */
export interface DateParts {
  /** The year. */
  readonly year: number;
  /** The month, 1 to 12. */
  readonly month?: number;
  /** The day of the month. */
  readonly day?: number;
}

/** A full calendar date. */
export interface CalendarDate {
  /** The year. */
  readonly year: number;
  /** The month, 1 to 12. */
  readonly month: number;
  /** The day of the month. */
  readonly day: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether `text` is a real calendar date written `YYYY-MM-DD` (no time, no zone). Used for the
 * dates a caller passes once (reference dates), so date-fns' full parser is affordable here.
 */
export function isIsoDate(text: string): boolean {
  return ISO_DATE.test(text) && isMatch(text, 'yyyy-MM-dd');
}

function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

function isDigitRun(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether `text` is a birth date as registers hold it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a
 * real month and day. Hand-written, with no regular expression and no allocation, because it runs
 * for every member of every household assessed.
 */
export function isBirthDate(text: string): boolean {
  const length = text.length;
  if ((length !== 4 && length !== 7 && length !== 10) || !isDigitRun(text, 0, 4)) return false;
  if (length === 4) return true;
  if (text.charCodeAt(4) !== 45 || !isDigitRun(text, 5, 7)) return false;
  const month = digits(text, 5, 7);
  if (month < 1 || month > 12) return false;
  if (length === 7) return true;
  if (text.charCodeAt(7) !== 45 || !isDigitRun(text, 8, 10)) return false;
  const day = digits(text, 8, 10);
  return day >= 1 && day <= daysInMonth(digits(text, 0, 4), month);
}

/**
 * Splits a date already known to be valid (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) into parts.
 * Hand-written rather than date-fns because it runs for every member of every household.
 */
export function splitDate(text: string): DateParts {
  const year = digits(text, 0, 4);
  if (text.length === 4) return { year };
  const month = digits(text, 5, 7);
  if (text.length === 7) return { year, month };
  return { year, month, day: digits(text, 8, 10) };
}

/** Splits a full `YYYY-MM-DD` date known to be valid. */
export function splitFullDate(text: string): CalendarDate {
  return { year: digits(text, 0, 4), month: digits(text, 5, 7), day: digits(text, 8, 10) };
}

/**
 * Whether a (possibly partial) birth date lies after `on`. A year-only date is after `on` only
 * when its year is; a year-and-month date only when its month is.
 */
export function isAfter(birth: DateParts, on: CalendarDate): boolean {
  if (birth.year !== on.year) return birth.year > on.year;
  if (birth.month === undefined || birth.month !== on.month) return (birth.month ?? 0) > on.month;
  return (birth.day ?? 0) > on.day;
}
