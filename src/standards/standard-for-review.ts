import { standardForPolicyYear } from './standard-for-policy-year';
import type { Standard } from './types';

/**
 * The standard that a review held in a year must use: the standard of the following year.
 *
 * @remarks Legal basis: Decision 24/2021/QĐ-TTg (grade S): the annual review runs from 1 September
 * to 14 December of year Y and classifies households for policy in year Y+1.
 *
 * @param reviewYear - the year the review is held, 2015 to 2029
 * @returns the standard of `reviewYear + 1`
 * @throws {@link VnPovertyError} with code `date-out-of-range` when no standard governs the next year
 *
 * @example
 * ```ts
 * import { standardForReview } from 'vn-poverty';
 * standardForReview(2021).id; //=> 'nd07-2021'
 * standardForReview(2026).id; //=> 'nd351-2025'
 * ```
 */
export function standardForReview(reviewYear: number): Standard {
  return standardForPolicyYear(reviewYear + 1);
}
