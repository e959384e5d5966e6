import type { Household } from '../household/types';
import type { IndicatorDefinition, Standard } from '../standards/types';
import { declaredValue } from './assess-indicators';
import type { CategoryDecision } from './decide-category';
import type { IndicatorResult, Note } from './types';

/** A declared (form B2) indicator that the standard does not have: not counted, and said so. */
export function declaredElsewhere(
  household: Household,
  standard: Standard,
  ids: ReadonlySet<string>,
): Note[] {
  const declared = household.declared;
  if (declared === undefined) return [];
  const notes: Note[] = [];
  // In the order of the ids, so that the order the caller wrote them in changes nothing.
  for (const id of Object.keys(declared).sort()) {
    if (ids.has(id) || declaredValue(declared, id) === undefined) continue;
    notes.push({
      code: 'declared-indicator-not-in-standard',
      message: {
        vi: `Chỉ số kê khai "${id}" không thuộc chuẩn ${standard.id}: không được tính.`,
        en: `The declared indicator "${id}" is not in standard ${standard.id}: it is not counted.`,
      },
      values: { indicatorId: id },
    });
  }
  return notes;
}

/** The note template for an indicator whose cut-off is carried over unverified. */
export function carriedOverNote(
  indicator: IndicatorDefinition,
  standard: Standard,
): Note | undefined {
  const from = indicator.carriedOverFrom;
  if (from === undefined) return undefined;
  return {
    code: 'carried-over-cutoff-used',
    message: {
      vi: `Chuẩn ${standard.id} là tạm thời: chỉ số "${indicator.label.vi}" dùng ngưỡng của chuẩn ${from}, chưa được xác minh cho chuẩn này.`,
      en: `Standard ${standard.id} is provisional: the indicator "${indicator.label.en}" uses the cut-off of ${from}, not yet confirmed for this standard.`,
    },
    values: { indicatorId: indicator.id, carriedOverFrom: from },
    basis: indicator.basis,
  };
}

/**
 * The carried-over cut-offs the answer used: those of indicators evaluated from the facts (a
 * declared value uses no cut-off) when the deprivation count could decide the category.
 */
export function carriedOverUsed(
  decision: CategoryDecision,
  indicators: readonly IndicatorResult[],
  templates: readonly (Note | undefined)[],
): Note[] {
  if (!decision.deprivationsMatter) return [];
  const notes: Note[] = [];
  for (let i = 0; i < indicators.length; i++) {
    const template = templates[i];
    if (template !== undefined && indicators[i]?.source === 'derived') notes.push(template);
  }
  return notes;
}
