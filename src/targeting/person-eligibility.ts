import type { MemberFacts } from '../indicators/context';
import type { LegalCitation } from '../law/citation';
import { allOf, anyOf, conditionOf, eligibilityOf, missingOf } from './conditions';
import type { TargetingContext } from './context';
import type {
  Condition,
  EligibilityRoute,
  MemberEligibility,
  PersonEligibility,
  RouteFinding,
} from './types';

/** One route: all its conditions must be met. */
export function route(
  id: EligibilityRoute,
  conditions: readonly Condition[],
  basis: LegalCitation,
): RouteFinding {
  const status = allOf(conditions.map((c) => c.status));
  return {
    route: id,
    status: eligibilityOf(status),
    conditions,
    missing: missingOf(status, conditions),
    basis,
  };
}

/** Each member's eligibility by any of their routes, and the household's lists. */
export function personEligibility<P extends 'nutrition' | 'employment'>(
  project: P,
  context: TargetingContext,
  routesOf: (facts: MemberFacts) => readonly RouteFinding[],
): PersonEligibility<P> {
  const members: MemberEligibility[] = context.members.map((facts) => {
    const routes = routesOf(facts);
    const status = anyOf(routes.map((r) => conditionOf(r.status)));
    return { memberId: facts.member.id, status: eligibilityOf(status), routes };
  });
  const id = context.household.id;
  return {
    project,
    ...(id === undefined ? {} : { householdId: id }),
    on: context.on,
    members,
    eligibleMembers: members.filter((m) => m.status === 'eligible').map((m) => m.memberId),
    undeterminedMembers: members.filter((m) => m.status === 'undetermined').map((m) => m.memberId),
  };
}
