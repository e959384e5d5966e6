import type { Area, Household } from '../household/types';
import { divideRoundHalfUp } from '../money/exact';
import type { AreaLines, IncomeLine, Standard, Unpublished } from '../standards/types';
import { copyCitation } from './copies';
import type { IncomeAssessment, IncomeBand, IncomeComparison } from './types';

/** Whether a standard's value is one that no source publishes. */
export const isUnpublished = (value: object): value is Unpublished => 'unpublished' in value;

const band = (...bands: IncomeBand[]): readonly IncomeBand[] => Object.freeze(bands);
const AT_OR_BELOW = band('at-or-below-poverty');
const BETWEEN = band('between-lines');
const MIDDLE = band('middle');
const ABOVE_MIDDLE = band('above-middle');
const MIDDLE_OR_ABOVE = band('middle', 'above-middle');
const ABOVE_POVERTY = band('between-lines', 'middle', 'above-middle');
const ANY = band('at-or-below-poverty', 'between-lines', 'middle', 'above-middle');

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
    basis: copyCitation(line.basis),
  };
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
  const poverty = compare('poverty', lines.poverty, scale, value, memberCount);
  const comparisons = [poverty];
  let bands = AT_OR_BELOW;
  if (!poverty.atOrBelow) {
    const near = hasOwnNearPovertyLine(lines)
      ? compare('near-poverty', lines.nearPoverty, scale, value, memberCount)
      : undefined;
    if (near !== undefined) comparisons.push(near);
    if (near?.atOrBelow) bands = BETWEEN;
    else if (isUnpublished(lines.middleUpper)) bands = MIDDLE_OR_ABOVE;
    else {
      const middle = compare('middle-upper', lines.middleUpper, scale, value, memberCount);
      comparisons.push(middle);
      bands = middle.atOrBelow ? MIDDLE : ABOVE_MIDDLE;
    }
  }
  if (annual) {
    return {
      form: 'annual-total',
      memberCount,
      annualTotal: value,
      monthlyPerCapita: divideRoundHalfUp(value, 12 * memberCount),
      monthlyPerCapitaRounding: 'half-up-to-dong',
      comparisons,
      bands,
    };
  }
  return {
    form: 'monthly-per-capita',
    memberCount,
    monthlyPerCapita: income.monthlyPerCapita as number,
    monthlyPerCapitaRounding: 'none',
    comparisons,
    bands,
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
    return { form: 'proxy-score', memberCount, proxyScore, comparisons: [], bands: ANY };
  const scoreACutoff = survey.scoreACutoff[area];
  const above = hasOwnNearPovertyLine(standard.lines[area]) ? ABOVE_POVERTY : MIDDLE_OR_ABOVE;
  const bands = proxyScore <= scoreACutoff ? AT_OR_BELOW : above;
  return { form: 'proxy-score', memberCount, proxyScore, scoreACutoff, comparisons: [], bands };
}

/**
 * The income test: which bands the household's income may be in. Income per capita is annual
 * income ÷ 12 ÷ members, compared as `annualTotal ≤ line × 12 × members` in integer đồng; a
 * proxy score A is compared with the standard's score A cut-off (Circular 07/2021/TT-BLĐTBXH).
 * Lines above the one that places the income are not compared. `bands` is one of a few shared,
 * frozen lists (the category memo is keyed by them): a result gets its own copy.
 */
export function incomeTest(household: Household, standard: Standard): IncomeAssessment {
  const memberCount = household.members.length;
  const income = household.income as { proxyScore?: number };
  if (income.proxyScore !== undefined)
    return proxyIncome(income.proxyScore, standard, household.area, memberCount);
  return measuredIncome(household, standard.lines[household.area], memberCount);
}
