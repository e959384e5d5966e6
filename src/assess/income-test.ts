import type { Area, Household } from '../household/types';
import { divideRoundHalfUp } from '../money/exact';
import type { AreaLines, IncomeLine, Standard, Unpublished } from '../standards/types';
import { copyList } from '../util/copy-list';
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

function measuredIncome(household: Household, standard: Standard): IncomeAssessment {
  const memberCount = household.members.length;
  const lines = standard.lines[household.area];
  const income = household.income as { annualTotal?: number; monthlyPerCapita?: number };
  const annual = income.annualTotal !== undefined;
  const form = annual ? 'annual-total' : 'monthly-per-capita';
  const given = annual ? (income.annualTotal as number) : (income.monthlyPerCapita as number);
  const bands = incomeBands(form, given, memberCount, household.area, standard);
  // The lines compared are those up to the one that places the income, as `incomeBands` went.
  const scale = annual ? 'household-annual' : 'per-capita-annual';
  const value = annual ? given : given * 12;
  const comparisons = [compare('poverty', lines.poverty, scale, value, memberCount)];
  if (bands !== AT_OR_BELOW && hasOwnNearPovertyLine(lines))
    comparisons.push(compare('near-poverty', lines.nearPoverty, scale, value, memberCount));
  if (bands !== AT_OR_BELOW && bands !== BETWEEN && !isUnpublished(lines.middleUpper))
    comparisons.push(compare('middle-upper', lines.middleUpper, scale, value, memberCount));
  if (annual) {
    return {
      form: 'annual-total',
      memberCount,
      annualTotal: value,
      monthlyPerCapita: divideRoundHalfUp(value, 12 * memberCount),
      monthlyPerCapitaRounding: 'half-up-to-dong',
      comparisons,
      bands: copyList(bands),
    };
  }
  return {
    form: 'monthly-per-capita',
    memberCount,
    monthlyPerCapita: given,
    monthlyPerCapitaRounding: 'none',
    comparisons,
    bands: copyList(bands),
  };
}

/**
 * The bands income may be in, compared exactly as `annual income ≤ line × 12 × members` (or, for
 * income per capita, `income × 12 ≤ line × 12`), or a proxy score A against its cut-off: one of a
 * few shared, frozen lists. The one place where income meets the lines: the assessor and the batch
 * path both use it.
 */
export function incomeBands(
  form: IncomeAssessment['form'],
  value: number,
  memberCount: number,
  area: Area,
  standard: Standard,
): readonly IncomeBand[] {
  const lines = standard.lines[area];
  if (form === 'proxy-score') {
    const survey = standard.survey;
    if (isUnpublished(survey)) return ANY;
    if (value <= survey.scoreACutoff[area]) return AT_OR_BELOW;
    return hasOwnNearPovertyLine(lines) ? ABOVE_POVERTY : MIDDLE_OR_ABOVE;
  }
  const household = form === 'annual-total';
  const annual = household ? value : value * 12;
  const atOrBelow = (line: IncomeLine) =>
    annual <= annualPerPerson(line) * (household ? memberCount : 1);
  if (atOrBelow(lines.poverty)) return AT_OR_BELOW;
  if (hasOwnNearPovertyLine(lines) && atOrBelow(lines.nearPoverty)) return BETWEEN;
  if (isUnpublished(lines.middleUpper)) return MIDDLE_OR_ABOVE;
  return atOrBelow(lines.middleUpper) ? MIDDLE : ABOVE_MIDDLE;
}

function proxyIncome(
  proxyScore: number,
  standard: Standard,
  area: Area,
  memberCount: number,
): IncomeAssessment {
  const bands = incomeBands('proxy-score', proxyScore, memberCount, area, standard);
  const survey = standard.survey;
  if (isUnpublished(survey))
    return {
      form: 'proxy-score',
      memberCount,
      proxyScore,
      comparisons: [],
      bands: copyList(bands),
    };
  const scoreACutoff = survey.scoreACutoff[area];
  return {
    form: 'proxy-score',
    memberCount,
    proxyScore,
    scoreACutoff,
    comparisons: [],
    bands: copyList(bands),
  };
}

/**
 * The income test: which bands the household's income may be in. Income per capita is annual
 * income ÷ 12 ÷ members, compared as `annualTotal ≤ line × 12 × members` in integer đồng; a
 * proxy score A is compared with the standard's score A cut-off (Circular 07/2021/TT-BLĐTBXH).
 * Lines above the one that places the income are not compared. The result is the household's own.
 */
export function incomeTest(household: Household, standard: Standard): IncomeAssessment {
  const memberCount = household.members.length;
  const income = household.income as { proxyScore?: number };
  if (income.proxyScore !== undefined)
    return proxyIncome(income.proxyScore, standard, household.area, memberCount);
  return measuredIncome(household, standard);
}
