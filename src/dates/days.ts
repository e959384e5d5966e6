import { monthsOfAge } from './age';
import { type CalendarDate, daysInMonth, readBirthDate, splitFullDate } from './calendar';

/**
 * Day arithmetic on `YYYY-MM-DD` strings, by hand rather than date-fns, because windows must follow
 * the library's age rule (`monthsOfAge`): a 36-month window opened on 29 February 2024 runs, like a
 * birthday, to 28 February 2027 (its anniversary is 1 March), where calendar-clamping month
 * arithmetic would end it on 27 February. Pure calendar arithmetic: no `Date`, no time zone.
 */

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** Writes a calendar date as `YYYY-MM-DD`. */
export function formatDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** The day after a valid `YYYY-MM-DD` date. */
export function nextDay(text: string): string {
  const { year, month, day } = splitFullDate(text);
  if (day < daysInMonth(year, month)) return formatDate({ year, month, day: day + 1 });
  if (month < 12) return formatDate({ year, month: month + 1, day: 1 });
  return formatDate({ year: year + 1, month: 1, day: 1 });
}

/** The day before a valid `YYYY-MM-DD` date. */
export function previousDay(text: string): string {
  const { year, month, day } = splitFullDate(text);
  if (day > 1) return formatDate({ year, month, day: day - 1 });
  if (month > 1) return formatDate({ year, month: month - 1, day: daysInMonth(year, month - 1) });
  return formatDate({ year: year - 1, month: 12, day: 31 });
}

/** Completed months from `from` to `to` by the age rule; negative when `to` is before `from`. */
export function monthsFromTo(from: string, to: string): number {
  const start = splitFullDate(from);
  return monthsOfAge(start.year, start.month, start.day, splitFullDate(to));
}

/**
 * The last day of a window of `months` months that opens on `start`: the last day `D` with
 * `monthsFromTo(start, D) < months`. That is the day before the month anniversary of `start`,
 * where the anniversary of a day that the target month lacks (the 31st, 29 February) is the 1st
 * of the following month.
 */
export function lastDayOfWindow(start: string, months: number): string {
  const { year, month, day } = splitFullDate(start);
  const monthIndex = month - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  const anniversary =
    day <= daysInMonth(targetYear, targetMonth)
      ? formatDate({ year: targetYear, month: targetMonth, day })
      : nextDay(
          formatDate({
            year: targetYear,
            month: targetMonth,
            day: daysInMonth(targetYear, targetMonth),
          }),
        );
  return previousDay(anniversary);
}

/** The first and the last day that a date as registers hold it (`YYYY`, `YYYY-MM`, full) may be. */
export interface DateBounds {
  /** The first possible day, `YYYY-MM-DD`. */
  readonly earliest: string;
  /** The last possible day, `YYYY-MM-DD`. */
  readonly latest: string;
}

/** The days a valid partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) may stand for. */
export function partialDateBounds(text: string): DateBounds {
  const packed = readBirthDate(text);
  const year = Math.floor(packed / 10000);
  const month = Math.floor(packed / 100) % 100;
  if (text.length === 10) return { earliest: text, latest: text };
  if (text.length === 7) {
    return {
      earliest: formatDate({ year, month, day: 1 }),
      latest: formatDate({ year, month, day: daysInMonth(year, month) }),
    };
  }
  return { earliest: `${pad(year, 4)}-01-01`, latest: `${pad(year, 4)}-12-31` };
}

/** Days since 1970-01-01 of a valid `YYYY-MM-DD` date (proleptic Gregorian, no time zone). */
function dayNumber(text: string): number {
  const { year, month, day } = splitFullDate(text);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Days from `from` to `to`, both counted: 1 when they are the same day. */
export function daysInclusive(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from) + 1;
}
