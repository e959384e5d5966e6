import { type ValidationIssue, VnPovertyError } from '../errors';
import type { Category, PovertyStatus, PreviousStatus } from '../household/types';
import { andThen, type Source, visitAll } from './iterate';
import { checkOptions } from './options';
import {
  assessedItem,
  checkedWeight,
  describe,
  groupKeyOf,
  isRejected,
  OneStandard,
} from './population';
import type { AssessedHousehold, GroupBy, GroupKey, PopulationItem, SurveyWeight } from './types';

/**
 * How a household moved between two reviews (biến động hộ nghèo, hộ cận nghèo):
 *
 * - `stayed-poor`, `poor-to-near-poor`, `escaped-poverty` (poor → neither);
 * - `near-poor-to-poor`, `stayed-near-poor`, `escaped-near-poverty` (near-poor → neither);
 * - `newly-poor`, `newly-near-poor` (hộ nghèo / cận nghèo phát sinh: neither → poor / near-poor);
 * - `fell-back-into-poverty`, `fell-back-into-near-poverty` (tái nghèo / tái cận nghèo: neither →
 *   poor / near-poor, for a household whose record shows it was poor or near-poor earlier);
 * - `stayed-neither` (neither poor nor near-poor in both);
 * - `moved-in` (only in the current review), `moved-out` (only in the previous one);
 * - `undetermined` (poverty undetermined in either review).
 */
export type TransitionKind =
  | 'stayed-poor'
  | 'poor-to-near-poor'
  | 'escaped-poverty'
  | 'near-poor-to-poor'
  | 'stayed-near-poor'
  | 'escaped-near-poverty'
  | 'newly-poor'
  | 'newly-near-poor'
  | 'fell-back-into-poverty'
  | 'fell-back-into-near-poverty'
  | 'stayed-neither'
  | 'moved-in'
  | 'moved-out'
  | 'undetermined';

/**
 * Every transition kind, in the order reports list them.
 *
 * @example
 * ```ts
 * import { TRANSITION_KINDS } from 'vn-poverty';
 * TRANSITION_KINDS.length; //=> 14
 * TRANSITION_KINDS[2]; //=> 'escaped-poverty'
 * ```
 */
export const TRANSITION_KINDS: readonly TransitionKind[] = Object.freeze([
  'stayed-poor',
  'poor-to-near-poor',
  'escaped-poverty',
  'near-poor-to-poor',
  'stayed-near-poor',
  'escaped-near-poverty',
  'newly-poor',
  'newly-near-poor',
  'fell-back-into-poverty',
  'fell-back-into-near-poverty',
  'stayed-neither',
  'moved-in',
  'moved-out',
  'undetermined',
] as const);

/** One household's move between the two reviews. */
export interface Transition {
  /** The household's id, which matched the two reviews. */
  readonly householdId: string;
  /** How it moved. */
  readonly kind: TransitionKind;
  /** Its poverty status in the previous review; `null` when it was not in it. */
  readonly from: PovertyStatus | null;
  /** Its poverty status in the current review; `null` when it is not in it. */
  readonly to: PovertyStatus | null;
  /** Its category in the previous review, or `null`. */
  readonly fromCategory: Category | null;
  /** Its category in the current review, or `null`. */
  readonly toCategory: Category | null;
  /** Its position in the previous review's items, or `null`. */
  readonly previousIndex: number | null;
  /** Its position in the current review's items, or `null`. */
  readonly currentIndex: number | null;
  /** Its members, in the current review (the previous one for a household that moved out). */
  readonly people: number;
  /** Its survey weight, when weights were given. */
  readonly weight?: number;
  /** Its group, when `by` was given. */
  readonly group?: GroupKey;
  /**
   * For an escape (`poor-to-near-poor`, `escaped-poverty`, `escaped-near-poverty`): the date of
   * the current review's assessment, from which windows such as "escaped no more than 3 years
   * ago" run.
   */
  readonly escapedOn?: string;
  /** For a fall back: the earlier recognised status, from the household's `previous`. */
  readonly earlierStatus?: PreviousStatus;
}

/** Households, people and weights in one transition. */
export interface TransitionCounts {
  /** Households. */
  readonly households: number;
  /** Their members. */
  readonly people: number;
  /** Their survey weights, when weights were given. */
  readonly weight?: number;
}

