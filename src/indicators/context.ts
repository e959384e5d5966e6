import { monthsOfAge } from '../dates/age';
import type { CalendarDate } from '../dates/calendar';
import { readBirthDate } from '../dates/calendar';
import { VnPovertyError } from '../errors';
import type { Household, Member } from '../household/types';

/**
 * A member with the facts every rule needs, computed once per assessment. A birth date without a
 * month counts from January, one without a day from the 1st (the contract's conventions).
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

function bornAfter(household: Household, index: number, onText: string): VnPovertyError {
  const path = `members[${index}].birthDate`;
  const id = household.id === undefined ? '' : ` ${JSON.stringify(household.id)}`;
  const message = {
    vi: `Hộ${id}: thành viên ${path} sinh sau ngày tham chiếu ${onText}, nên không thể đánh giá hộ vào ngày này.`,
    en: `Household${id}: ${path} is after the reference date ${onText}, so the household cannot be assessed on it.`,
  };
  const issue = { path, code: 'birth-after-reference', message };
  return new VnPovertyError(
    'birth-after-reference',
    message,
    [household.id === undefined ? issue : { ...issue, householdId: household.id }],
    household.id,
  );
}

/**
 * Prepares a household that `parseHousehold` checked for the rules.
 *
 * @throws {@link VnPovertyError} `birth-after-reference` when a member is born after `on`,
 * naming the household and the member's path
 */
export function householdContext(
  household: Household,
  on: CalendarDate,
  onText: string,
): HouseholdContext {
  const members = household.members;
  const facts: MemberFacts[] = new Array(members.length);
  for (let index = 0; index < members.length; index++) {
    const member = members[index] as Member;
    const packed = readBirthDate(member.birthDate);
    const birthYear = Math.floor(packed / 10000);
    const birthMonth = Math.floor(packed / 100) % 100;
    const ageMonths = monthsOfAge(birthYear, birthMonth, packed % 100, on);
    if (ageMonths < 0) throw bornAfter(household, index, onText);
    facts[index] = {
      member,
      index,
      birthYear,
      birthMonth,
      ageMonths,
      ageYears: Math.floor(ageMonths / 12),
    };
  }
  return { household, on, members: facts };
}
