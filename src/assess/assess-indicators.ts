import { INDICATOR_REASONS } from '../i18n/indicator-reasons';
import type { HouseholdContext } from '../indicators/context';
import { evaluateRule } from '../indicators/evaluate-rule';
import type { IndicatorDefinition } from '../standards/types';
import type { IndicatorResult, Reason } from './types';

const reasonFor = (code: string): Reason => ({
  code,
  message: INDICATOR_REASONS[code] ?? { vi: code, en: code },
});

/** Reasons are static per code, so they are built once and shared by every result. */
const REASONS: ReadonlyMap<string, Reason> = new Map(
  Object.keys(INDICATOR_REASONS).map((code) => [code, Object.freeze(reasonFor(code))]),
);

const reason = (code: string): Reason => REASONS.get(code) ?? reasonFor(code);

/**
 * Evaluates one indicator: from the facts, then overridden by a value declared on form B2, which
 * the result says, keeping what the facts alone gave.
 */
export function assessIndicator(
  context: HouseholdContext,
  indicator: IndicatorDefinition,
): IndicatorResult {
  const derived = evaluateRule(context, indicator);
  const declared = context.household.declared?.[indicator.id];
  if (declared === undefined) {
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
  return {
    id: indicator.id,
    service: indicator.service,
    status: declared ? 'deprived' : 'not-deprived',
    source: 'declared',
    derivedStatus: derived.status,
    members: [],
    reason: reason(declared ? 'declared-deprived' : 'declared-not-deprived'),
    missing: [],
    basis: indicator.basis,
  };
}
