import type { DwellingStructuresRule } from '../standards/types';
import type { HouseholdContext } from './context';
import { plainFinding, type RuleFinding } from './finding';

const NO_DWELLING = plainFinding('deprived', 'no-dwelling');
const NON_DURABLE = plainFinding('deprived', 'dwelling-non-durable');
const DURABLE = plainFinding('not-deprived', 'dwelling-durable');

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
  if ('none' in dwelling) return NO_DWELLING;
  const nonDurable =
    (dwelling.foundation === 'non-durable' ? 1 : 0) +
    (dwelling.walls === 'non-durable' ? 1 : 0) +
    (dwelling.roof === 'non-durable' ? 1 : 0);
  return nonDurable >= rule.minimumNonDurable ? NON_DURABLE : DURABLE;
}
