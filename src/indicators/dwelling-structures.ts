import type { IndicatorRule } from '../standards/types';
import type { HouseholdContext } from './context';
import { plainFinding, type RuleFinding } from './finding';

type Rule = Extract<IndicatorRule, { kind: 'dwelling-structures' }>;

/**
 * Housing quality (chất lượng nhà ở): no dwelling, or at least `minimumNonDurable` (2) of the
 * three main structures (foundation or columns, frame or walls, roof) of non-durable materials.
 */
export function dwellingStructures({ household }: HouseholdContext, rule: Rule): RuleFinding {
  const dwelling = household.dwelling;
  if ('none' in dwelling) return plainFinding('deprived', 'no-dwelling');
  const nonDurable = [dwelling.foundation, dwelling.walls, dwelling.roof].filter(
    (s) => s === 'non-durable',
  ).length;
  return nonDurable >= rule.minimumNonDurable
    ? plainFinding('deprived', 'dwelling-non-durable')
    : plainFinding('not-deprived', 'dwelling-durable');
}
