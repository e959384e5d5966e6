import type { DwellingStructuresRule } from '../standards/types';
import type { HouseholdContext } from './context';
import { plainFinding, type RuleFinding } from './finding';

/**
 * Housing quality (chất lượng nhà ở): no dwelling, or at least `minimumNonDurable` (2) of the
 * three main structures (foundation or columns, frame or walls, roof) of non-durable materials.
 *
 * Legal basis: Decree 07/2021/NĐ-CP Appendix and Decision 59/2015/QĐ-TTg Art. 1 (housing quality,
 * grade U).
 */
export function dwellingStructures(
  { household }: HouseholdContext,
  rule: DwellingStructuresRule,
): RuleFinding {
  const dwelling = household.dwelling;
  if (dwelling.none === true) return plainFinding('deprived', 'no-dwelling', { dwelling: 'none' });
  const nonDurable: string[] = [];
  if (dwelling.foundation === 'non-durable') nonDurable.push('foundation');
  if (dwelling.walls === 'non-durable') nonDurable.push('walls');
  if (dwelling.roof === 'non-durable') nonDurable.push('roof');
  const values = { nonDurable, minimumNonDurable: rule.minimumNonDurable };
  return nonDurable.length >= rule.minimumNonDurable
    ? plainFinding('deprived', 'dwelling-non-durable', values)
    : plainFinding('not-deprived', 'dwelling-durable', values);
}
