import { monthsOfAge } from '../dates/age';
import type { CalendarDate } from '../dates/calendar';
import { readBirthDate } from '../dates/calendar';
import { VnPovertyError } from '../errors';
import type { Household, Member } from '../household/types';

/**
 * A member with the facts every rule needs, computed once per assessment. A birth date without a
 * month counts from January, one without a day from the 1st (spec/household.md conventions).
 */
export interface MemberFacts {
  readonly member: Member;
  /** The member's position in `household.members`, for paths such as `members[2].work`. */
  readonly index: number;
  readonly birthYear: number;
  readonly birthMonth: number;
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

function invalid(index: number): VnPovertyError {
  return new VnPovertyError('invalid-household', {
    vi: `Ngày sinh của members[${index}] không hợp lệ: hãy kiểm tra hộ bằng parseHousehold trước.`,
    en: `members[${index}].birthDate is not valid: check the household with parseHousehold first.`,
  });
}

function bornAfter(index: number, onText: string): VnPovertyError {
  return new VnPovertyError('birth-after-reference', {
    vi: `members[${index}] sinh sau ngày tham chiếu ${onText}: không thể đánh giá hộ vào ngày này.`,
    en: `members[${index}] is born after the reference date ${onText}: the household cannot be assessed on it.`,
  });
}

function memberFacts(member: Member, index: number, on: CalendarDate, onText: string): MemberFacts {
  const text = member?.birthDate;
  const packed = typeof text === 'string' ? readBirthDate(text) : -1;
  if (packed < 0) throw invalid(index);
  const birthYear = Math.floor(packed / 10000);
  const birthMonth = Math.floor(packed / 100) % 100;
  const birthDay = packed % 100;
  const ageMonths = monthsOfAge(birthYear, birthMonth, birthDay, on);
  if (ageMonths < 0) throw bornAfter(index, onText);
  return { member, index, birthYear, birthMonth, ageMonths, ageYears: Math.floor(ageMonths / 12) };
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
  const members = household?.members;
  if (!Array.isArray(members) || members.length === 0) {
    throw new VnPovertyError('invalid-household', {
      vi: 'Hộ không có danh sách thành viên hợp lệ: hãy kiểm tra hộ bằng parseHousehold trước.',
      en: 'The household has no valid member list: check it with parseHousehold first.',
    });
  }
  const facts: MemberFacts[] = [];
  for (let index = 0; index < members.length; index++) {
    facts.push(memberFacts(members[index] as Member, index, on, onText));
  }
  return { household, on, members: facts };
}
