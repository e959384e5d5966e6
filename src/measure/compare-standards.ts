import { createAssessor } from '../assess/create-assessor';
import type { Assessment } from '../assess/types';
import { VnPovertyError } from '../errors';
import type { Area, Category, Household, PovertyStatus } from '../household/types';
import type { IndicatorStatus } from '../indicators/finding';
import type { IncomeLine, Standard, Unpublished } from '../standards/types';
import { type AlkireFosterResult, alkireFoster, type UnknownTreatment } from './alkire-foster';
import { type Source, visitAll } from './iterate';
import { MatrixBuilder } from './matrix-builder';
import { checkOptions } from './options';
import { checkedWeight, describe, groupKeyOf } from './population';
import type { ExactNumber } from './ratio';
import { type Summary, SummaryBuilder } from './summarize';
import type { CategoryFigures, SummaryFigures } from './tally';
import type { AssessedHousehold, GroupBy, GroupKey, SurveyWeight } from './types';

/** Options of {@link compareStandards}. */
export interface CompareStandardsOptions {
  /** The reference date of both assessments, `YYYY-MM-DD`. */
  readonly on: string;
  /** The standard the households are assessed under first (a national edition). */
  readonly from: Standard;
  /** The standard compared with it (a `defineStandard` what-if, or another edition). */
  readonly to: Standard;
  /** The Alkire-Foster cut-off and treatment of unknowns for M0 under each standard. */
  readonly alkireFoster: {
    /** The cut-off, as for `alkireFoster`. */
    readonly k: ExactNumber;
    /** How unknown values count, as for `alkireFoster`. */
    readonly unknown: UnknownTreatment;
  };
  /** Groups to count apart (communes); the key reads the household with its `from` assessment. */
  readonly by?: GroupBy;
  /** A survey weight per household, read like `by`. */
  readonly weight?: SurveyWeight;
}

/** One cell of the table of moves: households in `from` under one standard and `to` under the other. */
export interface CategoryMove {
  /** The category under `from`. */
  readonly from: Category;
  /** The category under `to`. */
  readonly to: Category;
  /** Households. */
  readonly households: number;
  /** Their members. */
  readonly people: number;
  /** Their survey weights, when weights were given. */
  readonly weight?: number;
}

/** An indicator whose status differs: it moved the household (or was added or removed). */
export interface IndicatorChange {
  /** Always `indicator`. */
  readonly kind: 'indicator';
  /** The indicator id. */
  readonly id: string;
  /** Its status under `from`, or `absent` when that standard does not have it. */
  readonly from: IndicatorStatus | 'absent';
  /** Its status under `to`, or `absent`. */
  readonly to: IndicatorStatus | 'absent';
}

/** A line's amount per person and its period. */
export interface LineAmount {
  /** Integer VND per person. */
  readonly amount: number;
  /** Per month or per year. */
  readonly per: 'month' | 'year';
}

/** A line of the household's area, under each standard. */
export interface LineMove {
  /** Which line. */
  readonly line: 'poverty' | 'near-poverty' | 'middle-upper';
  /** Under `from`, or `unpublished`. */
  readonly from: LineAmount | 'unpublished';
  /** Under `to`, or `unpublished`. */
  readonly to: LineAmount | 'unpublished';
}

/** Income fell in another band: the lines that differ moved the household. */
export interface IncomeChange {
  /** Always `income`. */
  readonly kind: 'income';
  /** The income reason code under `from` (`income-at-or-below-poverty-line`…). */
  readonly from: string;
  /** The income reason code under `to`. */
  readonly to: string;
  /** The lines of the household's area that differ between the standards. */
  readonly lines: readonly LineMove[];
}

/** The parameters of a standard's classification rule that a what-if compares. */
export interface ClassificationParameters {
  /** Deprivations that, with income at or below the line, make a household poor. */
  readonly deprivationThreshold: number;
  /** Whether income at or below the poverty line alone makes a household poor. */
  readonly incomeAloneMakesPoor: boolean;
}

/** The rule combining income and deprivations differs between the standards. */
export interface ClassificationChange {
  /** Always `classification`. */
  readonly kind: 'classification';
  /** Under `from`. */
  readonly from: ClassificationParameters;
  /** Under `to`. */
  readonly to: ClassificationParameters;
}

