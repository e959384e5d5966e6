import type { SickWithoutCareRule } from '../standards/types';
import type { HouseholdContext, MemberFacts } from './context';
import type { RuleFinding } from './finding';
import { scanMembers, scanOutcomes } from './scan-members';

const OUTCOMES = scanOutcomes(
  'member-sick-without-care',
  'no-member-sick-without-care',
  'sick-without-care-missing',
  'no-member-sick-without-care',
);
const MISSING = ['sickWithoutCare'] as const;

const everyone = (): boolean => true;

const deprives = ({ member }: MemberFacts): boolean | readonly string[] =>
  member.sickWithoutCare === undefined ? MISSING : member.sickWithoutCare;

/** Access to health care (tiếp cận dịch vụ y tế, 2016–2021): a member was sick and sought no care. */
export function sickWithoutCare(context: HouseholdContext, rule: SickWithoutCareRule): RuleFinding {
  return scanMembers(context, rule, everyone, deprives, OUTCOMES);
}
