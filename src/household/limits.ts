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
export const HOUSEHOLD_LIMITS = Object.freeze({
  /** Members on one register: larger households are not recorded as one household. */
  members: 100,
  /**
   * The largest amount of đồng (10^14, a hundred trillion): income of a household, annual or per
   * capita. Below it, every product the income test forms (× 12, × members) is exact.
   */
  vnd: 100_000_000_000_000,
  /** The largest floor area, in m². */
  floorAreaM2: 100_000,
  /** The largest survey score A. */
  proxyScore: 100_000,
  /** The earliest birth year (and year of any partial date): older dates are typing errors. */
  earliestBirthYear: 1880,
  /** The longest household id, in characters. */
  householdId: 100,
  /** The longest member id. */
  memberId: 64,
  /** The longest ethnic-group name: a longer one is not a name, and is not matched. */
  ethnicity: 64,
  /** The longest province, commune or district code. */
  code: 20,
  /** The longest village name. */
  village: 200,
  /** The most entries in a list of values (devices, qualifications). */
  listEntries: 20,
  /** The most indicators declared on form B2. */
  declared: 50,
  /** The longest indicator id in `declared`. */
  indicatorId: 64,
  /** The most issues reported for one record; the rest are counted in a last issue. */
  issues: 100,
  /** The most unknown ethnic-group names of one record given suggestions. */
  suggestedNames: 5,
});