/** What moved a household. */
export type ChangeCause = IndicatorChange | IncomeChange | ClassificationChange;

/** A household whose category differs between the two standards, with what moved it. */
export interface ChangedHousehold {
  /** Its position in the input, from 0. */
  readonly index: number;
  /** Its id, when it has one. */
  readonly householdId?: string;
  /** Its group, when `by` was given. */
  readonly group?: GroupKey;
  /** Its category under `from`. */
  readonly from: Category;
  /** Its category under `to`. */
  readonly to: Category;
  /** Its poverty status under `from`. */
  readonly fromPoverty: PovertyStatus;
  /** Its poverty status under `to`. */
  readonly toPoverty: PovertyStatus;
  /** The indicators, lines and rules that differ for it. */
  readonly causes: readonly ChangeCause[];
}

/** The change of a rate, `to − from`; `null` when either is `null`. */
export interface RateChange {
  /** The change of `rate`. */
  readonly rate: number | null;
  /** The change of `rateAtMost`. */
  readonly rateAtMost: number | null;
}

/** The change of every rate of {@link CategoryFigures}. */
export type CategoryRateChanges = Readonly<
  Record<Exclude<keyof CategoryFigures, 'total'>, RateChange>
>;

/** Rate changes of households and people, weighted when weights were given. */
export interface RateChanges {
  /** Of households. */
  readonly households: CategoryRateChanges;
  /** Of people. */
  readonly people: CategoryRateChanges;
  /** Of weighted households. */
  readonly weightedHouseholds?: CategoryRateChanges;
  /** Of weighted people. */
  readonly weightedPeople?: CategoryRateChanges;
}

/** One group's moves and rate changes. */
export interface StandardsComparisonGroup {
  /** The group's key. */
  readonly key: GroupKey;
  /** Its table of moves: the cells with households. */
  readonly moves: readonly CategoryMove[];
  /** Its rate changes. */
  readonly rateChanges: RateChanges;
}

/** Two standards over the same households. */
export interface StandardsComparison {
  /** The `from` standard. */
  readonly fromStandardId: string;
  /** The `to` standard. */
  readonly toStandardId: string;
  /** The reference date. */
  readonly on: string;
  /** Whether survey weights were applied. */
  readonly weighted: boolean;
  /** Households compared. */
  readonly households: number;
  /** The table of moves: the cells with households, `from` by `to` in category order. */
  readonly moves: readonly CategoryMove[];
  /** The households whose category differs, in input order, with what moved each. */
  readonly changed: readonly ChangedHousehold[];
  /** The summary under `from`, with its groups. */
  readonly before: Summary;
  /** The summary under `to`, with its groups. */
  readonly after: Summary;
  /** The change of every rate. */
  readonly rateChanges: RateChanges;
  /** Each group's moves and rate changes, in the order of its first household. */
  readonly groups: readonly StandardsComparisonGroup[];
  /** Alkire-Foster under each standard (each with its own indicators and default weights). */
  readonly alkireFoster: {
    /** Under `from`. */
    readonly before: AlkireFosterResult;
    /** Under `to`. */
    readonly after: AlkireFosterResult;
    /** `after − before` of H, A and M0; `null` when either is `null`. */
    readonly change: {
      /** Of H. */
      readonly headcountRatio: number | null;
      /** Of A. */
      readonly intensity: number | null;
      /** Of M0. */
      readonly adjustedHeadcountRatio: number | null;
    };
  };
}

const CATEGORIES: readonly Category[] = ['poor', 'near-poor', 'middle', 'not-poor', 'undetermined'];
const CATEGORY_INDEX = new Map(CATEGORIES.map((category, i) => [category, i]));
const C = CATEGORIES.length;

/** A table of moves: households, people and weights by (from, to). */
class MoveTable {
  private readonly sums = new Float64Array(C * C * 3);

  add(from: Category, to: Category, people: number, weight: number): void {
    const at = ((CATEGORY_INDEX.get(from) as number) * C + (CATEGORY_INDEX.get(to) as number)) * 3;
    const sums = this.sums;
    sums[at] = (sums[at] as number) + 1;
    sums[at + 1] = (sums[at + 1] as number) + people;
    sums[at + 2] = (sums[at + 2] as number) + weight;
  }

