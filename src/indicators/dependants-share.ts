import type { IndicatorRule } from '../standards/types';
import type { HouseholdContext, MemberFacts } from './context';
import type { RuleFinding } from './finding';

type Rule = Extract<IndicatorRule, { kind: 'dependants-share' }>;

/**
 * Whether a member is a dependant (người phụ thuộc): a child under `childUnderAge`, or an elderly
 * person or a person with a disability who receives a monthly social allowance. Returns the
 * missing fields when that cannot be told.
 */
function isDependant({ member, ageYears }: MemberFacts, rule: Rule): boolean | readonly string[] {
  if (ageYears < rule.childUnderAge) return true;
  const elderly = ageYears >= rule.elderlyFromAge;
  const { monthlySocialAllowance: allowance, disability } = member;
  if (allowance === false) return false;
  if (allowance === true) {
    if (elderly) return true;
    return disability === undefined ? ['disability'] : disability !== 'none';
  }
  if (elderly || (disability !== undefined && disability !== 'none'))
    return ['monthlySocialAllowance'];
  return disability === 'none' ? false : ['disability', 'monthlySocialAllowance'];
}

/**
 * Dependants (người phụ thuộc): deprived when dependants are more than the share `shareAbove` of
 * the members (50%). Compared in integers: dependants × denominator > numerator × members.
 * With some members' status unknown, the indicator is decided only if every filling agrees.
 */
export function dependantsShare(context: HouseholdContext, rule: Rule): RuleFinding {
  const dependants: string[] = [];
  const open: string[] = [];
  const missing: string[] = [];
  for (const facts of context.members) {
    const outcome = isDependant(facts, rule);
    if (outcome === true) dependants.push(facts.member.id);
    else if (outcome !== false) {
      open.push(facts.member.id);
      for (const field of outcome) missing.push(`members[${facts.index}].${field}`);
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
      missing: [],
    };
  }
  if (!over(dependants.length + open.length)) {
    return {
      status: 'not-deprived',
      reason: 'dependants-within-share',
      members: dependants,
      missing: [],
    };
  }
  return { status: 'unknown', reason: 'dependant-status-missing', members: open, missing };
}
