import type { NationalIndicatorId } from '../household/indicator-ids';
import type { Household } from '../household/types';
import { householdContext } from '../indicators/context';
import { prepareRule } from '../indicators/prepare-rule';
import type { IndicatorRule, Standard } from '../standards/types';
import { copyList } from '../util/copy-list';
import { LIBRARY_VERSION } from '../version';
import { assessIndicator } from './assess-indicators';
import { carriedOverNote, carriedOverUsed, declaredElsewhere } from './assessment-notes';
import { categoryReasons } from './category-reasons';
import { copyReason } from './copies';
import { type DecisionMemo, decideCategory } from './decide-category';
import { decidingFacts } from './deciding-facts';
import { householdForAssessment } from './household-for-assessment';
import { incomeReason } from './income-reason';
import { incomeTest, isUnpublished } from './income-test';
import type { Memo } from './memo';
import { type AssessOptions, type ResolvedOptions, resolveAssessOptions } from './resolve-options';
import type {
  Assessment,
  AssessmentReasonCode,
  IncomeAssessment,
  IndicatorResult,
  Note,
  Reason,
} from './types';

export type { AssessOptions } from './resolve-options';

/** A function that assesses households under one standard on one date. */
export type Assessor<Id extends string = string> = (household: Household) => Assessment<Id>;

function withScoreB(
  income: IncomeAssessment,
  points: number | undefined,
  deprived: number,
  unknown: number,
): IncomeAssessment {
  if (income.form !== 'proxy-score' || income.scoreACutoff === undefined || points === undefined)
    return income;
  return { ...income, scoreB: { min: deprived * points, max: (deprived + unknown) * points } };
}

/**
 * Resolves the standard and the reference date once, and returns a function that assesses one
 * household at a time: the way to assess a commune, a province or the country.
 *
 * @remarks Legal basis: see {@link assessHousehold}. Resolving once per batch keeps the work per
 * household to the rules themselves. Each result is the household's own plain data: nothing in it
 * is shared with another result.
 *
 * @param options - the reference date and at most one of `reviewYear`, `policyYear`, `standard`
 * @returns a function from a parsed household to its assessment
 * @throws {@link VnPovertyError} at once: `invalid-options`, `invalid-date`, `date-out-of-range`
 * or `invalid-standard`; from the returned function: `birth-after-reference` or
 * `invalid-household` (a household that did not come through `parseHousehold` and is not valid),
 * naming the household's id and the path
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
 *
 * // The annual review held in 2025 classifies households for 2026: one option away.
 * const review = createAssessor({ on: '2025-10-01', reviewYear: 2025 });
 * parsed.success && review(parsed.data).standardId; //=> 'nd07-2021'
 * ```
 *
 * @see {@link !"Getting started" | Getting started}
 * @see {@link !"Conventions" | Conventions}
 */
export function createAssessor<Id extends string = NationalIndicatorId>(
  options: AssessOptions<Id>,
): Assessor<Id> {
  return assessorFor(resolveAssessOptions(options));
}

/**
 * What an assessor needs of a standard, prepared once per standard and kept while the standard
 * lives: working copies of the rules, the notes and the memoised decisions and reason templates
 * (internal: results get copies). So `assessHousehold`, one call at a time, costs little more
 * than a reused assessor.
 */
interface Engine {
  readonly rules: readonly IndicatorRule[];
  readonly ids: ReadonlySet<string>;
  readonly carried: readonly (Note | undefined)[];
  readonly points: number | undefined;
  readonly incomeReasons: Memo<Reason<AssessmentReasonCode>>;
  readonly categoryReasonLists: Memo<readonly Reason<AssessmentReasonCode>[]>;
  readonly decisions: DecisionMemo;
}

const ENGINES = new WeakMap<Standard, Engine>();

function engineFor(standard: Standard): Engine {
  let engine = ENGINES.get(standard);
  if (engine === undefined) {
    const definitions = standard.indicators;
    engine = {
      rules: definitions.map((indicator) => prepareRule(indicator.rule)),
      ids: new Set(definitions.map((indicator) => indicator.id)),
      carried: definitions.map((indicator) => carriedOverNote(indicator, standard)),
      points: isUnpublished(standard.survey) ? undefined : standard.survey.pointsPerIndicator,
      incomeReasons: new Map(),
      categoryReasonLists: new Map(),
      decisions: [],
    };
    ENGINES.set(standard, engine);
  }
  return engine;
}

/** The assessor for options already resolved (the date parsed, the standard chosen). */
export function assessorFor<Id extends string>(resolved: ResolvedOptions): Assessor<Id> {
  const { on, onText, standard, notes: choiceNotes } = resolved;
  const definitions = standard.indicators;
  const { rules, ids, carried, points, incomeReasons, categoryReasonLists, decisions } =
    engineFor(standard);
  return (input) => {
    const household = householdForAssessment(input);
    const context = householdContext(household, on, onText);
    const indicators: IndicatorResult[] = new Array(definitions.length);
    let deprivedCount = 0;
    let unknownCount = 0;
    for (let i = 0; i < definitions.length; i++) {
      const result = assessIndicator(context, definitions[i] as never, rules[i] as IndicatorRule);
      indicators[i] = result;
      if (result.status === 'deprived') deprivedCount++;
      else if (result.status === 'unknown') unknownCount++;
    }
    const income = withScoreB(incomeTest(household, standard), points, deprivedCount, unknownCount);
    const decision = decideCategory(income, standard, deprivedCount, unknownCount, decisions);
    const tail = categoryReasons(
      decision,
      income,
      standard,
      deprivedCount,
      unknownCount,
      categoryReasonLists,
    );
    const reasons = [
      copyReason(incomeReason(income, decision, standard, household.area, incomeReasons)),
    ];
    // Index loops: these templates are frozen, and V8 runs for…of over a frozen array several
    // times slower.
    for (let i = 0; i < tail.length; i++)
      reasons.push(copyReason(tail[i] as Reason<AssessmentReasonCode>));
    const notes: Note[] = [];
    for (let i = 0; i < choiceNotes.length; i++) notes.push(copyReason(choiceNotes[i] as Note));
    for (const note of declaredElsewhere(household, standard, ids)) notes.push(note);
    for (const note of carriedOverUsed(decision, indicators, carried)) notes.push(copyReason(note));
    const assessment: Assessment<Id> = {
      libraryVersion: LIBRARY_VERSION,
      standardId: standard.id,
      on: onText,
      category: decision.category,
      poverty: decision.poverty,
      possibleCategories: copyList(decision.possible),
      income,
      indicators: indicators as IndicatorResult<Id>[],
      deprivedCount,
      unknownCount,
      reasons,
      decidingFacts: decidingFacts(decision, income, indicators, household, standard),
      notes,
    };
    // Set on the fresh object rather than spread into a copy: this runs millions of times.
    if (household.id !== undefined)
      (assessment as { householdId?: string }).householdId = household.id;
    return assessment;
  };
}
