import type { WaterSourceRule } from '../standards/types';
import type { HouseholdContext } from './context';
import { plainFinding, type RuleFinding } from './finding';

/**
 * Domestic water (nguồn nước sinh hoạt): the main source is not one of the `safe` sources.
 *
 * Legal basis: Decree 07/2021/NĐ-CP Appendix and Decision 59/2015/QĐ-TTg Art. 1 (domestic water,
 * grade U).
 */
export function waterSource({ household }: HouseholdContext, rule: WaterSourceRule): RuleFinding {
  const values = { water: household.water };
  return rule.safe.includes(household.water)
    ? plainFinding('not-deprived', 'water-source-safe', values)
    : plainFinding('deprived', 'water-source-unsafe', values);
}
