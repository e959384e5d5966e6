import type { WasteTreatmentRule } from '../standards/types';
import type { HouseholdContext } from './context';
import { plainFinding, type RuleFinding } from './finding';

/**
 * Household waste treatment (xử lý rác thải): the household's way of treating waste is not one
 * of the `adequate` ways. No national cut-off is known; a derived standard supplies one.
 *
 * Legal basis: Decree 351/2025/NĐ-CP lists the indicator (grade N); its cut-off is not published.
 */
export function wasteTreatment(
  { household }: HouseholdContext,
  rule: WasteTreatmentRule,
): RuleFinding {
  const treatment = household.wasteTreatment;
  if (treatment === undefined)
    return plainFinding('unknown', 'waste-treatment-missing', {}, 'wasteTreatment');
  const values = { wasteTreatment: treatment };
  return rule.adequate.includes(treatment)
    ? plainFinding('not-deprived', 'waste-treated', values)
    : plainFinding('deprived', 'waste-not-treated', values);
}