  cells(weighted: boolean): CategoryMove[] {
    const cells: CategoryMove[] = [];
    for (let f = 0; f < C; f++) {
      for (let t = 0; t < C; t++) {
        const at = (f * C + t) * 3;
        const households = this.sums[at] as number;
        if (households === 0) continue;
        const cell = {
          from: CATEGORIES[f] as Category,
          to: CATEGORIES[t] as Category,
          households,
          people: this.sums[at + 1] as number,
        };
        cells.push(weighted ? { ...cell, weight: this.sums[at + 2] as number } : cell);
      }
    }
    return cells;
  }
}

const difference = (after: number | null, before: number | null): number | null =>
  after === null || before === null ? null : after - before;

function categoryChanges(before: CategoryFigures, after: CategoryFigures): CategoryRateChanges {
  const change = (key: Exclude<keyof CategoryFigures, 'total'>): RateChange => ({
    rate: difference(after[key].rate, before[key].rate),
    rateAtMost: difference(after[key].rateAtMost, before[key].rateAtMost),
  });
  return {
    poor: change('poor'),
    nearPoor: change('nearPoor'),
    poorOrNearPoor: change('poorOrNearPoor'),
    middle: change('middle'),
    notPoor: change('notPoor'),
    neither: change('neither'),
    undetermined: change('undetermined'),
  };
}

function rateChanges(before: SummaryFigures, after: SummaryFigures): RateChanges {
  const changes = {
    households: categoryChanges(before.households, after.households),
    people: categoryChanges(before.people, after.people),
  };
  return before.weightedHouseholds &&
    after.weightedHouseholds &&
    before.weightedPeople &&
    after.weightedPeople
    ? {
        ...changes,
        weightedHouseholds: categoryChanges(before.weightedHouseholds, after.weightedHouseholds),
        weightedPeople: categoryChanges(before.weightedPeople, after.weightedPeople),
      }
    : changes;
}

/** The reason that places income: the first reason about income or score A. */
function incomeCode(assessment: Assessment): string {
  const reason = assessment.reasons.find(
    (r) => r.code.startsWith('income-') || r.code.startsWith('proxy-score-'),
  );
  return reason?.code ?? 'income-not-stated';
}

function lineOf(line: IncomeLine | Unpublished): LineMove['from'] {
  return 'unpublished' in line ? 'unpublished' : { amount: line.amount, per: line.per };
}

function lineChanges(from: Standard, to: Standard, area: Area): LineMove[] {
  const names = [
    ['poverty', 'poverty'],
    ['near-poverty', 'nearPoverty'],
    ['middle-upper', 'middleUpper'],
  ] as const;
  const changes: LineMove[] = [];
  for (const [line, field] of names) {
    const before = lineOf(from.lines[area][field]);
    const after = lineOf(to.lines[area][field]);
    if (JSON.stringify(before) !== JSON.stringify(after))
      changes.push({ line, from: before, to: after });
  }
  return changes;
}

function causes(
  before: Assessment,
  after: Assessment,
  household: Household,
  from: Standard,
  to: Standard,
): ChangeCause[] {
  const found: ChangeCause[] = [];
  const statusAfter = new Map(
    after.indicators.map((indicator) => [indicator.id, indicator.status]),
  );
  for (const indicator of before.indicators) {
    const now = statusAfter.get(indicator.id) ?? 'absent';
    if (now !== indicator.status)
      found.push({ kind: 'indicator', id: indicator.id, from: indicator.status, to: now });
    statusAfter.delete(indicator.id);
  }
  for (const [id, status] of statusAfter)
    found.push({ kind: 'indicator', id, from: 'absent', to: status });
  const codeBefore = incomeCode(before);
  const codeAfter = incomeCode(after);
  if (codeBefore !== codeAfter) {
    found.push({
      kind: 'income',
      from: codeBefore,
      to: codeAfter,
      lines: lineChanges(from, to, household.area),
    });
  }
  const rule = (standard: Standard) => ({
    deprivationThreshold: standard.classification.deprivationThreshold,
    incomeAloneMakesPoor: standard.classification.incomeAloneMakesPoor,
  });
  const ruleBefore = rule(from);
  const ruleAfter = rule(to);
  if (
    ruleBefore.deprivationThreshold !== ruleAfter.deprivationThreshold ||
    ruleBefore.incomeAloneMakesPoor !== ruleAfter.incomeAloneMakesPoor
  ) {
    found.push({ kind: 'classification', from: ruleBefore, to: ruleAfter });
  }
  return found;
}

