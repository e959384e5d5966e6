import type { Household, Member } from '../household/types';
import type { Standard } from '../standards/types';
import { assessLowIncomeWorker } from './assess-low-income-worker';
import type { Assessment } from './types';

/**
 * Whether a member is, for certain, a low-income worker under Decree 30/2025/NĐ-CP: `true` only
 * when every condition is established. `false` also covers "cannot be told from the facts"; use
 * {@link assessLowIncomeWorker} to tell "no" from "unknown" and to show why.
 *
 * @remarks Legal basis: Decree 30/2025/NĐ-CP, from 24 Feb 2025 (grade L/S).
 *
 * @param member - one of the household's members
 * @param household - the household
 * @param assessment - the household's assessment
 * @param standard - the standard of the assessment; by default the national one of that id
 * @returns `true` when the member is a low-income worker
 * @throws {@link VnPovertyError} `member-not-in-household` when the member is not in the household
 *
 * @example
 * ```ts
 * import { assessHousehold, isLowIncomeWorker, parseHousehold } from 'vn-poverty';
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
 * const [a, b] = parsed.data.members;
 * if (a === undefined || b === undefined) throw new Error('members');
 * const assessment = assessHousehold(parsed.data, { on: '2025-06-01' });
 * isLowIncomeWorker(a, parsed.data, assessment); //=> true
 * isLowIncomeWorker(b, parsed.data, assessment); //=> false
 * ```
 */
export function isLowIncomeWorker(
  member: Member,
  household: Household,
  assessment: Assessment,
  standard?: Standard,
): boolean {
  return assessLowIncomeWorker(member, household, assessment, standard).status === 'yes';
}
