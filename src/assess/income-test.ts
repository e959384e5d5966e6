import type { Area, Household } from '../household/types';
import { divideRoundHalfUp } from '../money/exact';
import type { AreaLines, IncomeLine, Standard, Unpublished } from '../standards/types';
import type { IncomeAssessment, IncomeBand, IncomeComparison } from './types';

const ALL_BANDS: readonly IncomeBand[] = [
  'at-or-below-poverty',
  'between-lines',
  'middle',
  'above-middle',
];

export const isUnpublished = (value: object): value is Unpublished => 'unpublished' in value;

const annualPerPerson = (line: IncomeLine): number =>
  line.per === 'month' ? line.amount * 12 : line.amount;

/** Whether the near-poverty line is a line of its own (two-tier standards) or the poverty line. */
export function hasOwnNearPovertyLine(lines: AreaLines): boolean {
  return annualPerPerson(lines.nearPoverty) !== annualPerPerson(lines.poverty);
}

/**
 * Compares income with a line without rounding. The products are exact wherever the comparison
 * is close (lines and household sizes are small), so integer arithmetic on numbers suffices.
 */
function compare(
  name: IncomeComparison['line'],
  line: IncomeLine,
  scale: IncomeComparison['scale'],
  householdValue: number,
  memberCount: number,
): IncomeComparison {
  const lineValue =
    scale === 'household-annual' ? annualPerPerson(line) * memberCount : annualPerPerson(line);
  return {
    line: name,
    amount: line.amount,
    per: line.per,
    scale,
    householdValue,
    lineValue,
    atOrBelow: householdValue <= lineValue,
    basis: line.basis,
  };
}

function bandsFrom(comparisons: readonly IncomeComparison[]): IncomeBand[] {
  const at = (line: IncomeComparison['line']) =>
    comparisons.find((c) => c.line === line)?.atOrBelow;
  if (at('poverty')) return ['at-or-below-poverty'];
  if (at('near-poverty')) return ['between-lines'];
  const middle = at('middle-upper');
  if (middle === undefined) return ['middle', 'above-middle'];
  return [middle ? 'middle' : 'above-middle'];
}

function measuredIncome(
  household: Household,
  lines: AreaLines,
  memberCount: number,
): IncomeAssessment {
  const income = household.income as { annualTotal?: number; monthlyPerCapita?: number };
  const annual = income.annualTotal !== undefined;
  const scale = annual ? 'household-annual' : 'per-capita-annual';
  const value = annual ? (income.annualTotal as number) : (income.monthlyPerCapita as number) * 12;
  const comparisons = [compare('poverty', lines.poverty, scale, value, memberCount)];
  if (hasOwnNearPovertyLine(lines))
    comparisons.push(compare('near-poverty', lines.nearPoverty, scale, value, memberCount));
  if (!isUnpublished(lines.middleUpper)) {
    comparisons.push(compare('middle-upper', lines.middleUpper, scale, value, memberCount));
  }
  const base = { memberCount, comparisons, bands: bandsFrom(comparisons) };
  return annual
    ? {
        form: 'annual-total',
        annualTotal: value,
        monthlyPerCapita: divideRoundHalfUp(value, 12 * memberCount),
        monthlyPerCapitaRounding: 'half-up-to-dong',
        ...base,
      }
    : {
        form: 'monthly-per-capita',
        monthlyPerCapita: income.monthlyPerCapita as number,
        monthlyPerCapitaRounding: 'none',
        ...base,
      };
}

function proxyIncome(
  proxyScore: number,
  standard: Standard,
  area: Area,
  memberCount: number,
): IncomeAssessment {
  const survey = standard.survey;
  if (isUnpublished(survey))
    return { form: 'proxy-score', memberCount, proxyScore, comparisons: [], bands: ALL_BANDS };
  const scoreACutoff = survey.scoreACutoff[area];
  const above = ALL_BANDS.filter(
    (band) =>
      band !== 'at-or-below-poverty' &&
      (band !== 'between-lines' || hasOwnNearPovertyLine(standard.lines[area])),
  );
  const bands = proxyScore <= scoreACutoff ? (['at-or-below-poverty'] as const) : above;
  return { form: 'proxy-score', memberCount, proxyScore, scoreACutoff, comparisons: [], bands };
}

/**
 * The income test: which bands the household's income may be in. Income per capita is annual
 * income ÷ 12 ÷ members, compared as `annualTotal ≤ line × 12 × members` in integer đồng; a
 * proxy score A is compared with the standard's score A cut-off (Circular 07/2021/TT-BLĐTBXH).
 */
export function incomeTest(household: Household, standard: Standard): IncomeAssessment {
  const memberCount = household.members.length;
  const income = household.income as { proxyScore?: number };
  if (income.proxyScore !== undefined)
    return proxyIncome(income.proxyScore, standard, household.area, memberCount);
  return measuredIncome(household, standard.lines[household.area], memberCount);
}
