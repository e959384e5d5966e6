import type { IndicatorRule } from '../standards/types';
import type { HouseholdContext } from './context';
import { plainFinding, type RuleFinding } from './finding';

type Rule = Extract<IndicatorRule, { kind: 'waste-treatment' }>;

/**
 * Household waste treatment (xử lý rác thải): the household's way of treating waste is not one
 * of the `adequate` ways. No national cut-off is known; a derived standard supplies one.
 */
export function wasteTreatment({ household }: HouseholdContext, rule: Rule): RuleFinding {
  if (household.wasteTreatment === undefined) {
    return {
      status: 'unknown',
      reason: 'waste-treatment-missing',
      members: [],
      missing: ['wasteTreatment'],
    };
  }
  return rule.adequate.includes(household.wasteTreatment)
    ? plainFinding('not-deprived', 'waste-treated')
    : plainFinding('deprived', 'waste-not-treated');
}