/** The counts of one group. */
export interface TransitionGroup {
  /** The group's key. */
  readonly key: GroupKey;
  /** Its counts by transition. */
  readonly counts: Readonly<Record<TransitionKind, TransitionCounts>>;
}

/** Two reviews compared household by household. */
export interface ReviewComparison {
  /** The standard of the previous review's assessments; `null` when it had none. */
  readonly previousStandardId: string | null;
  /** The standard of the current review's assessments; `null` when it had none. */
  readonly currentStandardId: string | null;
  /** Whether survey weights were applied. */
  readonly weighted: boolean;
  /** Every household of either review: current order, then those that moved out. */
  readonly transitions: readonly Transition[];
  /** Counts by transition: every kind is present. */
  readonly counts: Readonly<Record<TransitionKind, TransitionCounts>>;
  /** The counts of each group, in the order of its first household; empty without `by`. */
  readonly groups: readonly TransitionGroup[];
  /** Records of each review that `assessMany` rejected: they have no id to match on. */
  readonly rejected: {
    /** In the previous review. */
    readonly previous: number;
    /** In the current review. */
    readonly current: number;
  };
}

/** Options of {@link compareReviews}. */
export interface CompareReviewsOptions {
  /** Groups to count apart; the key is read from the current review (the previous one for a household that moved out). */
  readonly by?: GroupBy;
  /** A survey weight per household, read like `by`. */
  readonly weight?: SurveyWeight;
}

interface Entry {
  readonly item: AssessedHousehold;
  readonly index: number;
}

const MAX_ISSUES = 100;

function wasPoorOrNearPoor(status: PreviousStatus | undefined): status is PreviousStatus {
  return status !== undefined && (status.category === 'poor' || status.category === 'near-poor');
}

function kindOf(
  from: PovertyStatus,
  to: PovertyStatus,
  earlier: PreviousStatus | undefined,
): TransitionKind {
  if (from === 'undetermined' || to === 'undetermined') return 'undetermined';
  if (from === 'poor') {
    return to === 'poor'
      ? 'stayed-poor'
      : to === 'near-poor'
        ? 'poor-to-near-poor'
        : 'escaped-poverty';
  }
  if (from === 'near-poor') {
    return to === 'poor'
      ? 'near-poor-to-poor'
      : to === 'near-poor'
        ? 'stayed-near-poor'
        : 'escaped-near-poverty';
  }
  if (to === 'neither') return 'stayed-neither';
  if (earlier !== undefined)
    return to === 'poor' ? 'fell-back-into-poverty' : 'fell-back-into-near-poverty';
  return to === 'poor' ? 'newly-poor' : 'newly-near-poor';
}

const ESCAPES: ReadonlySet<TransitionKind> = new Set([
  'poor-to-near-poor',
  'escaped-poverty',
  'escaped-near-poverty',
]);

class Counts {
  private readonly sums = new Map<
    TransitionKind,
    { households: number; people: number; weight: number }
  >();

  add(kind: TransitionKind, people: number, weight: number): void {
    const sum = this.sums.get(kind) ?? { households: 0, people: 0, weight: 0 };
    sum.households++;
    sum.people += people;
    sum.weight += weight;
    this.sums.set(kind, sum);
  }

  result(weighted: boolean): Record<TransitionKind, TransitionCounts> {
    const out = {} as Record<TransitionKind, TransitionCounts>;
    for (const kind of TRANSITION_KINDS) {
      const sum = this.sums.get(kind) ?? { households: 0, people: 0, weight: 0 };
      out[kind] = weighted
        ? { households: sum.households, people: sum.people, weight: sum.weight }
        : { households: sum.households, people: sum.people };
    }
    return out;
  }
}

function idOf(item: AssessedHousehold, index: number, review: string): string {
  const id = item.assessment.householdId;
  if (id !== undefined) return id;
  throw new VnPovertyError('missing-household-id', {
    vi: `Hộ #${index} của kỳ rà soát ${review === 'previous' ? 'trước' : 'này'} không có id: so sánh hai kỳ cần id của mọi hộ.`,
    en: `Household #${index} of the ${review} review has no id: comparing reviews needs every household's id.`,
  });
}

