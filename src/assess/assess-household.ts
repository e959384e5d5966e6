import type { Household } from '../household/types';
import { type AssessOptions, createAssessor } from './create-assessor';
import type { Assessment } from './types';

/**
 * Assesses one household (đánh giá hộ gia đình): income against the lines, each deprivation
 * indicator, and the category (poor, near-poor, middle, not poor, or undetermined), with the
 * reasons as data and, when undetermined, the facts that would decide it.
 *
 * @remarks Legal basis: the standard's own (Decree 07/2021/NĐ-CP Art. 3 for 2022–2026; Decision
 * 59/2015/QĐ-TTg for 2016–2021; Decree 351/2025/NĐ-CP for 2027–2030), each indicator with its
 * citation and evidence grade. Income is compared exactly, as
 * `annualTotal ≤ line × 12 × members` in integer đồng. A missing fact makes its indicator
 * unknown, never "not deprived"; the category is still decided when every filling of the
 * unknowns gives the same one. For the annual review held in year Y, pass
 * `standard: standardForReview(Y)`. To assess many households, use {@link createAssessor}.
 *
 * @param household - a household that `parseHousehold` accepted
 * @param options - the reference date and, optionally, the standard
 * @returns the assessment, plain JSON-serialisable data
 * @throws {@link VnPovertyError} `invalid-date` or `date-out-of-range` for the date,
 * `birth-after-reference` when a member is born after it, `invalid-household` for a household
 * that did not come through `parseHousehold`
 *
 * @example
 * ```ts
 * import { assessHousehold, parseHousehold } from 'vn-poverty';
 * const parsed = parseHousehold({
 *   id: 'HH-7',
 *   area: 'rural',
 *   income: { annualTotal: 36000000 }, // 1,500,000 a month for each of 2 members: at the line
 *   members: [
 *     { id: 'a', sex: 'female', birthDate: '1985-04-02', ethnicity: 'Tày', healthInsurance: false, usesInternet: false },
 *     { id: 'b', sex: 'male', birthDate: '2015', ethnicity: 'Tày', healthInsurance: true, usesInternet: false,
 *       nutrition: 'normal', schooling: { attending: true, level: 'primary' } },
 *   ],
 *   dwelling: { foundation: 'durable', walls: 'durable', roof: 'durable', floorAreaM2: 30 },
 *   water: 'surface-water',
 *   latrine: 'septic',
 *   devices: ['radio'],
 * });
 * if (!parsed.success) throw new Error('invalid');
 * const result = assessHousehold(parsed.data, { on: '2024-06-01' });
 * result.category; //=> 'poor'
 * result.indicators.filter((i) => i.status === 'deprived').map((i) => i.id); //=> ['healthInsurance', 'water', 'telecom']
 * result.indicators.filter((i) => i.status === 'unknown').map((i) => i.id); //=> ['employment', 'dependants']
 * const codes = result.reasons.map((reason) => reason.code);
 * codes; //=> ['income-at-or-below-poverty-line', 'deprivations-meet-threshold', 'unknowns-do-not-change-category']
 * ```
 */
export function assessHousehold(household: Household, options: AssessOptions): Assessment {
  return createAssessor(options)(household);
}
