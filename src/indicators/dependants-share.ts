import type { DependantsShareRule } from '../standards/types';
import type { HouseholdContext, MemberFacts } from './context';
import { append, type MemberEvidence, type RuleFinding } from './finding';

const MISSING_DISABILITY = ['disability'] as const;
const MISSING_ALLOWANCE = ['monthlySocialAllowance'] as const;
const MISSING_BOTH = ['disability', 'monthlySocialAllowance'] as const;

/** Why a member is a dependant: the facts that make them one. */
type DependantKind = 'child' | 'elderly' | 'elderly-with-allowance' | 'disability-with-allowance';

/**
 * Whether a member is a dependant (người phụ thuộc): a child under `childUnderAge`, or an elderly
 * person or a person with a disability who receives a monthly social allowance. Returns why, or
 * `false`, or the missing fields when that cannot be told.
 */
function dependantKind(
  { member, ageYears }: MemberFacts,
  rule: DependantsShareRule,
): DependantKind | false | readonly string[] {
  if (ageYears < rule.childUnderAge) return 'child';
  const elderly = ageYears >= rule.elderlyFromAge;
  if (elderly && !rule.elderlyNeedAllowance) return 'elderly';
  const { monthlySocialAllowance: allowance, disability } = member;
  if (allowance === false) return false;
  if (allowance === true) {
    if (elderly) return 'elderly-with-allowance';
    if (disability === undefined) return MISSING_DISABILITY;
    return disability === 'none' ? false : 'disability-with-allowance';
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
  const dependantValues: MemberEvidence[] = [];
  let open: string[] | undefined;
  let openValues: MemberEvidence[] | undefined;
  let missing: string[] | undefined;
  for (const facts of context.members) {
    const kind = dependantKind(facts, rule);
    if (kind === false) continue;
    if (typeof kind === 'string') {
      dependants.push(facts.member.id);
      dependantValues.push({
        memberId: facts.member.id,
        memberIndex: facts.index,
        ageYears: facts.ageYears,
        values: { dependant: kind },
      });
    } else {
      open = append(open, facts.member.id);
      openValues = append(openValues, {
        memberId: facts.member.id,
        memberIndex: facts.index,
        ageYears: facts.ageYears,
        values: {},
      });
      for (const field of kind) missing = append(missing, `members[${facts.index}].${field}`);
    }
  }
  const { numerator, denominator } = rule.shareAbove;
  const memberCount = context.members.length;
  const over = (count: number): boolean => count * denominator > numerator * memberCount;
  const values = {
    dependants: dependants.length,
    undetermined: open?.length ?? 0,
    memberCount,
    shareAbove: `${numerator}/${denominator}`,
  };
  if (over(dependants.length)) {
    return {
      status: 'deprived',
      reason: 'dependants-over-share',
      members: dependants,
      missing: [],
      values,
      memberValues: dependantValues,
    };
  }
  if (open === undefined || !over(dependants.length + open.length)) {
    return {
      status: 'not-deprived',
      reason: 'dependants-within-share',
      members: dependants,
      missing: [],
      values,
      memberValues: dependantValues,
    };
  }
  return {
    status: 'unknown',
    reason: 'dependant-status-missing',
    members: open,
    missing: missing ?? [],
    values,
    memberValues: openValues ?? [],
  };
}
