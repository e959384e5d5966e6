import type { HouseholdContext } from './context';
import type { RuleFinding } from './finding';
import { scanMembers } from './scan-members';

/** Access to health care (tiếp cận dịch vụ y tế, 2016–2021): a member was sick and sought no care. */
export function sickWithoutCare(context: HouseholdContext): RuleFinding {
  return scanMembers(
    context,
    () => true,
    ({ member }) =>
      member.sickWithoutCare === undefined ? ['sickWithoutCare'] : member.sickWithoutCare,
    {
      deprived: 'member-sick-without-care',
      notDeprived: 'no-member-sick-without-care',
      unknown: 'sick-without-care-missing',
      noneInScope: 'no-member-sick-without-care',
    },
  );
}
