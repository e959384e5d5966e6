import type { HealthInsuranceRule } from '../standards/types';
import type { HouseholdContext, MemberFacts } from './context';
import type { RuleFinding } from './finding';
import { scanMembers, scanOutcomes } from './scan-members';

const OUTCOMES = scanOutcomes(
  'member-without-health-insurance',
  'members-insured',
  'health-insurance-missing',
  'no-member-in-age-range',
);
const MISSING = ['healthInsurance'] as const;

const inScope = (facts: MemberFacts, rule: HealthInsuranceRule): boolean =>
  facts.ageYears >= rule.minimumAge;

const deprives = ({ member }: MemberFacts): boolean | readonly string[] =>
  member.healthInsurance === undefined ? MISSING : !member.healthInsurance;

/** Health insurance (bảo hiểm y tế): a member aged `minimumAge` (6) or over has no card. */
export function healthInsurance(context: HouseholdContext, rule: HealthInsuranceRule): RuleFinding {
  return scanMembers(context, rule, inScope, deprives, OUTCOMES);
}
