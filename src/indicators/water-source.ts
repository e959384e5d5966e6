import type { IndicatorRule } from '../standards/types';
import type { HouseholdContext } from './context';
import { plainFinding, type RuleFinding } from './finding';

type Rule = Extract<IndicatorRule, { kind: 'water-source' }>;

/** Domestic water (nguồn nước sinh hoạt): the main source is not one of the `safe` sources. */
export function waterSource({ household }: HouseholdContext, rule: Rule): RuleFinding {
  return rule.safe.includes(household.water)
    ? plainFinding('not-deprived', 'water-source-safe')
    : plainFinding('deprived', 'water-source-unsafe');
}
