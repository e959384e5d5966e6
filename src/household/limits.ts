/** The bounds of the household contract, as {@link HOUSEHOLD_LIMITS} gives them. */
export interface HouseholdLimits {
  /** Members on one register: larger households are not recorded as one household. */
  readonly members: number;
  /**
   * The largest amount of đồng (10^14, a hundred trillion): income of a household, annual or per
   * capita. Below it, every product the income test forms (× 12, × members) is exact.
   */
  readonly vnd: number;
  /** The largest floor area, in m². */
  readonly floorAreaM2: number;
  /** The largest survey score A. */
  readonly proxyScore: number;
  /** The earliest birth year (and year of any partial date): older dates are typing errors. */
  readonly earliestBirthYear: number;
  /** The longest household id, in characters. */
  readonly householdId: number;
  /** The longest member id. */
  readonly memberId: number;
  /** The longest ethnic-group name: a longer one is not a name, and is not matched. */
  readonly ethnicity: number;
  /** The longest province, commune or district code. */
  readonly code: number;
  /** The longest village name. */
  readonly village: number;
  /** The most entries in a list of values (devices, qualifications). */
  readonly listEntries: number;
  /** The most indicators declared on form B2. */
  readonly declared: number;
  /** The longest indicator id in `declared`. */
  readonly indicatorId: number;
  /** The most issues reported for one record; the rest are counted in a last issue. */
  readonly issues: number;
  /** The most unknown ethnic-group names of one record given suggestions. */
  readonly suggestedNames: number;
}

/**
 * The bounds of the household contract: every list and text a record can hold is bounded, so that
 * a record from a form, a file or a web request is answered quickly whatever it holds (any input of
 * a megabyte in well under a second), and money stays exact in integer arithmetic. A value beyond
 * a bound is a clear issue (`too-large`, `too-long`, `too-many`), never a silent cut.
 *
 * @example
 * ```ts
 * import { HOUSEHOLD_LIMITS } from 'vn-poverty';
 * HOUSEHOLD_LIMITS.members; //=> 100
 * HOUSEHOLD_LIMITS.vnd; //=> 100000000000000
 * HOUSEHOLD_LIMITS.earliestBirthYear; //=> 1880
 * ```
 */
export const HOUSEHOLD_LIMITS: HouseholdLimits = Object.freeze({
  members: 100,
  vnd: 100_000_000_000_000,
  floorAreaM2: 100_000,
  proxyScore: 100_000,
  earliestBirthYear: 1880,
  householdId: 100,
  memberId: 64,
  ethnicity: 64,
  code: 20,
  village: 200,
  listEntries: 20,
  declared: 50,
  indicatorId: 64,
  issues: 100,
  suggestedNames: 5,
});
