import type { IndicatorRule } from '../standards/types';
import type { HouseholdContext } from './context';
import { plainFinding, type RuleFinding } from './finding';

type Rule = Extract<IndicatorRule, { kind: 'latrine' }>;

/** Hygienic latrine (nhà tiêu hợp vệ sinh): the latrine is not one of the `hygienic` kinds. */
export function latrine({ household }: HouseholdContext, rule: Rule): RuleFinding {
  return rule.hygienic.includes(household.latrine)
    ? plainFinding('not-deprived', 'latrine-hygienic')
    : plainFinding('deprived', 'latrine-unhygienic');
}
