import type { SickWithoutCareRule } from '../standards/types';
import type { HouseholdContext } from './context';
import type { RuleFinding } from './finding';
import { MemberScan, scanOutcomes } from './scan-members';

const OUTCOMES = scanOutcomes(
  'member-sick-without-care',
  'no-member-sick-without-care',
  'sick-without-care-missing',
  'no-member-sick-without-care',
);
const MISSING = ['sickWithoutCare'] as const;

/**
 * Access to health care (tiếp cận dịch vụ y tế, 2016–2021): a member was sick and sought no care.
 *
 * Legal basis: Decision 59/2015/QĐ-TTg Art. 1 (access to health care, grade U).
 */
export function sickWithoutCare(
  context: HouseholdContext,
  _rule: SickWithoutCareRule,
): RuleFinding {
  const scan = new MemberScan();
  for (const facts of context.members) {
    const sick = facts.member.sickWithoutCare;
    if (sick === undefined) scan.undecided(facts, MISSING);
    else if (sick) scan.deprived(facts, { sickWithoutCare: true });
    else scan.notDeprived();
  }
  return scan.finish(OUTCOMES, { membersInScope: scan.inScope });
}
