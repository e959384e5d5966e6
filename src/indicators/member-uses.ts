import type { Member } from '../household/types';
import type { MemberUsesRule } from '../standards/types';
import type { HouseholdContext } from './context';
import { append, type MemberEvidence, type RuleFinding } from './finding';

type Service = MemberUsesRule['services'][number];

/** A member's answer on one service; named reads, which the engine makes faster than `member[key]`. */
const answer = (member: Member, service: Service): boolean | undefined =>
  service === 'usesInternet' ? member.usesInternet : member.usesPhone;

/**
 * Telecommunication use (sử dụng dịch vụ viễn thông): no member uses any of the `services`
 * (internet; before 2022 also a telephone subscription). One user is enough to decide "not
 * deprived"; "deprived" needs every member's answer.
 *
 * Legal basis: Decree 07/2021/NĐ-CP Appendix (internet) and Decision 59/2015/QĐ-TTg Art. 1
 * (telephone or internet), grade U.
 */
export function memberUses(context: HouseholdContext, rule: MemberUsesRule): RuleFinding {
  let users: string[] | undefined;
  let usersValues: MemberEvidence[] | undefined;
  let open: string[] | undefined;
  let openValues: MemberEvidence[] | undefined;
  let missing: string[] | undefined;
  for (const { member, index, ageYears } of context.members) {
    let used: Service | undefined;
    let unanswered = false;
    for (const service of rule.services) {
      const given = answer(member, service);
      if (given === true) used ??= service;
      else if (given === undefined) unanswered = true;
    }
    if (used !== undefined) {
      users = append(users, member.id);
      // One user decides "not deprived": the one with the smallest id is the evidence, so that
      // the register's order, which means nothing in law, does not change the result.
      if (usersValues === undefined || member.id < (usersValues[0] as MemberEvidence).memberId)
        usersValues = [
          {
            memberId: member.id,
            memberIndex: index,
            ageYears,
            values: used === 'usesInternet' ? { usesInternet: true } : { usesPhone: true },
          },
        ];
    } else if (unanswered && users === undefined) {
      open = append(open, member.id);
      openValues = append(openValues, {
        memberId: member.id,
        memberIndex: index,
        ageYears,
        values: {},
      });
      for (const service of rule.services)
        if (answer(member, service) === undefined)
          missing = append(missing, `members[${index}].${service}`);
    }
  }
  const values = { services: rule.services.slice(), memberCount: context.members.length };
  if (users !== undefined)
    return {
      status: 'not-deprived',
      reason: 'member-uses-service',
      members: users,
      missing: [],
      values,
      memberValues: usersValues ?? [],
    };
  if (open !== undefined)
    return {
      status: 'unknown',
      reason: 'service-use-missing',
      members: open,
      missing: missing ?? [],
      values,
      memberValues: openValues ?? [],
    };
  return {
    status: 'deprived',
    reason: 'no-member-uses-service',
    members: [],
    missing: [],
    values,
    memberValues: [],
  };
}