const OPTIONS = {
  on: 'defined',
  from: 'object',
  to: 'object',
  alkireFoster: 'object',
  by: 'grouping',
  weight: 'function',
} as const;

/**
 * A what-if (so sánh hai chuẩn nghèo): assesses the same households under two standards (a
 * national edition and a provincial or reform standard made with `defineStandard`, or two
 * editions) and reports who moves: the table of moves from each category to each, the households
 * that change with the indicators, lines or rule that moved them, and the change of every rate
 * and of M0, overall and by group.
 *
 * @remarks Legal basis: the two standards' own. This is how a province judges its own lines
 * before adopting them, and what the 2027 change of standard means commune by commune. The rates
 * keep their bounds (undetermined households are never folded into a category), and M0 is
 * computed under each standard with its own indicators, default weights and the given `k` and
 * treatment of unknowns. The households are assessed and dropped one by one: memory holds the
 * two deprivation matrices (a byte per indicator and household) and the households that change.
 * Over an async iterable it returns a promise.
 *
 * @param households - parsed households (`parseHousehold`, or `assessMany`'s `household`s)
 * @param options - the date, the two standards, the Alkire-Foster options, and optionally `by`
 * and `weight`
 * @returns the {@link StandardsComparison}
 * @throws {@link VnPovertyError} as `createAssessor` (for the date), `alkireFoster` (for its
 * options), `invalid-group-key`, `invalid-survey-weight`, `invalid-options`, `not-iterable`; and
 * `birth-after-reference` or `invalid-household` for a household that was not parsed with `on`
 *
 * @example
 * ```ts
 * import { compareStandards, defineStandard, ND07_2021, parseHousehold } from 'vn-poverty';
 * const parsed = parseHousehold({
 *   id: 'HH-1', area: 'rural', income: { annualTotal: 21600000 }, // 1,800,000 a month
 *   members: [{ id: 'a', sex: 'female', birthDate: '1980', ethnicity: 'Tày', healthInsurance: false,
 *     usesInternet: false, work: 'self-employed', disability: 'none', monthlySocialAllowance: false }],
 *   dwelling: { foundation: 'durable', walls: 'durable', roof: 'durable', floorAreaM2: 30 },
 *   water: 'surface-water', latrine: 'septic', devices: ['radio'],
 * });
 * if (!parsed.success) throw new Error('invalid');
 * const higherLine = defineStandard(ND07_2021, {
 *   id: 'what-if-2m', title: { vi: 'Chuẩn thử 2 triệu', en: 'What-if 2 million' },
 *   lines: { rural: { poverty: { amount: 2000000, per: 'month' }, nearPoverty: { amount: 2000000, per: 'month' },
 *     middleUpper: { amount: 3000000, per: 'month' } } },
 * });
 * const comparison = compareStandards([parsed.data], {
 *   on: '2024-06-01', from: ND07_2021, to: higherLine, alkireFoster: { k: '1/3', unknown: 'exclude' },
 * });
 * comparison.moves; //=> [{ from: 'middle', to: 'poor', households: 1, people: 1 }]
 * comparison.changed[0]?.causes.map((cause) => cause.kind); //=> ['income']
 * comparison.rateChanges.households.poor.rate; //=> 1
 * ```
 */
