import type { IndicatorRule } from '../standards/types';
import type { HouseholdContext } from './context';
import type { RuleFinding } from './finding';
import { scanMembers } from './scan-members';

type Rule = Extract<IndicatorRule, { kind: 'child-nutrition' }>;

/** Nutrition (dinh dưỡng): a child under `underAge` is stunted or underweight. */
export function childNutrition(context: HouseholdContext, rule: Rule): RuleFinding {
  return scanMembers(
    context,
    (facts) => facts.ageYears < rule.underAge,
    ({ member }) =>
      member.nutrition === undefined ? ['nutrition'] : rule.depriving.includes(member.nutrition),
    {
      deprived: 'child-malnourished',
      notDeprived: 'children-nourished',
      unknown: 'nutrition-missing',
      noneInScope: 'no-child-in-age-range',
    },
  );
}
