import type { CalendarDate, DateParts } from './calendar';

/**
 * Age in whole months at `on`. A birth date without a month counts from January, one without a
 * day from the 1st: for a year-only date this gives the register convention "age = reference
 * year − birth year", and for a year-and-month date it counts whole months (spec/household.md).
 */
export function completedMonths(birth: DateParts, on: CalendarDate): number {
  const months = (on.year - birth.year) * 12 + (on.month - (birth.month ?? 1));
  return on.day < (birth.day ?? 1) ? months - 1 : months;
}

/**
 * Age in completed years at `on` (tuổi tròn). A person born on 29 February turns a year older
 * on 1 March in a common year.
 */
export function completedYears(birth: DateParts, on: CalendarDate): number {
  return Math.floor(completedMonths(birth, on) / 12);
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
