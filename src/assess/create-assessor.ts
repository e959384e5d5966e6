import { parseReferenceDate } from '../dates/parse-reference-date';
import type { Household } from '../household/types';
import { householdContext } from '../indicators/context';
import { prepareRule } from '../indicators/prepare-rule';
import { standardInForce } from '../standards/standard-in-force';
import type { IndicatorDefinition, IndicatorRule, Standard } from '../standards/types';
import { LIBRARY_VERSION } from '../version';
import { assessIndicator } from './assess-indicators';
import { categoryReasons } from './category-reasons';
import { type CategoryDecision, decideCategory } from './decide-category';
import { decidingFacts } from './deciding-facts';
import { incomeReason } from './income-reason';
import { incomeTest, isUnpublished } from './income-test';
import type { Memo } from './memo';
import type { Assessment, IncomeAssessment, IncomeBand, IndicatorResult, Reason } from './types';

/** Options of {@link assessHousehold} and {@link createAssessor}. */
export interface AssessOptions {
  /** The reference date (`YYYY-MM-DD`): ages are taken on it, and it picks the standard. */
  readonly on: string;
  /** The standard to apply; by default the national standard in force on `on`. */
  readonly standard?: Standard;
}

/** A function that assesses households under one standard on one date. */
export type Assessor = (household: Household) => Assessment;

const NO_NOTES: readonly Reason[] = Object.freeze([]);

function declaredElsewhere(household: Household, standard: Standard): readonly Reason[] {
  const declared = household.declared;
  if (declared === undefined) return NO_NOTES;
  const notes = Object.keys(declared)
    .filter((id) => !standard.indicators.some((indicator) => indicator.id === id))
    .map((id) => ({
      code: 'declared-indicator-not-in-standard',
      message: {
        vi: `Chỉ số kê khai "${id}" không thuộc chuẩn ${standard.id}: không được tính.`,
        en: `The declared indicator "${id}" is not in standard ${standard.id}: it is not counted.`,
      },
      values: { indicatorId: id },
    }));
  return notes.length === 0 ? NO_NOTES : notes;
}

function withScoreB(
  income: IncomeAssessment,
  standard: Standard,
  deprived: number,
  unknown: number,
): IncomeAssessment {
  if (
    income.form !== 'proxy-score' ||
    income.scoreACutoff === undefined ||
    isUnpublished(standard.survey)
  )
    return income;
  const points = standard.survey.pointsPerIndicator;
  return { ...income, scoreB: { min: deprived * points, max: (deprived + unknown) * points } };
}

/**
 * Joins the income reason and the category reasons. Both are shared objects, so each pair's list
 * is built once per assessor and shared too.
 */
function reasonLists(): (income: Reason, tail: readonly Reason[]) => readonly Reason[] {
  const lists = new Map<Reason, Map<readonly Reason[], readonly Reason[]>>();
  return (income, tail) => {
    let byTail = lists.get(income);
    if (byTail === undefined) {
      byTail = new Map();
      lists.set(income, byTail);
    }
    let list = byTail.get(tail);
    if (list === undefined) {
      list = Object.freeze([income, ...tail]);
      byTail.set(tail, list);
    }
    return list;
  };
}

/**
 * Resolves the standard and the reference date once, and returns a function that assesses one
 * household at a time: the way to assess a commune, a province or the country.
 *
 * @remarks Legal basis: see {@link assessHousehold}. Resolving once per batch keeps the work per
 * household to the rules themselves.
 *
 * @param options - the reference date and, optionally, the standard
 * @returns a function from a parsed household to its assessment
 * @throws {@link VnPovertyError} `invalid-date` or `date-out-of-range` for the date (at once), and
 * from the returned function `birth-after-reference` or `invalid-household`
 *
 * @example
 * ```ts
 * import { createAssessor, parseHousehold } from 'vn-poverty';
 * const assess = createAssessor({ on: '2024-06-01' });
 * const parsed = parseHousehold({
 *   area: 'urban',
 *   income: { monthlyPerCapita: 2000001 },
 *   members: [{ id: 'a', sex: 'male', birthDate: '1970-01-01', ethnicity: 'Kinh' }],
 *   dwelling: { foundation: 'durable', walls: 'durable', roof: 'durable', floorAreaM2: 30 },
 *   water: 'piped', latrine: 'septic', devices: ['television'],
 * });
 * parsed.success && assess(parsed.data).category; //=> 'middle'
 * ```
 */
export function createAssessor(options: AssessOptions): Assessor {
  const on = parseReferenceDate(options.on);
  const standard = options.standard ?? standardInForce(options.on);
  const onText = options.on;
  const rules = standard.indicators.map((indicator) => prepareRule(indicator.rule));
  const indicatorMemos = standard.indicators.map((): Memo<IndicatorResult> => new Map());
  const incomeReasons: Memo<Reason> = new Map();
  const categoryReasonLists: Memo<readonly Reason[]> = new Map();
  const decisions = new Map<readonly IncomeBand[], CategoryDecision[]>();
  const reasonList = reasonLists();
  return (household) => {
    const context = householdContext(household, on, onText);
    const definitions = standard.indicators;
    const indicators: IndicatorResult[] = new Array(definitions.length);
    let deprivedCount = 0;
    let unknownCount = 0;
    for (let i = 0; i < definitions.length; i++) {
      const result = assessIndicator(
        context,
        definitions[i] as IndicatorDefinition,
        rules[i] as IndicatorRule,
        indicatorMemos[i] as Memo<IndicatorResult>,
      );
      indicators[i] = result;
      if (result.status === 'deprived') deprivedCount++;
      else if (result.status === 'unknown') unknownCount++;
    }
    const income = withScoreB(
      incomeTest(household, standard),
      standard,
      deprivedCount,
      unknownCount,
    );
    const decision = decideCategory(income, standard, deprivedCount, unknownCount, decisions);
    const tail = categoryReasons(
      decision,
      income,
      standard,
      deprivedCount,
      unknownCount,
      categoryReasonLists,
    );
    const reasons = reasonList(
      incomeReason(income, decision, standard, household.area, incomeReasons),
      tail,
    );
    const assessment: Assessment = {
      libraryVersion: LIBRARY_VERSION,
      standardId: standard.id,
      on: onText,
      category: decision.category,
      poverty: decision.poverty,
      possibleCategories: decision.possible,
      income,
      indicators,
      deprivedCount,
      unknownCount,
      reasons,
      decidingFacts: decidingFacts(decision, income, indicators, household, standard),
      notes: declaredElsewhere(household, standard),
    };
    // Set on the fresh object rather than spread into a copy: this runs millions of times.
    if (household.id !== undefined)
      (assessment as { householdId?: string }).householdId = household.id;
    return assessment;
  };
}
