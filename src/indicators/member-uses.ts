import type { Member } from '../household/types';
import type { MemberUsesRule } from '../standards/types';
import type { HouseholdContext } from './context';
import { append, NONE, plainFinding, type RuleFinding } from './finding';

const NO_USER = plainFinding('deprived', 'no-member-uses-service');

/** A member's answer on one service; named reads, which the engine makes faster than `member[key]`. */
const answer = (
  member: Member,
  service: MemberUsesRule['services'][number],
): boolean | undefined => (service === 'usesInternet' ? member.usesInternet : member.usesPhone);

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
  let open: string[] | undefined;
  let missing: string[] | undefined;
  for (const { member, index } of context.members) {
    let uses = false;
    let unanswered = false;
    for (const service of rule.services) {
      if (answer(member, service) === true) uses = true;
      else if (answer(member, service) === undefined) unanswered = true;
    }
    if (uses) users = append(users, member.id);
    else if (unanswered && users === undefined) {
      open = append(open, member.id);
      for (const service of rule.services)
        if (answer(member, service) === undefined)
          missing = append(missing, `members[${index}].${service}`);
    }
  }
  if (users !== undefined)
    return { status: 'not-deprived', reason: 'member-uses-service', members: users, missing: NONE };
  if (open !== undefined)
    return {
      status: 'unknown',
      reason: 'service-use-missing',
      members: open,
      missing: missing ?? NONE,
    };
  return NO_USER;
}
