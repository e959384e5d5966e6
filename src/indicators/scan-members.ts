import type { HouseholdContext, MemberFacts } from './context';
import { NONE, plainFinding, type RuleFinding } from './finding';

/**
 * A member test: `true` when the member deprives the household, `false` when not, or the names
 * of the member fields whose absence leaves it open. Rules pass module-level functions, so that
 * no closure is made per household.
 */
export type MemberTest<R> = (
  facts: MemberFacts,
  rule: R,
  context: HouseholdContext,
) => boolean | readonly string[];

/** Whether a member is counted by a rule. */
export type MemberScope<R> = (facts: MemberFacts, rule: R) => boolean;

/** The findings a scan returns when no member deprives and nothing is missing. */
export interface ScanOutcomes {
  readonly deprived: string;
  readonly unknown: string;
  readonly notDeprived: RuleFinding;
  /** When no member is in scope (no child, no one of working age). */
  readonly noneInScope: RuleFinding;
}

/** Builds a rule's scan outcomes once, at module level. */
export function scanOutcomes(
  deprived: string,
  notDeprived: string,
  unknown: string,
  noneInScope: string,
): ScanOutcomes {
  return {
    deprived,
    unknown,
    notDeprived: plainFinding('not-deprived', notDeprived),
    noneInScope: plainFinding('not-deprived', noneInScope),
  };
}

/**
 * The common shape of "at least one member in scope is deprived": deprived when a member is;
 * otherwise unknown when a member's facts are missing; otherwise not deprived.
 */
export function scanMembers<R>(
  context: HouseholdContext,
  rule: R,
  inScope: MemberScope<R>,
  test: MemberTest<R>,
  outcomes: ScanOutcomes,
): RuleFinding {
  let deprived: string[] | undefined;
  let open: string[] | undefined;
  let missing: string[] | undefined;
  let inScopeCount = 0;
  for (const facts of context.members) {
    if (!inScope(facts, rule)) continue;
    inScopeCount++;
    const outcome = test(facts, rule, context);
    if (outcome === true) (deprived ??= []).push(facts.member.id);
    else if (outcome !== false && deprived === undefined) {
      (open ??= []).push(facts.member.id);
      missing ??= [];
      for (const field of outcome) missing.push(`members[${facts.index}].${field}`);
    }
  }
  if (deprived !== undefined)
    return { status: 'deprived', reason: outcomes.deprived, members: deprived, missing: NONE };
  if (open !== undefined)
    return { status: 'unknown', reason: outcomes.unknown, members: open, missing: missing ?? NONE };
  return inScopeCount === 0 ? outcomes.noneInScope : outcomes.notDeprived;
}
