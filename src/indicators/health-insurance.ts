import type { HealthInsuranceRule } from '../standards/types';
import type { HouseholdContext } from './context';
import type { RuleFinding } from './finding';
import { MemberScan, scanOutcomes } from './scan-members';

const OUTCOMES = scanOutcomes(
  'member-without-health-insurance',
  'members-insured',
  'health-insurance-missing',
  'no-member-in-age-range',
);
const MISSING = ['healthInsurance'] as const;

/**
 * Health insurance (bảo hiểm y tế): a member aged `minimumAge` (6) or over has no card.
 *
 * Legal basis: Decree 07/2021/NĐ-CP Appendix and Decision 59/2015/QĐ-TTg Art. 1 (health insurance,
 * grade U).
 */
export function healthInsurance(context: HouseholdContext, rule: HealthInsuranceRule): RuleFinding {
  const scan = new MemberScan();
  for (const facts of context.members) {
    if (facts.ageYears < rule.minimumAge) continue;
    const card = facts.member.healthInsurance;
    if (card === undefined) scan.undecided(facts, MISSING);
    else if (card) scan.notDeprived();
    else scan.deprived(facts, { healthInsurance: false });
  }
  return scan.finish(OUTCOMES, { minimumAge: rule.minimumAge, membersInScope: scan.inScope });
}
