import { describeValue, VnPovertyError } from '../errors';
import { findNationalStandard, nationalYears } from './national-standards';
import { ANNUAL_REVIEW } from './review-calendar';
import type { Standard } from './types';

/**
 * The standard that a review held in a year must use: the standard of the following year.
 *
 * @remarks Legal basis: Decision 24/2021/QĐ-TTg Art. 3 (grade S): the annual review runs from
 * 1 September to 14 December of year Y and classifies households for policy in year Y+1.
 *
 * @param reviewYear - the year the review is held, 2015 to 2029
 * @returns the standard of `reviewYear + 1`
 * @throws {@link VnPovertyError} with code `date-out-of-range` when no standard governs the next year
 * (the message speaks of the review year given)
 *
 * @example
 * ```ts
 * import { standardForReview } from 'vn-poverty';
 * standardForReview(2021).id; //=> 'nd07-2021'
 * standardForReview(2026).id; //=> 'nd351-2025'
 * ```
 *
 * @see {@link !"Conventions" | Conventions}
 */
export function standardForReview(reviewYear: number): Standard {
  const standard =
    typeof reviewYear === 'number'
      ? findNationalStandard(reviewYear + ANNUAL_REVIEW.policyYearOffset)
      : undefined;
  if (standard === undefined) {
    const year = describeValue(reviewYear);
    throw new VnPovertyError('date-out-of-range', {
      vi: `Không có chuẩn nghèo quốc gia cho kỳ rà soát năm ${year}: kỳ rà soát năm Y dùng chuẩn của năm Y+1, và các chuẩn quốc gia áp dụng cho các năm ${nationalYears()}.`,
      en: `No national standard serves a review held in ${year}: a review in year Y uses the standard of year Y+1, and the national standards cover policy years ${nationalYears()}.`,
    });
  }
  return standard;
}
