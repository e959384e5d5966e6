import type { Household } from '../household/types';
import type { Standard } from '../standards/types';
import type { CategoryDecision } from './decide-category';
import { isUnpublished } from './income-test';
import type { DecidingFact, IncomeAssessment, IndicatorResult } from './types';

/**
 * The facts that would decide an undetermined household: the missing facts of unknown indicators
 * (when the deprivation test is open), actual income (when a proxy score cannot place it), and
 * the standard's unpublished parameters (the middle band, the survey scores).
 */
export function decidingFacts(
  decision: CategoryDecision,
  income: IncomeAssessment,
  indicators: readonly IndicatorResult[],
  household: Household,
  standard: Standard,
): DecidingFact[] {
  const facts: DecidingFact[] = [];
  if (decision.category !== 'undetermined') return facts;
  if (
    decision.deprivationsMatter &&
    decision.deprivationTest.atFewest !== decision.deprivationTest.atMost
  ) {
    for (const indicator of indicators) {
      if (indicator.status !== 'unknown') continue;
      for (const path of indicator.missing) {
        const memberId = memberOf(path, household);
        facts.push(
          memberId === undefined
            ? { path, indicatorId: indicator.id }
            : { path, indicatorId: indicator.id, memberId },
        );
      }
    }
  }
  if (income.bands.length > 1 && income.form === 'proxy-score') {
    facts.push({ path: 'income.annualTotal' });
    if (isUnpublished(standard.survey)) facts.push({ path: 'standard.survey' });
  }
  if (income.bands.includes('middle') && income.bands.includes('above-middle')) {
    const middle = standard.lines[household.area].middleUpper;
    if (isUnpublished(middle)) facts.push({ path: `standard.lines.${household.area}.middleUpper` });
  }
  return facts;
}

/** The id of the member a path such as `members[2].work` is about. */
function memberOf(path: string, household: Household): string | undefined {
  const match = /^members\[(\d+)\]/.exec(path);
  return match === null ? undefined : household.members[Number(match[1])]?.id;
}