function duplicates(issues: ValidationIssue[], review: string): VnPovertyError {
  return new VnPovertyError(
    'duplicate-household-id',
    {
      vi: `Kỳ rà soát ${review === 'previous' ? 'trước' : 'này'} có hộ trùng id: xem issues.`,
      en: `The ${review} review has households with the same id: see issues.`,
    },
    issues,
  );
}

function duplicateIssue(id: string, index: number, first: number, review: string): ValidationIssue {
  return {
    path: `${review}[${index}]`,
    code: 'duplicate-household-id',
    householdId: id,
    message: {
      vi: `Hộ #${index} trùng id "${id.slice(0, 100)}" với hộ #${first}.`,
      en: `Household #${index} has the id "${id.slice(0, 100)}" of household #${first}.`,
    },
  };
}

/**
 * Compares two reviews of the same households by id (so sánh kết quả hai kỳ rà soát): each
 * household's transition (stayed poor, escaped, newly poor, fell back…), and the counts of
 * households, people and weights per transition, overall and by group.
 *
 * @remarks Legal basis: Decision 24/2021/QĐ-TTg on the review procedure (grade S); the report
 * layout of status changes is grade U (spec/standards.md §7), the transitions themselves follow
 * from the categories. The transitions are read from `Assessment.poverty` (poor, near-poor or
 * neither), so a household moving between middle and not poor stays `stayed-neither`. A
 * household that is neither in the previous review and poor or near-poor now has fallen back
 * (tái nghèo) when its record in either review has a `previous` status of poor or near-poor;
 * otherwise it is newly poor (nghèo phát sinh). Escapes carry the current review's date. A
 * review with a household without id, or two households with one id, is refused: a comparison
 * by id would be wrong. Over async iterables it returns a promise.
 *
 * @param previous - the earlier review's assessed households (and rejected records)
 * @param current - the later review's
 * @param options - `by` a grouping, `weight` a survey weight
 * @returns the {@link ReviewComparison}
 * @throws {@link VnPovertyError} `missing-household-id`, `duplicate-household-id`,
 * `mixed-standards` (within one review), `invalid-group-key`, `invalid-survey-weight`,
 * `invalid-options`, `not-iterable`
 *
 * @example
 * ```ts
 * import { assessMany, compareReviews } from 'vn-poverty';
 * const household = (id: string, annualTotal: number) => ({
 *   id, area: 'rural', income: { annualTotal },
 *   members: [{ id: 'a', sex: 'female', birthDate: '1980', ethnicity: 'Tày', healthInsurance: false,
 *     usesInternet: false, work: 'self-employed', disability: 'none', monthlySocialAllowance: false }],
 *   dwelling: { foundation: 'durable', walls: 'durable', roof: 'durable', floorAreaM2: 30 },
 *   water: 'surface-water', latrine: 'septic', devices: ['radio'],
 * });
 * const before = [...assessMany([household('A', 12000000), household('B', 12000000)], { on: '2023-10-01' })];
 * const after = [...assessMany([household('A', 90000000), household('C', 12000000)], { on: '2024-10-01' })];
 * const comparison = compareReviews(before, after);
 * comparison.transitions.map((t) => `${t.householdId} ${t.kind}`); //=> ['A escaped-poverty', 'C moved-in', 'B moved-out']
 * comparison.transitions[0]?.escapedOn; //=> '2024-10-01'
 * comparison.counts['escaped-poverty'].households; //=> 1
 * ```
 */
