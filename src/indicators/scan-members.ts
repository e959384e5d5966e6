import type { MemberFacts } from './context';
import { append, NONE, plainFinding, type RuleFinding } from './finding';

/** The findings a scan returns, built once per rule at module level. */
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
 * otherwise unknown when a member's facts are missing; otherwise not deprived. Each rule loops
 * over the members itself and reports to a scan; one small class rather than callbacks, because
 * the engine inlines it, and this runs for every member of every household (see bench/).
 */
export class MemberScan {
  private inScope = 0;
  private deprived: string[] | undefined;
  private open: string[] | undefined;
  private missing: string[] | undefined;

  /** A member in scope whose facts decide: `deprives` or not. */
  decided(facts: MemberFacts, deprives: boolean): void {
    this.inScope++;
    if (deprives) this.deprived = append(this.deprived, facts.member.id);
  }

  /** A member in scope whose `fields` are missing. */
  undecided(facts: MemberFacts, fields: readonly string[]): void {
    this.inScope++;
    if (this.deprived !== undefined) return;
    this.open = append(this.open, facts.member.id);
    for (const field of fields)
      this.missing = append(this.missing, `members[${facts.index}].${field}`);
  }

  /** The finding. */
  finish(outcomes: ScanOutcomes): RuleFinding {
    if (this.deprived !== undefined) {
      return {
        status: 'deprived',
        reason: outcomes.deprived,
        members: this.deprived,
        missing: NONE,
      };
    }
    if (this.open !== undefined) {
      return {
        status: 'unknown',
        reason: outcomes.unknown,
        members: this.open,
        missing: this.missing ?? NONE,
      };
    }
    return this.inScope === 0 ? outcomes.noneInScope : outcomes.notDeprived;
  }
}
