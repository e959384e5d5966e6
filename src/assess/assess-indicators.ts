import { INDICATOR_REASONS } from '../i18n/indicator-reasons';
import type { HouseholdContext } from '../indicators/context';
import { evaluateRule } from '../indicators/evaluate-rule';
import type { RuleFinding } from '../indicators/finding';
import type { IndicatorDefinition, IndicatorRule } from '../standards/types';
import { type Memo, remember } from './memo';
import type { IndicatorResult, Reason } from './types';

const NONE: readonly string[] = Object.freeze([]);

/** Reasons are static per code: built once for the whole library run, frozen and shared. */
const REASONS: ReadonlyMap<string, Reason> = new Map(
  Object.entries(INDICATOR_REASONS).map(([code, message]) => [
    code,
    Object.freeze({ code, message }),
  ]),
);

const reason = (code: string): Reason =>
  REASONS.get(code) ?? { code, message: { vi: code, en: code } };

function fromFacts(indicator: IndicatorDefinition, derived: RuleFinding): IndicatorResult {
  return {
    id: indicator.id,
    service: indicator.service,
    status: derived.status,
    source: 'derived',
    members: derived.members,
    reason: reason(derived.reason),
    missing: derived.missing,
    basis: indicator.basis,
  };
}

function fromDeclaration(
  indicator: IndicatorDefinition,
  declared: boolean,
  derived: RuleFinding,
): IndicatorResult {
  return {
    id: indicator.id,
    service: indicator.service,
    status: declared ? 'deprived' : 'not-deprived',
    source: 'declared',
    derivedStatus: derived.status,
    members: NONE,
    reason: reason(declared ? 'declared-deprived' : 'declared-not-deprived'),
    missing: NONE,
    basis: indicator.basis,
  };
}

/**
 * Evaluates one indicator: from the facts, then overridden by a value declared on form B2, which
 * the result says, keeping what the facts alone gave. A result that names no member is the same
 * for every household with the same reason, so it is built once per assessor (`memo`). `rule` is
 * the assessor's working copy of `indicator.rule`.
 */
export function assessIndicator(
  context: HouseholdContext,
  indicator: IndicatorDefinition,
  rule: IndicatorRule,
  memo: Memo<IndicatorResult>,
): IndicatorResult {
  const derived = evaluateRule(context, rule, indicator.id);
  const declared = context.household.declared?.[indicator.id];
  if (declared !== undefined) {
    const key = (declared ? 'declared-deprived:' : 'declared-not-deprived:') + derived.status;
    return remember(memo, key, () => fromDeclaration(indicator, declared, derived));
  }
  if (derived.members.length > 0) return fromFacts(indicator, derived);
  return remember(memo, derived.reason, () => fromFacts(indicator, derived));
}
