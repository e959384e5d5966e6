import type { LegalCitation } from '../law/citation';
import { cite } from '../law/cite';

/** A day of the year, without a year. */
export interface MonthDay {
  /** The month, 1 to 12. */
  readonly month: number;
  /** The day of the month. */
  readonly day: number;
}

/** When the annual review (rà soát định kỳ) is held each year, both days included. */
export interface AnnualReviewWindow {
  /** The first day. */
  readonly from: MonthDay;
  /** The last day. */
  readonly to: MonthDay;
  /** The review held in year Y classifies households for policy year Y + `policyYearOffset`. */
  readonly policyYearOffset: number;
  /** Where the calendar is set. */
  readonly basis: LegalCitation;
}

/**
 * The annual review calendar: from 1 September to 14 December of year Y, classifying households
 * for policy year Y+1, so with the standard of Y+1.
 *
 * @remarks Legal basis: Decision 24/2021/QĐ-TTg Art. 3 ("từ ngày 01 tháng 9 đến hết ngày 14
 * tháng 12"), grade S.
 *
 * @example
 * ```ts
 * import { ANNUAL_REVIEW } from 'vn-poverty';
 * ANNUAL_REVIEW.from; //=> { month: 9, day: 1 }
 * ANNUAL_REVIEW.to; //=> { month: 12, day: 14 }
 * ANNUAL_REVIEW.policyYearOffset; //=> 1
 * ```
 *
 * @see {@link !"Conventions" | Conventions}
 */
export const ANNUAL_REVIEW: AnnualReviewWindow = Object.freeze({
  from: Object.freeze({ month: 9, day: 1 }),
  to: Object.freeze({ month: 12, day: 14 }),
  policyYearOffset: 1,
  basis: cite('decision', '24/2021/QĐ-TTg', '3', 'S', 'from 1 September to the end of 14 December'),
});

/** Whether a date (month and day) falls in the annual review window. */
export function isInReviewWindow(month: number, day: number): boolean {
  const at = month * 100 + day;
  const { from, to } = ANNUAL_REVIEW;
  return at >= from.month * 100 + from.day && at <= to.month * 100 + to.day;
}
