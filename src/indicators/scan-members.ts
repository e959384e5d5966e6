import type { MemberFacts } from './context';
import {
  append,
  type EvidenceValues,
  type MemberEvidence,
  plainFinding,
  type RuleFinding,
} from './finding';
import type { IndicatorReasonCode } from './reason-codes';

/** The reason codes a member scan can end with, named once per rule at module level. */
export interface ScanOutcomes {
  readonly deprived: IndicatorReasonCode;
  readonly notDeprived: IndicatorReasonCode;
  readonly unknown: IndicatorReasonCode;
  /** When no member is in scope (no child, no one of working age). */
  readonly noneInScope: IndicatorReasonCode;
}

/** Names a rule's scan outcomes once, at module level. */
export function scanOutcomes(
  deprived: IndicatorReasonCode,
  notDeprived: IndicatorReasonCode,
  unknown: IndicatorReasonCode,
  noneInScope: IndicatorReasonCode,
): ScanOutcomes {
  return { deprived, notDeprived, unknown, noneInScope };
}

/**
 * The common shape of "at least one member in scope is deprived": deprived when a member is;
 * otherwise unknown when a member's facts are missing; otherwise not deprived. Each rule loops
 * over the members itself and reports to a scan; one small class rather than callbacks, because
 * the engine inlines it, and this runs for every member of every household (see bench/). The
 * finding names the deciding members with their ages and the facts read, and counts the members
 * in scope.
 */
export class MemberScan {
  /** How many members were in scope (of the age, the group the rule looks at). */
  inScope = 0;
  private deprivedIds: string[] | undefined;
  private deprivedValues: MemberEvidence[] | undefined;
  private openIds: string[] | undefined;
  private openValues: MemberEvidence[] | undefined;
  private missing: string[] | undefined;

  /** A member in scope whose facts do not deprive. */
  notDeprived(): void {
    this.inScope++;
  }

  /** A member in scope whose facts (`values`) deprive. */
  deprived(facts: MemberFacts, values: EvidenceValues): void {
    this.inScope++;
    this.deprivedIds = append(this.deprivedIds, facts.member.id);
    this.deprivedValues = append(this.deprivedValues, evidence(facts, values));
  }

  /** A member in scope whose `fields` are missing; `values` are the facts that are known. */
  undecided(facts: MemberFacts, fields: readonly string[], values: EvidenceValues = {}): void {
    this.inScope++;
    if (this.deprivedIds !== undefined) return;
    this.openIds = append(this.openIds, facts.member.id);
    this.openValues = append(this.openValues, evidence(facts, values));
    for (const field of fields)
      this.missing = append(this.missing, `members[${facts.index}].${field}`);
  }

  /** The finding, with `values` (the rule's cut-offs and `membersInScope`, made for this call). */
  finish(outcomes: ScanOutcomes, values: EvidenceValues): RuleFinding {
    if (this.deprivedIds !== undefined) {
      return {
        status: 'deprived',
        reason: outcomes.deprived,
        members: this.deprivedIds,
        missing: [],
        values,
        memberValues: this.deprivedValues ?? [],
      };
    }
    if (this.openIds !== undefined) {
      return {
        status: 'unknown',
        reason: outcomes.unknown,
        members: this.openIds,
        missing: this.missing ?? [],
        values,
        memberValues: this.openValues ?? [],
      };
    }
    return plainFinding(
      'not-deprived',
      this.inScope === 0 ? outcomes.noneInScope : outcomes.notDeprived,
      values,
    );
  }
}

function evidence(facts: MemberFacts, values: EvidenceValues): MemberEvidence {
  return { memberId: facts.member.id, memberIndex: facts.index, ageYears: facts.ageYears, values };
}
