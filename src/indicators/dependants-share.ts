import type { DependantsShareRule } from '../standards/types';
import type { HouseholdContext, MemberFacts } from './context';
import { append, NONE, type RuleFinding } from './finding';

const MISSING_DISABILITY = ['disability'] as const;
const MISSING_ALLOWANCE = ['monthlySocialAllowance'] as const;
const MISSING_BOTH = ['disability', 'monthlySocialAllowance'] as const;

/**
 * Whether a member is a dependant (người phụ thuộc): a child under `childUnderAge`, or an elderly
 * person or a person with a disability who receives a monthly social allowance. Returns the
 * missing fields when that cannot be told.
 */
function isDependant(
  { member, ageYears }: MemberFacts,
  rule: DependantsShareRule,
): boolean | readonly string[] {
  if (ageYears < rule.childUnderAge) return true;
  const elderly = ageYears >= rule.elderlyFromAge;
  if (elderly && !rule.elderlyNeedAllowance) return true;
  const { monthlySocialAllowance: allowance, disability } = member;
  if (allowance === false) return false;
  if (allowance === true) {
    if (elderly) return true;
    return disability === undefined ? MISSING_DISABILITY : disability !== 'none';
  }
  if (elderly || (disability !== undefined && disability !== 'none')) return MISSING_ALLOWANCE;
  return disability === 'none' ? false : MISSING_BOTH;
}

/**
 * Dependants (người phụ thuộc): deprived when dependants are more than the share `shareAbove` of
 * the members (50%). Compared in integers: dependants × denominator > numerator × members.
 * With some members' status unknown, the indicator is decided only if every filling agrees.
 *
 * Legal basis: Decree 07/2021/NĐ-CP Appendix (dependants, grade N/U); elderly from 60 under the
 * Law on the Elderly 2009.
 */
export function dependantsShare(context: HouseholdContext, rule: DependantsShareRule): RuleFinding {
  const dependants: string[] = [];
  let open: string[] | undefined;
  let missing: string[] | undefined;
  for (const facts of context.members) {
    const outcome = isDependant(facts, rule);
    if (outcome === true) dependants.push(facts.member.id);
    else if (outcome !== false) {
      open = append(open, facts.member.id);
      for (const field of outcome) missing = append(missing, `members[${facts.index}].${field}`);
    }
  }
  const { numerator, denominator } = rule.shareAbove;
  const limit = numerator * context.members.length;
  const over = (count: number): boolean => count * denominator > limit;
  if (over(dependants.length)) {
    return {
      status: 'deprived',
      reason: 'dependants-over-share',
      members: dependants,
      missing: NONE,
    };
  }
  if (open === undefined || !over(dependants.length + open.length)) {
    return {
      status: 'not-deprived',
      reason: 'dependants-within-share',
      members: dependants,
      missing: NONE,
    };
  }
  return {
    status: 'unknown',
    reason: 'dependant-status-missing',
    members: open,
    missing: missing ?? NONE,
  };
}
