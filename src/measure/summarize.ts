import { type Source, visitAll } from './iterate';
import { checkOptions } from './options';
import {
  assessedItem,
  checkedPeople,
  checkedWeight,
  describe,
  groupKeyOf,
  isRejected,
  OneStandard,
} from './population';
import { CategoryTally, categoryMask, type SummaryFigures } from './tally';
import type { AssessedHousehold, GroupBy, GroupKey, PopulationItem, SurveyWeight } from './types';

/** Options of {@link summarize}. */
export interface SummarizeOptions {
  /** Groups to count apart, besides the whole population. */
  readonly by?: GroupBy;
  /** A survey weight per household; the weighted figures appear only with it. */
  readonly weight?: SurveyWeight;
  /**
   * Whom to count as people in a household (by default its members,
   * `assessment.income.memberCount`): for example only its women.
   */
  readonly people?: (item: AssessedHousehold) => number;
}

/** One group's figures. */
export interface GroupSummary extends SummaryFigures {
  /** The group's key. */
  readonly key: GroupKey;
}

/** Counts and rates of a population by category, overall and by group. */
export interface Summary extends SummaryFigures {
  /** The standard of the assessments; `null` when there were none. */
  readonly standardId: string | null;
  /** Items read: always `assessed + rejected`. */
  readonly records: number;
  /** Households counted. */
  readonly assessed: number;
  /** Records that `assessMany` could not assess: in no category, and never silently dropped. */
  readonly rejected: number;
  /** Whether survey weights were applied. */
  readonly weighted: boolean;
  /** Each group, in the order of its first household; empty without `by`. */
  readonly groups: readonly GroupSummary[];
}

/**
 * Accumulates a summary one item at a time, so that arrays and streams give the same figures.
 * `weighted` says whether the figures are weighted: by the `weight` option, or by the weights a
 * caller passes to {@link SummaryBuilder.addHousehold}.
 */
export class SummaryBuilder {
  private readonly overall = new CategoryTally();
  private readonly groups = new Map<GroupKey, CategoryTally>();
  private readonly standard = new OneStandard();
  private readonly keyOf: ((item: AssessedHousehold, index: number) => GroupKey) | undefined;
  private records = 0;
  private rejected = 0;

  constructor(
    private readonly options: SummarizeOptions,
    private readonly weighted: boolean = options.weight !== undefined,
  ) {
    this.keyOf = options.by === undefined ? undefined : groupKeyOf(options.by);
  }

  /** Adds one item: an assessed household, or a rejected record. */
  add(item: PopulationItem, index: number): void {
    if (isRejected(item)) {
      this.records++;
      this.rejected++;
      return;
    }
    this.addHousehold(assessedItem(item, index), index);
  }

  /**
   * Adds an assessed household, with its weight (by default from the `weight` option, or 1) and
   * its group (by default from the `by` option; none without it).
   */
  addHousehold(household: AssessedHousehold, index: number, weight?: number, key?: GroupKey): void {
    this.records++;
    this.standard.check(household, index);
    const { people } = this.options;
    const w = weight ?? this.weightOf(household, index);
    const count =
      people === undefined
        ? household.assessment.income.memberCount
        : checkedPeople(people(household), describe(household, index));
    const mask = categoryMask(household.assessment);
    this.overall.add(mask, count, w);
    const groupKey = key ?? this.keyOf?.(household, index);
    if (groupKey === undefined) return;
    let group = this.groups.get(groupKey);
    if (group === undefined) {
      group = new CategoryTally();
      this.groups.set(groupKey, group);
    }
    group.add(mask, count, w);
  }

  private weightOf(household: AssessedHousehold, index: number): number {
    const weight = this.options.weight;
    return weight === undefined ? 1 : checkedWeight(weight(household), describe(household, index));
  }

  /** The summary of everything added. */
  result(): Summary {
    const weighted = this.weighted;
    return {
      standardId: this.standard.standardId ?? null,
      records: this.records,
      assessed: this.records - this.rejected,
      rejected: this.rejected,
      weighted,
      ...this.overall.figures(weighted),
      groups: [...this.groups].map(([key, tally]) => ({ key, ...tally.figures(weighted) })),
    };
  }
}

const OPTIONS = { by: 'grouping', weight: 'function', people: 'function' } as const;

/**
 * Counts households and people by category (thống kê hộ nghèo, hộ cận nghèo), with rates, overall
 * and by group, optionally weighted by survey weights.
 *
 * @remarks Undetermined households are never put in a category they may not be in: each
 * category's `count` holds the households surely in it, and `atMost` adds the undetermined ones
 * that could be, so a rate comes with its bounds (the poverty rate if none of the undetermined
 * households that could be poor were, and if all were). Rates are shares of all households,
 * undetermined ones included; `null` when there are none. Rejected records (from `assessMany`)
 * are counted apart, in no category. Works in one pass with memory for the groups only, over an
 * array, an iterable or an async iterable (then it returns a promise).
 *
 * @param items - assessed households (and rejected records), such as `assessMany` yields
 * @param options - `by` a grouping, `weight` a survey weight, `people` whom to count as people
 * @returns the {@link Summary}
 * @throws {@link VnPovertyError} `mixed-standards`, `invalid-group-key`,
 * `invalid-survey-weight`, `invalid-people-count`, `invalid-options`, `not-iterable`
 *
 * @example
 * ```ts
 * import { assessMany, summarize } from 'vn-poverty';
 * const household = (id: string, annualTotal: number, commune: string) => ({
 *   id, area: 'rural', location: { communeCode: commune }, income: { annualTotal },
 *   members: [{ id: 'a', sex: 'female', birthDate: '1980', ethnicity: 'Tày', healthInsurance: false,
 *     usesInternet: false, work: 'self-employed', disability: 'none', monthlySocialAllowance: false }],
 *   dwelling: { foundation: 'durable', walls: 'durable', roof: 'durable', floorAreaM2: 30 },
 *   water: 'surface-water', latrine: 'septic', devices: ['radio'],
 * });
 * const items = [...assessMany([
 *   household('A', 12000000, '001'), // 1,000,000 a month; health insurance, water, telecom: poor
 *   household('B', 90000000, '001'),
 *   household('C', 90000000, '002'),
 * ], { on: '2024-06-01' })];
 * const summary = summarize(items, { by: 'commune' });
 * summary.households.poor.count; //=> 1
 * summary.households.poor.rate; //=> 1 / 3
 * summary.groups.map((group) => [group.key, group.households.poor.count]); //=> [['001', 1], ['002', 0]]
 * ```
 */
export function summarize(items: Iterable<PopulationItem>, options?: SummarizeOptions): Summary;
export function summarize(
  items: AsyncIterable<PopulationItem>,
  options?: SummarizeOptions,
): Promise<Summary>;
export function summarize(
  items: Source<PopulationItem>,
  options: SummarizeOptions = {},
): Summary | Promise<Summary> {
  checkOptions(options, OPTIONS, 'summarize');
  const builder = new SummaryBuilder(options);
  return visitAll(
    items,
    'items',
    (item, index) => builder.add(item, index),
    () => builder.result(),
  );
}
