import { parseReferenceDate } from '../dates/parse-reference-date';
import { standardForPolicyYear } from './standard-for-policy-year';
import type { Standard } from './types';

/**
 * The national standard in force on a date: the one that governs that date's policy year.
 *
 * @remarks A review held from 1 September to 14 December of year Y classifies households for
 * year Y+1 and so uses the standard of Y+1 (Decision 24/2021/QĐ-TTg): for a review, call
 * `standardForReview(Y)` rather than this function.
 *
 * @param on - a date, `YYYY-MM-DD`
 * @returns the standard
 * @throws {@link VnPovertyError} with code `invalid-date` for a malformed date, or
 * `date-out-of-range` for a date before 2016 or after 2030
 *
 * @example
 * ```ts
 * import { standardInForce } from 'vn-poverty';
 * standardInForce('2021-12-31').id; //=> 'qd59-2015'
 * standardInForce('2022-01-01').id; //=> 'nd07-2021'
 * standardInForce('2030-12-31').id; //=> 'nd351-2025'
 * ```
 *
 * @see {@link !"Conventions" | Conventions}
 */
export function standardInForce(on: string): Standard {
  return standardForPolicyYear(parseReferenceDate(on).year);
}
