import { type ValidationIssue, VnPovertyError } from '../errors';
import { Exact } from '../money/decimal';
import { MAX_HOUSEHOLDS } from './check-list';
import type { TargetingContext } from './context';
import type { TieBreak, TieBreakKey, TieBreakValue } from './types';

/** The tie-breaks applied when the caller names none: housing need first, then poverty. */
export const DEFAULT_TIE_BREAK: readonly TieBreak[] = Object.freeze([
  'worse-housing',
  'lower-income-per-capita',
  'more-deprivations',
]);

const NAMED = new Set([
  'worse-housing',
  'lower-income-per-capita',
  'more-deprivations',
  'more-members',
]);
const MAX_TIE_BREAKS = 8;

/**
 * A ratio compared exactly: `numerator / denominator` with a positive whole denominator. `value`
 * is the floating quotient, used only when it cannot mislead.
 */
export interface Ratio {
  readonly numerator: number;
  readonly denominator: number;
  readonly value: number;
}

/** One part of a sort key, compared ascending. */
export type Part = number | string | Ratio;

export const ratio = (numerator: number, denominator: number): Ratio => ({
  numerator,
  denominator,
  value: numerator / denominator,
});

/**
 * Compares two ratios exactly. Quotients further apart than their rounding error (well under
 * 2⁻⁴⁸ relative) are ordered by value; closer ones by cross-multiplying, in integers when the
 * products are exact, in decimal otherwise.
 */
function compareRatios(x: Ratio, y: Ratio): number {
  if (x.numerator === y.numerator && x.denominator === y.denominator) return 0;
  const gap = x.value - y.value;
  if (Math.abs(gap) > Math.max(Math.abs(x.value), Math.abs(y.value)) * 2 ** -48) {
    return gap < 0 ? -1 : 1;
  }
  const left = x.numerator * y.denominator;
  const right = y.numerator * x.denominator;
  if (
    Number.isSafeInteger(left) &&
    Number.isSafeInteger(right) &&
    Number.isInteger(x.numerator) &&
    Number.isInteger(y.numerator)
  ) {
    return left === right ? 0 : left < right ? -1 : 1;
  }
  return new Exact(x.numerator)
    .times(y.denominator)
    .cmp(new Exact(y.numerator).times(x.denominator));
}

/** A candidate's sort key after its level, and the values shown in results. */
export interface TieBreakKeys {
  readonly parts: readonly Part[];
  readonly values: readonly TieBreakValue[];
}

function invalid(issues: readonly ValidationIssue[]): VnPovertyError {
  return new VnPovertyError(
    'invalid-options',
    { vi: 'Thứ tự ưu tiên phụ (tieBreak) không hợp lệ.', en: 'The tie-break option is not valid.' },
    issues,
  );
}

const issue = (path: string, vi: string, en: string): ValidationIssue => ({
  path,
  code: 'invalid-tie-break',
  message: { vi, en },
});

/**
 * Checks the caller's tie-breaks, and turns a listed order into a lookup of positions.
 *
 * @throws {@link VnPovertyError} `invalid-options` with every problem found
 */
export function checkTieBreaks(value: unknown): {
  readonly tieBreaks: readonly TieBreak[];
  readonly positions: readonly Map<string, number>[];
} {
  if (value === undefined) return { tieBreaks: DEFAULT_TIE_BREAK, positions: [] };
  if (!Array.isArray(value) || value.length > MAX_TIE_BREAKS) {
    throw invalid([
      issue(
        'tieBreak',
        `Cần một danh sách tối đa ${MAX_TIE_BREAKS} mục.`,
        `A list of at most ${MAX_TIE_BREAKS} entries is needed.`,
      ),
    ]);
  }
  const issues: ValidationIssue[] = [];
  const positions: Map<string, number>[] = [];
  value.forEach((entry: unknown, index) => {
    const path = `tieBreak[${index}]`;
    if (typeof entry === 'string') {
      if (!NAMED.has(entry)) {
        issues.push(
          issue(
            path,
            `Không có thứ tự "${entry}": dùng ${[...NAMED].join(', ')} hoặc { by: 'listed-order', ids }.`,
            `There is no tie-break "${entry}": use ${[...NAMED].join(', ')} or { by: 'listed-order', ids }.`,
          ),
        );
      }
      return;
    }
    const ids =
      entry !== null && typeof entry === 'object'
        ? (entry as { by?: unknown; ids?: unknown })
        : undefined;
    if (
      ids?.by !== 'listed-order' ||
      !Array.isArray(ids.ids) ||
      ids.ids.length > MAX_HOUSEHOLDS ||
      !ids.ids.every((id) => typeof id === 'string')
    ) {
      issues.push(
        issue(
          path,
          'Thứ tự theo danh sách cần { by: "listed-order", ids: [mã hộ…] }.',
          'A listed order needs { by: "listed-order", ids: [household ids…] }.',
        ),
      );
      return;
    }
    const lookup = new Map<string, number>();
    ids.ids.forEach((id: string, position) => {
      if (!lookup.has(id)) lookup.set(id, position);
    });
    positions.push(lookup);
  });
  if (issues.length > 0) throw invalid(issues);
  return { tieBreaks: value as readonly TieBreak[], positions };
}

