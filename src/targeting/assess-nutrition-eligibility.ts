import type { Assessment } from '../assess/types';
import type { Household } from '../household/types';
import type { TargetingOptions } from './assess-priority-groups';
import { targetingContext } from './context';
import {
  eitherLocationFlag,
  isChild,
  isPregnantOrBreastfeeding,
  locationFlag,
  poorNearPoorOrNewlyEscaped,
  withinProgrammePeriod,
} from './household-conditions';
import { personEligibility, route } from './person-eligibility';
import { resolveRules } from './resolve-rules';
import type { PersonEligibility } from './types';

/**
 * Which members are beneficiaries of Project 3.2, nutrition (cải thiện dinh dưỡng), on the date of
 * the household's assessment: children under 16 of poor, near-poor or newly escaped households;
 * children under 16 in poor districts or extremely difficult coastal, border or island communes;
 * pregnant and breastfeeding women in poor districts.
 *
 * @remarks Legal basis: Decision 90/QĐ-TTg, sub-project 3.2 (grade N). A member is eligible by any
 * route; a route is undetermined when a fact it needs is missing (an area flag, a woman's
 * `maternity`, the escape date) and no other route already makes the member eligible. A male
 * member with no `maternity` recorded is not pregnant or breastfeeding.
 *
 * @param household - a household that `parseHousehold` accepted
 * @param assessment - the household's assessment, whose date is the date of the answer
 * @param options - `rules`: the targeting rules, by default the programme 2021–2025's
 * @returns each member's routes and answer, and the eligible and undetermined members
 * @throws {@link VnPovertyError} `assessment-mismatch` when the assessment is not the household's,
 * `invalid-options` for rules of the wrong shape, `invalid-status-history` when the assessment is
 * dated before the household's previous status ended
 *
 * @example
 * ```ts
 * import { assessHousehold, assessNutritionEligibility, parseHousehold } from 'vn-poverty';
 * const parsed = parseHousehold({
 *   id: 'HH-9', area: 'rural', income: { annualTotal: 90000000 },
 *   location: { poorDistrict: true },
 *   members: [
 *     { id: 'mother', sex: 'female', birthDate: '1995', ethnicity: 'Tày', maternity: 'breastfeeding' },
 *     { id: 'baby', sex: 'male', birthDate: '2024-01', ethnicity: 'Tày' },
 *     { id: 'father', sex: 'male', birthDate: '1993', ethnicity: 'Tày' },
 *   ],
 *   dwelling: { foundation: 'durable', walls: 'durable', roof: 'durable', floorAreaM2: 40 },
 *   water: 'piped', latrine: 'septic', devices: ['smartphone'],
 * });
 * if (!parsed.success) throw new Error('invalid');
 * const result = assessNutritionEligibility(parsed.data, assessHousehold(parsed.data, { on: '2024-06-01' }));
 * result.eligibleMembers; //=> ['mother', 'baby']
 * result.members[2]?.status; //=> 'not-eligible'
 * ```
 */
export function assessNutritionEligibility(
  household: Household,
  assessment: Assessment,
  options: TargetingOptions = {},
): PersonEligibility<'nutrition'> {
  const rules = resolveRules(options?.rules);
  const context = targetingContext(household, assessment, rules);
  const basis = rules.nutritionChildUnderAge.basis;
  const period = withinProgrammePeriod(context);
  const status = poorNearPoorOrNewlyEscaped(context, basis);
  const area = eitherLocationFlag(
    context,
    'in-poor-district-or-coastal-border-island-commune',
    ['poorDistrict', 'extremelyDifficultCoastalBorderIslandCommune'],
    basis,
  );
  const poorDistrict = locationFlag(context, 'in-poor-district', 'poorDistrict', basis);
  return personEligibility('nutrition', context, (facts) => {
    const child = isChild(context, facts);
    return [
      route('child-of-poor-near-poor-or-newly-escaped-household', [period, child, status], basis),
      route(
        'child-in-poor-district-or-coastal-border-island-commune',
        [period, child, area],
        basis,
      ),
      route(
        'pregnant-or-breastfeeding-woman-in-poor-district',
        [period, isPregnantOrBreastfeeding(context, facts, basis), poorDistrict],
        basis,
      ),
    ];
  });
}
