import type { LatrineRule } from '../standards/types';
import type { HouseholdContext } from './context';
import { plainFinding, type RuleFinding } from './finding';

/**
 * Hygienic latrine (nhà tiêu hợp vệ sinh): the latrine is not one of the `hygienic` kinds.
 *
 * Legal basis: Decree 07/2021/NĐ-CP Appendix and Decision 59/2015/QĐ-TTg Art. 1 (latrine, grade
 * U).
 */
export function latrine({ household }: HouseholdContext, rule: LatrineRule): RuleFinding {
  const values = { latrine: household.latrine };
  return rule.hygienic.includes(household.latrine)
    ? plainFinding('not-deprived', 'latrine-hygienic', values)
    : plainFinding('deprived', 'latrine-unhygienic', values);
}