export function compareStandards(
  households: Iterable<Household>,
  options: CompareStandardsOptions,
): StandardsComparison;
export function compareStandards(
  households: AsyncIterable<Household>,
  options: CompareStandardsOptions,
): Promise<StandardsComparison>;
export function compareStandards(
  households: Source<Household>,
  options: CompareStandardsOptions,
): StandardsComparison | Promise<StandardsComparison> {
  if (options === undefined || options === null) {
    throw new VnPovertyError('invalid-options', {
      vi: 'compareStandards cần tuỳ chọn { on, from, to, alkireFoster }.',
      en: 'compareStandards needs the options { on, from, to, alkireFoster }.',
    });
  }
  checkOptions(options, OPTIONS, 'compareStandards');
  const { on, from, to, by, weight } = options;
  const assessFrom = createAssessor({ on, standard: from });
  const assessTo = createAssessor({ on, standard: to });
  // The Alkire-Foster options are checked now, on an empty matrix, not after a province's run.
  alkireFoster(
    { indicatorIds: [], households: 0, statuses: new Uint8Array(0) },
    options.alkireFoster,
  );
  const keyOf = by === undefined ? undefined : groupKeyOf(by);
  const weighted = weight !== undefined;
  const summaries = {
    before: new SummaryBuilder({}, weighted),
    after: new SummaryBuilder({}, weighted),
  };
  const groupMoves = new Map<GroupKey, MoveTable>();
  const matrices = { before: new MatrixBuilder({}), after: new MatrixBuilder({}) };
  const moves = new MoveTable();
  const changed: ChangedHousehold[] = [];
  const keys: GroupKey[] = [];
  const weights: number[] = [];

  const visit = (household: Household, index: number): void => {
    const before: AssessedHousehold = { household, assessment: assessFrom(household) };
    const after: AssessedHousehold = { household, assessment: assessTo(household) };
    const where = describe(before, index);
    const w = weight === undefined ? 1 : checkedWeight(weight(before), where);
    const key = keyOf === undefined ? undefined : keyOf(before, index);
    const people = before.assessment.income.memberCount;
    const fromCategory = before.assessment.category;
    const toCategory = after.assessment.category;
    moves.add(fromCategory, toCategory, people, w);
    summaries.before.addHousehold(before, index, w, key);
    summaries.after.addHousehold(after, index, w, key);
    matrices.before.add(before, index);
    matrices.after.add(after, index);
    weights.push(w);
    if (key !== undefined) {
      keys.push(key);
      let table = groupMoves.get(key);
      if (table === undefined) {
        table = new MoveTable();
        groupMoves.set(key, table);
      }
      table.add(fromCategory, toCategory, people, w);
    }
    if (fromCategory === toCategory) return;
    const id = before.assessment.householdId;
    changed.push({
      index,
      ...(id === undefined ? {} : { householdId: id }),
      ...(key === undefined ? {} : { group: key }),
      from: fromCategory,
      to: toCategory,
      fromPoverty: before.assessment.poverty,
      toPoverty: after.assessment.poverty,
      causes: causes(before.assessment, after.assessment, household, from, to),
    });
  };

  const finish = (): StandardsComparison => {
    const withLayout = (matrix: ReturnType<MatrixBuilder['matrix']>) => ({
      ...matrix,
      ...(weighted ? { weights: Float64Array.from(weights) } : {}),
      ...(keyOf === undefined ? {} : { groups: keys }),
    });
    const before = summaries.before.result();
    const after = summaries.after.result();
    const afBefore = alkireFoster(withLayout(matrices.before.matrix()), options.alkireFoster);
    const afAfter = alkireFoster(withLayout(matrices.after.matrix()), options.alkireFoster);
    return {
      fromStandardId: from.id,
      toStandardId: to.id,
      on,
      weighted,
      households: before.assessed,
      moves: moves.cells(weighted),
      changed,
      before,
      after,
      rateChanges: rateChanges(before, after),
      // Both summaries met the groups in the same order: the order of their first household.
      groups: before.groups.map((group, g) => ({
        key: group.key,
        moves: (groupMoves.get(group.key) as MoveTable).cells(weighted),
        rateChanges: rateChanges(group, after.groups[g] as SummaryFigures),
      })),
      alkireFoster: {
        before: afBefore,
        after: afAfter,
        change: {
          headcountRatio: difference(afAfter.headcountRatio, afBefore.headcountRatio),
          intensity: difference(afAfter.intensity, afBefore.intensity),
          adjustedHeadcountRatio: difference(
            afAfter.adjustedHeadcountRatio,
            afBefore.adjustedHeadcountRatio,
          ),
        },
      },
    };
  };

  return visitAll(households, 'households', visit, finish);
}
