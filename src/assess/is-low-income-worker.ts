import type { NationalIndicatorId } from '../household/indicator-ids';
import type { Household } from '../household/types';
import { assessLowIncomeWorker } from './assess-low-income-worker';
import type { AssessOptions } from './resolve-options';

/**
 * Whether a member is, for certain, a low-income worker (người lao động có thu nhập thấp): `true`
 * only when every condition is established. `false` also covers "cannot be told from the facts";
 * use {@link assessLowIncomeWorker} to tell "no" from "unknown" and to show why.
 *
 * @remarks Legal basis: Decree 07/2021/NĐ-CP Art. 3.2(d) as amended by Decree 30/2025/NĐ-CP Art.
 * 1.3, from 24 Feb 2025 (grade S).
 *
 * @param household - a household from `parseHousehold`
 * @param memberId - the id of one of its members
 * @param options - as for {@link assessHousehold}: the reference date and the standard
 * @returns `true` when the member is a low-income worker
 * @throws {@link VnPovertyError} as {@link assessLowIncomeWorker}
 *
 * @example
 * ```ts
 * import { isLowIncomeWorker, parseHousehold } from 'vn-poverty';
 * const parsed = parseHousehold({
 *   area: 'urban',
 *   income: { annualTotal: 72000000 }, // exactly 3,000,000 a month for each of 2 members
 *   members: [
 *     { id: 'a', sex: 'female', birthDate: '1988', ethnicity: 'Kinh', work: 'wage-with-contract' },
 *     { id: 'b', sex: 'male', birthDate: '1987', ethnicity: 'Kinh', work: 'not-in-labour-force' },
 *   ],
 *   dwelling: { foundation: 'durable', walls: 'durable', roof: 'durable', floorAreaM2: 30 },
 *   water: 'piped', latrine: 'septic', devices: [],
 * });
 * if (!parsed.success) throw new Error('invalid');
 * isLowIncomeWorker(parsed.data, 'a', { on: '2025-06-01' }); //=> true
 * isLowIncomeWorker(parsed.data, 'b', { on: '2025-06-01' }); //=> false
 * ```
 */
export function isLowIncomeWorker<Id extends string = NationalIndicatorId>(
  household: Household,
  memberId: string,
  options: AssessOptions<Id>,
): boolean {
  return assessLowIncomeWorker(household, memberId, options).status === 'yes';
}
