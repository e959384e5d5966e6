import type { HouseholdContext, MemberFacts } from './context';
import { plainFinding, type RuleFinding } from './finding';

/**
 * A member test: `true` when the member deprives the household, `false` when not, or the names
 * of the member fields whose absence leaves it open.
 */
export type MemberTest = (facts: MemberFacts) => boolean | readonly string[];

/** The codes a scan reports for each outcome. */
export interface ScanReasons {
  readonly deprived: string;
  readonly notDeprived: string;
  readonly unknown: string;
  /** When no member is in scope (no child, no one of working age). */
  readonly noneInScope: string;
}

/**
 * The common shape of "at least one member in scope is deprived": deprived when a member is;
 * otherwise unknown when a member's facts are missing; otherwise not deprived.
 */
export function scanMembers(
  context: HouseholdContext,
  inScope: (facts: MemberFacts) => boolean,
  test: MemberTest,
  reasons: ScanReasons,
): RuleFinding {
  const deprived: string[] = [];
  const open: string[] = [];
  const missing: string[] = [];
  let inScopeCount = 0;
  for (const facts of context.members) {
    if (!inScope(facts)) continue;
    inScopeCount++;
    const outcome = test(facts);
    if (outcome === true) deprived.push(facts.member.id);
    else if (outcome !== false) {
      open.push(facts.member.id);
      for (const field of outcome) missing.push(`members[${facts.index}].${field}`);
    }
  }
  if (deprived.length > 0)
    return { status: 'deprived', reason: reasons.deprived, members: deprived, missing: [] };
  if (open.length > 0)
    return { status: 'unknown', reason: reasons.unknown, members: open, missing };
  return plainFinding(
    'not-deprived',
    inScopeCount === 0 ? reasons.noneInScope : reasons.notDeprived,
  );
}
