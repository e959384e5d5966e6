import type { CalendarDate, DateParts } from './calendar';

/**
 * Age in whole months at `on` of a person born on the given day; negative when born after `on`.
 * Completed years are these months ÷ 12, rounded down (tuổi tròn): a person born on 29 February
 * turns a year older on 1 March in a common year.
 */
export function monthsOfAge(
  birthYear: number,
  birthMonth: number,
  birthDay: number,
  on: CalendarDate,
): number {
  const months = (on.year - birthYear) * 12 + (on.month - birthMonth);
  return on.day < birthDay ? months - 1 : months;
}

/**
 * Age in whole months at `on` of a (possibly partial) birth date. A date without a month counts
 * from January, one without a day from the 1st: for a year-only date this gives the register
 * convention "age = reference year − birth year", and for a year-and-month date it counts whole
 * months (docs/conventions.md).
 */
export function completedMonths(birth: DateParts, on: CalendarDate): number {
  return monthsOfAge(birth.year, birth.month ?? 1, birth.day ?? 1, on);
}

/**
 * The education sector's school age: the calendar year in which the current school year began
 * minus the birth year. A school year begins in `schoolYearStartMonth` (September).
 */
export function schoolAge(
  birthYear: number,
  on: CalendarDate,
  schoolYearStartMonth: number,
): number {
  const schoolYearBegan = on.month >= schoolYearStartMonth ? on.year : on.year - 1;
  return schoolYearBegan - birthYear;
}
