import { INDICATOR_REASONS } from '../i18n/indicator-reasons';
import type { HouseholdContext } from '../indicators/context';
import { evaluateRule } from '../indicators/evaluate-rule';
import type { RuleFinding } from '../indicators/finding';
import type { IndicatorReasonCode } from '../indicators/reason-codes';
import type { IndicatorDefinition, IndicatorRule } from '../standards/types';
import { copyCitation, copyMessage } from './copies';
import type { IndicatorResult, Reason } from './types';

function reason(code: IndicatorReasonCode): Reason<IndicatorReasonCode> {
  return { code, message: copyMessage(INDICATOR_REASONS[code]) };
}

function fromFacts<Id extends string>(
  indicator: IndicatorDefinition<Id>,
  derived: RuleFinding,
): IndicatorResult<Id> {
  return {
    id: indicator.id,
    label: copyMessage(indicator.label),
    service: indicator.service,
    status: derived.status,
    source: 'derived',
    // A finding's parts are made for this call (see `RuleFinding`): they become the result's own.
    members: derived.members as string[],
    reason: reason(derived.reason),
    values: derived.values,
    memberValues: derived.memberValues,
    missing: derived.missing,
    basis: copyCitation(indicator.basis),
  };
}

function fromDeclaration<Id extends string>(
  indicator: IndicatorDefinition<Id>,
  declared: boolean,
  derived: RuleFinding,
): IndicatorResult<Id> {
  return {
    id: indicator.id,
    label: copyMessage(indicator.label),
    service: indicator.service,
    status: declared ? 'deprived' : 'not-deprived',
    source: 'declared',
    derivedStatus: derived.status,
    members: [],
    reason: reason(declared ? 'declared-deprived' : 'declared-not-deprived'),
    values: {},
    memberValues: [],
    missing: [],
    basis: copyCitation(indicator.basis),
  };
}

/**
 * The value declared on form B2 for an indicator, if any. `declared` is looked up by own keys
 * only, so an id named like an `Object.prototype` member (`constructor`) never finds a function.
 */
export function declaredValue(
  declared: Readonly<Record<string, boolean | undefined>> | undefined,
  id: string,
): boolean | undefined {
  return declared !== undefined && Object.hasOwn(declared, id) ? declared[id] : undefined;
}

/**
 * Evaluates one indicator: from the facts, then overridden by a value declared on form B2, which
 * the result says, keeping what the facts alone gave. `rule` is the assessor's working copy of
 * `indicator.rule`. The result is the household's own (nothing in it is shared).
 */
export function assessIndicator<Id extends string>(
  context: HouseholdContext,
  indicator: IndicatorDefinition<Id>,
  rule: IndicatorRule,
): IndicatorResult<Id> {
  const derived = evaluateRule(context, rule, indicator.id);
  const declared = declaredValue(context.household.declared, indicator.id);
  return declared === undefined
    ? fromFacts(indicator, derived)
    : fromDeclaration(indicator, declared, derived);
}
