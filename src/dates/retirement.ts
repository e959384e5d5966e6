import type { LegalCitation } from '../law/citation';

/** Sex as the household register records it. */
export type Sex = 'male' | 'female';

/** One sex's path of the statutory retirement age, in months of age. */
export interface RetirementPath {
  /** The retirement age in months up to and including `baseYear`. */
  readonly baseMonths: number;
  /** The last year at the base age. */
  readonly baseYear: number;
  /** How many months the age rises each year after `baseYear`. */
  readonly stepMonths: number;
  /** The age at which the rise stops, in months. */
  readonly capMonths: number;
}

/** The statutory retirement ages by sex, with their legal basis. */
export interface RetirementSchedule {
  /** Men's path. */
  readonly male: RetirementPath;
  /** Women's path. */
  readonly female: RetirementPath;
  /** Where the schedule is set. */
  readonly basis: LegalCitation;
}

/**
 * The retirement age in normal working conditions (tuổi nghỉ hưu trong điều kiện lao động bình
 * thường): men 60 until 2020, then 3 months more each year up to 62 (2028); women 55 until 2020,
 * then 4 months more each year up to 60 (2035).
 *
 * @remarks Legal basis: Labour Code 2019 Art. 169 and Decree 135/2020/NĐ-CP Art. 4 (grade S); its
 * use to bound working age in the employment indicator is grade U.
 *
 * @example
 * ```ts
 * import { RETIREMENT_SCHEDULE } from 'vn-poverty';
 * RETIREMENT_SCHEDULE.male.capMonths / 12; //=> 62
 * RETIREMENT_SCHEDULE.female.stepMonths; //=> 4
 * ```
 *
 * @see {@link !"Conventions" | Conventions}
 */
export const RETIREMENT_SCHEDULE: RetirementSchedule = Object.freeze({
  male: Object.freeze({ baseMonths: 720, baseYear: 2020, stepMonths: 3, capMonths: 744 }),
  female: Object.freeze({ baseMonths: 660, baseYear: 2020, stepMonths: 4, capMonths: 720 }),
  basis: Object.freeze({
    kind: 'decree',
    number: '135/2020/NĐ-CP',
    article: '4',
    grade: 'S',
    note: 'Labour Code 2019 Art. 169; the schedule is graded S, its use for working age U',
  } as const),
});

const LOWEST_RETIREMENT_MONTHS = Math.min(
  RETIREMENT_SCHEDULE.male.baseMonths,
  RETIREMENT_SCHEDULE.female.baseMonths,
);

function retirementMonthsInYear(path: RetirementPath, year: number): number {
  const rise = Math.max(0, year - path.baseYear) * path.stepMonths;
  return Math.min(path.capMonths, path.baseMonths + rise);
}

/**
 * The retirement age, in months, that applies to a person born in `birthMonth` of `birthYear`:
 * the age for the year in which the person reaches it (Decree 135/2020 Art. 4). That year is the
 * first year Y in which the person is at least as old as Y's retirement age.
 */
export function retirementAgeMonths(sex: Sex, birthYear: number, birthMonth: number): number {
  const path = RETIREMENT_SCHEDULE[sex];
  const bornMonthIndex = birthYear * 12 + birthMonth - 1;
  for (let year = birthYear + Math.floor(path.baseMonths / 12) - 1; ; year++) {
    const months = retirementMonthsInYear(path, year);
    if (Math.floor((bornMonthIndex + months) / 12) <= year) return months;
  }
}

/**
 * Whether a person of `ageInMonths` (completed months) is of working age (độ tuổi lao động): at
 * least `minimumAge` completed years and not yet at the statutory retirement age. A person stops
 * being of working age on the day they reach the retirement age.
 */
export function isOfWorkingAge(
  sex: Sex,
  birthYear: number,
  birthMonth: number,
  ageInMonths: number,
  minimumAge: number,
): boolean {
  if (ageInMonths < minimumAge * 12) return false;
  // Below the lowest age on the schedule, no one has retired: skip the search.
  return (
    ageInMonths < LOWEST_RETIREMENT_MONTHS ||
    ageInMonths < retirementAgeMonths(sex, birthYear, birthMonth)
  );
}
