import type { NationalIndicatorId } from '../household/indicator-ids';
import type { Household } from '../household/types';
import { createAssessor } from './create-assessor';
import type { AssessOptions } from './resolve-options';
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
 * unknowns gives the same one; `poverty` answers "poor, near-poor or neither?" whenever the facts
 * decide it. For the annual review held in year Y (1 September to 14 December), pass
 * `reviewYear: Y`: the review uses the standard of Y+1 (Decision 24/2021/QĐ-TTg Art. 3). A date in
 * a review window without `reviewYear` picks the standard by date, and the result's notes say so.
 * To assess many households, use {@link createAssessor}.
 *
 * @param household - a household that `parseHousehold` made (anything else is checked in full)
 * @param options - the reference date and at most one of `reviewYear`, `policyYear`, `standard`
 * @returns the assessment: plain JSON-serialisable data, the caller's own
 * @throws {@link VnPovertyError} `invalid-options`, `invalid-date`, `date-out-of-range` or
 * `invalid-standard` for the options; `birth-after-reference` when a member is born after the
 * date; `invalid-household` for a household that did not come through `parseHousehold` and is
 * not valid. Errors about a household name its id and the path.
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
 *
 * @see {@link !"Getting started" | Getting started}
 * @see {@link !"Conventions" | Conventions}
 * @see {@link !"Codes" | Codes}
 */
export function assessHousehold<Id extends string = NationalIndicatorId>(
  household: Household,
  options: AssessOptions<Id>,
): Assessment<Id> {
  return createAssessor(options)(household);
}