/** The applied tie-breaks' names, ending with the household id. */
export function tieBreakNames(tieBreaks: readonly TieBreak[]): TieBreakKey[] {
  return [
    ...tieBreaks.map((t) => (typeof t === 'string' ? t : ('listed-order' as const))),
    'household-id',
  ];
}

/** A candidate's sort key: each tie-break's parts, then the household id. */
export function tieBreakKeys(
  context: TargetingContext,
  tieBreaks: readonly TieBreak[],
  positions: readonly Map<string, number>[],
): TieBreakKeys {
  const parts: Part[] = [];
  const values: TieBreakValue[] = [];
  const id = context.household.id as string;
  let listed = 0;
  for (const tieBreak of tieBreaks) {
    if (typeof tieBreak !== 'string') {
      const lookup = positions[listed++] as Map<string, number>;
      const position = lookup.get(id);
      parts.push(position ?? lookup.size);
      values.push({
        key: 'listed-order',
        value: position === undefined ? 'not listed' : position + 1,
      });
      continue;
    }
    switch (tieBreak) {
      case 'worse-housing':
        housing(context, parts, values);
        break;
      case 'lower-income-per-capita':
        income(context, parts, values);
        break;
      case 'more-deprivations':
        parts.push(-context.assessment.deprivedCount);
        values.push({ key: tieBreak, value: context.assessment.deprivedCount });
        break;
      case 'more-members':
        parts.push(-context.members.length);
        values.push({ key: tieBreak, value: context.members.length });
        break;
    }
  }
  parts.push(id);
  values.push({ key: 'household-id', value: id });
  return { parts, values };
}

function housing(context: TargetingContext, parts: Part[], values: TieBreakValue[]): void {
  const dwelling = context.household.dwelling;
  const members = context.members.length;
  if ('none' in dwelling) {
    parts.push(0, 0, ratio(0, 1));
    values.push({ key: 'worse-housing', value: 'no house' });
    return;
  }
  const nonDurable = [dwelling.foundation, dwelling.walls, dwelling.roof].filter(
    (s) => s === 'non-durable',
  ).length;
  parts.push(1, -nonDurable, ratio(dwelling.floorAreaM2, members));
  values.push({
    key: 'worse-housing',
    value: `${nonDurable}/3 non-durable; ${dwelling.floorAreaM2} m² for ${members}`,
  });
}

function income(context: TargetingContext, parts: Part[], values: TieBreakValue[]): void {
  const { form, annualTotal, monthlyPerCapita, proxyScore, memberCount } =
    context.assessment.income;
  if (form === 'annual-total' && annualTotal !== undefined) {
    parts.push(0, ratio(annualTotal, memberCount));
    values.push({
      key: 'lower-income-per-capita',
      value: `${annualTotal}/${memberCount} per year`,
    });
  } else if (form === 'monthly-per-capita' && monthlyPerCapita !== undefined) {
    parts.push(0, ratio(monthlyPerCapita * 12, 1));
    values.push({ key: 'lower-income-per-capita', value: `${monthlyPerCapita}×12 per year` });
  } else {
    parts.push(1, ratio(proxyScore ?? 0, 1));
    values.push({ key: 'lower-income-per-capita', value: `proxy score ${proxyScore ?? ''}` });
  }
}

/** Compares two sort keys part by part, ascending. */
export function compareKeys(a: readonly Part[], b: readonly Part[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Part;
    const y = b[i] as Part;
    if (typeof x === 'number') {
      if (x !== y) return x - (y as number);
    } else if (typeof x === 'string') {
      if (x !== y) return x < (y as string) ? -1 : 1;
    } else {
      const order = compareRatios(x, y as Ratio);
      if (order !== 0) return order;
    }
  }
  return 0;
}
