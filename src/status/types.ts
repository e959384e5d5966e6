/**
 * A household's recognised status (tình trạng được công nhận) in a status history: a category, or
 * `neither` (middle or not poor, which one unknown), or `undetermined` (any).
 */
export type RecognisedStatus =
  | 'poor'
  | 'near-poor'
  | 'middle'
  | 'not-poor'
  | 'neither'
  | 'undetermined';

/**
 * One entry of a status history: from the day `on`, the household's recognised status is
 * `status`, until the next entry.
 *
 * @example
 * ```ts
 * import type { StatusChange } from 'vn-poverty';
 * const history: StatusChange[] = [
 *   { status: 'poor', on: '2022-01-01' },
 *   { status: 'middle', on: '2024-12-20' }, // escaped: the commune's decision of 20 Dec 2024
 * ];
 * history.length; //=> 2
 * ```
 */
export interface StatusChange {
  /** The status from `on`. */
  readonly status: RecognisedStatus;
  /**
   * The first day of the status, `YYYY-MM-DD`; when the day is not known exactly, the latest day
   * it may have been (with `earliest`).
   */
  readonly on: string;
  /**
   * When the day of the change is not known exactly: the earliest day it may have been. Between
   * `earliest` and `on` the status is either the earlier one or this one.
   */
  readonly earliest?: string;
}
