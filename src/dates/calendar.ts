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

function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

/** The number of days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The digit at `at`, or -1 for any other character (a negative number spoils a bitwise OR). */
function digitAt(text: string, at: number): number {
  const value = text.charCodeAt(at) - 48;
  return value >= 0 && value <= 9 ? value : -1;
}

/** The two-digit number at `at`, or -1. */
function twoDigitsAt(text: string, at: number): number {
  const tens = digitAt(text, at);
  const units = digitAt(text, at + 1);
  return (tens | units) < 0 ? -1 : tens * 10 + units;
}

/**
 * Reads a birth date as registers hold it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) in one pass over its
 * characters, as `year × 10000 + month × 100 + day` with a missing month or day counted as 1
 * (January, the 1st: the conventions of docs/conventions.md), or -1 when it is not a real date.
 * Hand-written, with no regular expression and no allocation, because it runs for every member of
 * every household assessed.
 */
export function readBirthDate(text: string): number {
  const length = text.length;
  if (length !== 4 && length !== 7 && length !== 10) return -1;
  const century = twoDigitsAt(text, 0);
  const yearOfCentury = twoDigitsAt(text, 2);
  if ((century | yearOfCentury) < 0) return -1;
  const year = century * 100 + yearOfCentury;
  if (length === 4) return year * 10000 + 101;
  const month = text.charCodeAt(4) === 45 ? twoDigitsAt(text, 5) : -1;
  if (month < 1 || month > 12) return -1;
  if (length === 7) return year * 10000 + month * 100 + 1;
  const day = text.charCodeAt(7) === 45 ? twoDigitsAt(text, 8) : -1;
  if (day < 1 || day > daysInMonth(year, month)) return -1;
  return year * 10000 + month * 100 + day;
}

/** Whether `text` is a real calendar date written `YYYY-MM-DD` (no time, no zone). */
export function isIsoDate(text: string): boolean {
  return text.length === 10 && readBirthDate(text) >= 0;
}

/** Whether `text` is a birth date as registers hold it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, real. */
export function isBirthDate(text: string): boolean {
  return readBirthDate(text) >= 0;
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