export function compareReviews(
  previous: Iterable<PopulationItem>,
  current: Iterable<PopulationItem>,
  options?: CompareReviewsOptions,
): ReviewComparison;
export function compareReviews(
  previous: AsyncIterable<PopulationItem>,
  current: Iterable<PopulationItem> | AsyncIterable<PopulationItem>,
  options?: CompareReviewsOptions,
): Promise<ReviewComparison>;
export function compareReviews(
  previous: Iterable<PopulationItem>,
  current: AsyncIterable<PopulationItem>,
  options?: CompareReviewsOptions,
): Promise<ReviewComparison>;
export function compareReviews(
  previous: Source<PopulationItem>,
  current: Source<PopulationItem>,
  options: CompareReviewsOptions = {},
): ReviewComparison | Promise<ReviewComparison> {
  checkOptions(options, { by: 'grouping', weight: 'function' }, 'compareReviews');
  const keyOf = options.by === undefined ? undefined : groupKeyOf(options.by);
  const weightOf = options.weight;
  const weighted = weightOf !== undefined;
  const earlier = new Map<string, Entry>();
  const previousStandard = new OneStandard();
  const currentStandard = new OneStandard();
  const rejected = { previous: 0, current: 0 };
  const issues: ValidationIssue[] = [];

  const readPrevious = (raw: PopulationItem, index: number): void => {
    if (isRejected(raw)) {
      rejected.previous++;
      return;
    }
    const item = assessedItem(raw, index);
    previousStandard.check(item, index);
    const id = idOf(item, index, 'previous');
    const seen = earlier.get(id);
    if (seen !== undefined) {
      if (issues.length < MAX_ISSUES)
        issues.push(duplicateIssue(id, index, seen.index, 'previous'));
    } else earlier.set(id, { item, index });
  };

  const transitions: Transition[] = [];
  const overall = new Counts();
  const groups = new Map<GroupKey, Counts>();
  const seenNow = new Map<string, number>();

  const record = (id: string, before: Entry | undefined, now: Entry | undefined): void => {
    const subject = (now ?? before) as Entry;
    const where = describe(subject.item, subject.index);
    const people = subject.item.assessment.income.memberCount;
    const weight = weightOf === undefined ? 1 : checkedWeight(weightOf(subject.item), where);
    const group = keyOf === undefined ? undefined : keyOf(subject.item, subject.index);
    const from = before?.item.assessment.poverty ?? null;
    const to = now?.item.assessment.poverty ?? null;
    const earlierStatus = [now?.item.household.previous, before?.item.household.previous].find(
      wasPoorOrNearPoor,
    );
    const kind =
      from === null ? 'moved-in' : to === null ? 'moved-out' : kindOf(from, to, earlierStatus);
    const transition: Transition = {
      householdId: id,
      kind,
      from,
      to,
      fromCategory: before?.item.assessment.category ?? null,
      toCategory: now?.item.assessment.category ?? null,
      previousIndex: before?.index ?? null,
      currentIndex: now?.index ?? null,
      people,
      ...(weighted ? { weight } : {}),
      ...(group === undefined ? {} : { group }),
      ...(ESCAPES.has(kind) && now !== undefined ? { escapedOn: now.item.assessment.on } : {}),
      ...(kind.startsWith('fell-back') && earlierStatus !== undefined
        ? { earlierStatus: { ...earlierStatus } }
        : {}),
    };
    transitions.push(transition);
    overall.add(kind, people, weight);
    if (group !== undefined) {
      let counts = groups.get(group);
      if (counts === undefined) {
        counts = new Counts();
        groups.set(group, counts);
      }
      counts.add(kind, people, weight);
    }
  };

  const readCurrent = (raw: PopulationItem, index: number): void => {
    if (isRejected(raw)) {
      rejected.current++;
      return;
    }
    const item = assessedItem(raw, index);
    currentStandard.check(item, index);
    const id = idOf(item, index, 'current');
    const first = seenNow.get(id);
    if (first !== undefined) {
      if (issues.length < MAX_ISSUES) issues.push(duplicateIssue(id, index, first, 'current'));
      return;
    }
    seenNow.set(id, index);
    if (issues.length > 0) return; // the result will be refused: only look for more duplicates
    const before = earlier.get(id);
    earlier.delete(id);
    record(id, before, { item, index });
  };

  const finish = (): ReviewComparison => {
    if (issues.length > 0) throw duplicates(issues, 'current');
    for (const [id, entry] of earlier) record(id, entry, undefined);
    return {
      previousStandardId: previousStandard.standardId ?? null,
      currentStandardId: currentStandard.standardId ?? null,
      weighted,
      transitions,
      counts: overall.result(weighted),
      groups: [...groups].map(([key, counts]) => ({ key, counts: counts.result(weighted) })),
      rejected,
    };
  };

  return andThen(
    visitAll(previous, 'previous', readPrevious, () => {
      if (issues.length > 0) throw duplicates(issues, 'previous');
    }),
    () => visitAll(current, 'current', readCurrent, finish),
  );
}
