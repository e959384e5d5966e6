import type { IndicatorRule } from '../standards/types';
import type { HouseholdContext } from './context';
import type { RuleFinding } from './finding';
import { scanMembers } from './scan-members';

type Rule = Extract<IndicatorRule, { kind: 'health-insurance' }>;

/** Health insurance (bảo hiểm y tế): a member aged `minimumAge` (6) or over has no card. */
export function healthInsurance(context: HouseholdContext, rule: Rule): RuleFinding {
  return scanMembers(
    context,
    (facts) => facts.ageYears >= rule.minimumAge,
    ({ member }) =>
      member.healthInsurance === undefined ? ['healthInsurance'] : !member.healthInsurance,
    {
      deprived: 'member-without-health-insurance',
      notDeprived: 'members-insured',
      unknown: 'health-insurance-missing',
      noneInScope: 'no-member-in-age-range',
    },
  );
}
