import type { IndicatorRule } from '../standards/types';
import type { HouseholdContext } from './context';
import type { RuleFinding } from './finding';

type Rule = Extract<IndicatorRule, { kind: 'member-uses' }>;

/**
 * Telecommunication use (sử dụng dịch vụ viễn thông): no member uses any of the `services`
 * (internet; before 2022 also a telephone subscription). One user is enough to decide "not
 * deprived"; "deprived" needs every member's answer.
 */
export function memberUses(context: HouseholdContext, rule: Rule): RuleFinding {
  const users: string[] = [];
  const open: string[] = [];
  const missing: string[] = [];
  for (const { member, index } of context.members) {
    if (rule.services.some((service) => member[service] === true)) {
      users.push(member.id);
      continue;
    }
    const unanswered = rule.services.filter((service) => member[service] === undefined);
    if (unanswered.length > 0) {
      open.push(member.id);
      for (const service of unanswered) missing.push(`members[${index}].${service}`);
    }
  }
  if (users.length > 0)
    return { status: 'not-deprived', reason: 'member-uses-service', members: users, missing: [] };
  return open.length > 0
    ? { status: 'unknown', reason: 'service-use-missing', members: open, missing }
    : { status: 'deprived', reason: 'no-member-uses-service', members: [], missing: [] };
}
