import { completedMonths } from '../dates/age';
import {
  type CalendarDate,
  type DateParts,
  isAfter,
  isBirthDate,
  splitDate,
} from '../dates/calendar';
import { VnPovertyError } from '../errors';
import type { Household, Member } from '../household/types';

/** A member with the facts every rule needs, computed once per assessment. */
export interface MemberFacts {
  readonly member: Member;
  /** The member's position in `household.members`, for paths such as `members[2].work`. */
  readonly index: number;
  readonly birth: DateParts;
  /** Age in completed months at the reference date. */
  readonly ageMonths: number;
  /** Age in completed years at the reference date. */
  readonly ageYears: number;
}

/** What the indicator rules read: the household, the reference date and each member's age. */
export interface HouseholdContext {
  readonly household: Household;
  readonly on: CalendarDate;
  readonly members: readonly MemberFacts[];
}

function memberFacts(member: Member, index: number, on: CalendarDate, onText: string): MemberFacts {
  if (typeof member?.birthDate !== 'string' || !isBirthDate(member.birthDate)) {
    throw new VnPovertyError('invalid-household', {
      vi: `Ngày sinh của members[${index}] không hợp lệ: hãy kiểm tra hộ bằng parseHousehold trước.`,
      en: `members[${index}].birthDate is not valid: check the household with parseHousehold first.`,
    });
  }
  const birth = splitDate(member.birthDate);
  if (isAfter(birth, on)) {
    throw new VnPovertyError('birth-after-reference', {
      vi: `members[${index}] sinh sau ngày tham chiếu ${onText}: không thể đánh giá hộ vào ngày này.`,
      en: `members[${index}] is born after the reference date ${onText}: the household cannot be assessed on it.`,
    });
  }
  const ageMonths = completedMonths(birth, on);
  return { member, index, birth, ageMonths, ageYears: Math.floor(ageMonths / 12) };
}

/**
 * Prepares a household for the rules.
 *
 * @throws {@link VnPovertyError} `invalid-household` for a malformed household, or
 * `birth-after-reference` when a member is born after `on`
 */
export function householdContext(
  household: Household,
  on: CalendarDate,
  onText: string,
): HouseholdContext {
  if (!Array.isArray(household?.members) || household.members.length === 0) {
    throw new VnPovertyError('invalid-household', {
      vi: 'Hộ không có danh sách thành viên hợp lệ: hãy kiểm tra hộ bằng parseHousehold trước.',
      en: 'The household has no valid member list: check it with parseHousehold first.',
    });
  }
  return {
    household,
    on,
    members: household.members.map((member, index) => memberFacts(member, index, on, onText)),
  };
}
