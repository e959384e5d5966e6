import * as z from 'zod/mini';
import { type ValidationIssue, VnPovertyError } from '../errors';
import { formatPath } from '../household/format-path';
import type { ProgrammeTarget, TargetBand } from './programme-targets';
import {
  compareRatios,
  divideRatios,
  integerRatio,
  multiplyRatios,
  type Ratio,
  ratioToNumber,
  subtractRatios,
  toRatio,
} from './ratio';

/**
 * One year's figure for a measure: a count out of a total (for a rate in percent: 100 × count ÷
 * total, exactly), or a value in the measure's unit (`6938` households, `'2.04'` percent, `2.6`
 * times).
 *
 * @example
 * ```ts
 * import type { TargetFigure } from 'vn-poverty';
 * const counted: TargetFigure = { count: 6938, total: 340098 };
 * const published: TargetFigure = { value: '2.04' };
 * 'count' in counted && 'value' in published; //=> true
 * ```
 */
export type TargetFigure = CountFigure | ValueFigure;

/** A count out of a total: for a rate in percent, 100 × count ÷ total. */
export interface CountFigure {
  /** The count (households, or a sum of survey weights), at least 0. */
  readonly count: number;
  /** The total, above 0. */
  readonly total: number;
}

/** A value in the measure's unit: a number, or text read digit by digit (`'2.04'`). */
export interface ValueFigure {
  /** The value. */
  readonly value: number | string;
}

/** The figures of one year, by measure id (`poverty-rate`, `poor-or-near-poor-households`…). */
export interface YearFigures {
  /** The year the figures describe: that of the review. */
  readonly year: number;
  /** The figures, by measure id. */
  readonly figures: Readonly<Record<string, TargetFigure>>;
}

/** Where a value stands against a band. */
export type BandPosition = 'below' | 'within' | 'above';

/**
 * Where a target stands: `no-data` (too few figures), `on-track` or `off-track` (the period is
 * still running), `met` or `not-met` (figures reach its last year).
 */
export type ProgressStatus = 'no-data' | 'on-track' | 'off-track' | 'met' | 'not-met';

/** A measure's value in a year. */
export interface YearValue {
  /** The year. */
  readonly year: number;
  /** The value in the measure's unit. */
  readonly value: number;
}

/** The fall between two years that have figures. */
export interface YearlyStep {
  /** The earlier year. */
  readonly fromYear: number;
  /** The later year. */
  readonly toYear: number;
  /** The fall over the step (negative for a rise). */
  readonly fall: number;
  /** The fall per year (the step may span years without figures). */
  readonly fallPerYear: number;
  /** The yearly fall against the band. */
  readonly position: BandPosition;
}

interface ProgressBase {
  /** The target (a copy). */
  readonly target: ProgrammeTarget;
  /** Where it stands. */
  readonly status: ProgressStatus;
  /** The measure's values in the baseline year and the period's years, in year order. */
  readonly values: readonly YearValue[];
  /** Years of the period after the last figure. */
  readonly remainingYears: number;
}

/** Progress against a yearly fall. */
export interface YearlyFallProgress extends ProgressBase {
  /** Always `yearly-fall`. */
  readonly kind: 'yearly-fall';
  /** Each step between consecutive figures. */
  readonly steps: readonly YearlyStep[];
  /** From the first figure to the last: the fall, per year, against the band; `null` with fewer than two. */
  readonly achieved: YearlyStep | null;
  /**
   * The fall per year that the remaining years need for the period to average the band's
   * minimum, from the first figure; 0 when already there; `null` when no year remains.
   */
  readonly neededFallPerYear: number | null;
}

/** Progress against a fall over the period, in percent of the start. */
export interface PeriodFallProgress extends ProgressBase {
  /** Always `period-relative-fall`. */
  readonly kind: 'period-relative-fall';
  /** From the first figure to the last: the fall, and in percent of the start; `null` with fewer than two. */
  readonly achieved: {
    /** The first year with a figure. */
    readonly fromYear: number;
    /** The last. */
    readonly toYear: number;
    /** The fall between them, in the measure's unit. */
    readonly fall: number;
    /** The fall in percent of the start; `null` when the start is 0. */
    readonly fallPercent: number | null;
    /** `fallPercent` against the band. */
    readonly position: BandPosition;
  } | null;
  /** The fall per year the remaining years need to reach the band's minimum; `null` when none remain. */
  readonly neededFallPerYear: number | null;
}

/** Progress against a level to reach. */
export interface LevelProgress extends ProgressBase {
  /** Always `level`. */
  readonly kind: 'level';
  /** The last figure against the band; `null` without figures. */
  readonly latest: {
    /** Its year. */
    readonly year: number;
    /** Its value. */
    readonly value: number;
    /** The value against the band. */
    readonly position: BandPosition;
  } | null;
  /**
   * The change per year (negative for a fall) that the remaining years need to bring the value
   * into the band; 0 when it is in it; `null` when no year remains.
   */
  readonly neededChangePerYear: number | null;
}

/** Progress against one target. */
export type TargetProgress = YearlyFallProgress | PeriodFallProgress | LevelProgress;

const finite = z.number().check(z.refine(Number.isFinite));
const bandSchema = z.strictObject({
  min: z.nullable(finite),
  max: z.nullable(finite),
  minExclusive: z.optional(z.boolean()),
  maxExclusive: z.optional(z.boolean()),
});
const year = z.int().check(z.minimum(1900), z.maximum(2200));
const text = z.string().check(z.minLength(1), z.maxLength(500));
const targetSchema = z.strictObject({
  id: text,
  title: z.strictObject({ vi: text, en: text }),
  measure: text,
  unit: z.enum(['percent', 'households', 'times']),
  kind: z.enum(['yearly-fall', 'period-relative-fall', 'level']),
  period: z.strictObject({ from: year, to: year }),
  band: bandSchema,
  basis: z.strictObject({
    kind: z.enum(['law', 'resolution', 'decree', 'decision', 'circular', 'plan', 'specification']),
    number: text,
    article: z.optional(text),
    grade: z.enum(['L', 'S', 'N', 'U']),
    note: z.optional(z.string()),
  }),
});
const figureSchema = z.union([
  z.strictObject({ count: finite.check(z.minimum(0)), total: finite.check(z.gt(0)) }),
  z.strictObject({ value: z.union([finite, z.string().check(z.maxLength(60))]) }),
]);
const yearSchema = z.strictObject({ year, figures: z.record(z.string(), figureSchema) });
const inputSchema = z.strictObject({
  years: z.array(yearSchema).check(z.maxLength(500)),
  targets: z.array(targetSchema).check(z.maxLength(1000)),
});

const MAX_ISSUES = 100;

function issue(path: string, code: string, vi: string, en: string): ValidationIssue {
  return { path, code, message: { vi, en } };
}

function invalid(issues: readonly ValidationIssue[]): VnPovertyError {
  return new VnPovertyError(
    'invalid-targets',
    {
      vi: 'Mục tiêu hoặc số liệu theo năm không hợp lệ: xem issues.',
      en: 'The targets or the yearly figures are not valid: see issues.',
    },
    issues.slice(0, MAX_ISSUES),
  );
}

/** Problems zod and the cross-field rules find. */
function validate(years: unknown, targets: unknown): ValidationIssue[] {
  const parsed = inputSchema.safeParse({ years, targets });
  if (!parsed.success) {
    return parsed.error.issues.slice(0, MAX_ISSUES).map((raw) => {
      const path = formatPath(raw.path);
      return issue(
        path,
        raw.code === 'unrecognized_keys' ? 'unknown-key' : 'invalid-value',
        `Giá trị tại "${path}" không đúng dạng.`,
        `The value at "${path}" is not of its documented form.`,
      );
    });
  }
  const found: ValidationIssue[] = [];
  const seenYears = new Set<number>();
  parsed.data.years.forEach((entry, i) => {
    if (seenYears.has(entry.year)) {
      found.push(
        issue(
          `years[${i}].year`,
          'duplicate-year',
          `Năm ${entry.year} có hai bộ số liệu.`,
          `The year ${entry.year} has two sets of figures.`,
        ),
      );
    }
    seenYears.add(entry.year);
    for (const [measure, figure] of Object.entries(entry.figures)) {
      if ('value' in figure && toRatio(figure.value) === undefined) {
        found.push(
          issue(
            `years[${i}].figures.${measure}`,
            'invalid-value',
            `"${String(figure.value)}" không phải một số.`,
            `"${String(figure.value)}" is not a number.`,
          ),
        );
      }
    }
  });
  const seenIds = new Set<string>();
  parsed.data.targets.forEach((target, i) => {
    if (seenIds.has(target.id)) {
      found.push(
        issue(
          `targets[${i}].id`,
          'duplicate-target',
          `Mục tiêu "${target.id}" bị lặp.`,
          `The target "${target.id}" is listed twice.`,
        ),
      );
    }
    seenIds.add(target.id);
    if (target.period.from > target.period.to) {
      found.push(
        issue(
          `targets[${i}].period`,
          'invalid-period',
          'Năm bắt đầu sau năm kết thúc.',
          'The period starts after it ends.',
        ),
      );
    }
    const { min, max } = target.band;
    if ((min === null && max === null) || (min !== null && max !== null && min > max)) {
      found.push(
        issue(
          `targets[${i}].band`,
          'invalid-band',
          'Khoảng mục tiêu cần ít nhất một đầu, và min ≤ max.',
          'A band needs at least one end, and min ≤ max.',
        ),
      );
    }
  });
  return found;
}

const HUNDRED = integerRatio(100);

function figureValue(figure: TargetFigure, target: ProgrammeTarget, where: string): Ratio {
  if ('value' in figure) return toRatio(figure.value) as Ratio;
  if (target.unit !== 'percent') {
    throw invalid([
      issue(
        where,
        'count-for-non-rate',
        `Số liệu dạng { count, total } chỉ dùng cho tỷ lệ (%); mục tiêu "${target.id}" tính bằng ${target.unit}.`,
        `A { count, total } figure is for a rate in percent; the target "${target.id}" is in ${target.unit}.`,
      ),
    ]);
  }
  return divideRatios(
    multiplyRatios(toRatio(figure.count) as Ratio, HUNDRED),
    toRatio(figure.total) as Ratio,
  );
}

function position(value: Ratio, band: TargetBand): BandPosition {
  if (band.min !== null) {
    const against = compareRatios(value, toRatio(band.min) as Ratio);
    if (against < 0 || (against === 0 && band.minExclusive === true)) return 'below';
  }
  if (band.max !== null) {
    const against = compareRatios(value, toRatio(band.max) as Ratio);
    if (against > 0 || (against === 0 && band.maxExclusive === true)) return 'above';
  }
  return 'within';
}

interface Point {
  readonly year: number;
  readonly value: Ratio;
}

function step(from: Point, to: Point, band: TargetBand): YearlyStep {
  const fall = subtractRatios(from.value, to.value);
  const perYear = divideRatios(fall, integerRatio(to.year - from.year));
  return {
    fromYear: from.year,
    toYear: to.year,
    fall: ratioToNumber(fall),
    fallPerYear: ratioToNumber(perYear),
    position: position(perYear, band),
  };
}

/** Met or not once the period is over; on or off track while it runs. */
function settle(remainingYears: number, good: boolean): ProgressStatus {
  if (remainingYears === 0) return good ? 'met' : 'not-met';
  return good ? 'on-track' : 'off-track';
}

const ZERO = integerRatio(0);
const atLeastZero = (value: Ratio): number =>
  ratioToNumber(compareRatios(value, ZERO) < 0 ? ZERO : value);

function yearlyFall(
  target: ProgrammeTarget,
  points: readonly Point[],
  base: ProgressBase,
): YearlyFallProgress {
  const first = points[0];
  const last = points[points.length - 1];
  const steps = points.slice(1).map((point, i) => step(points[i] as Point, point, target.band));
  const achieved =
    first !== undefined && last !== undefined && points.length > 1
      ? step(first, last, target.band)
      : null;
  let needed: number | null = null;
  if (
    first !== undefined &&
    last !== undefined &&
    base.remainingYears > 0 &&
    target.band.min !== null
  ) {
    const goal = multiplyRatios(
      toRatio(target.band.min) as Ratio,
      integerRatio(target.period.to - first.year),
    );
    const done = subtractRatios(first.value, last.value);
    needed = atLeastZero(
      divideRatios(subtractRatios(goal, done), integerRatio(base.remainingYears)),
    );
  }
  const status: ProgressStatus =
    achieved === null ? 'no-data' : settle(base.remainingYears, achieved.position !== 'below');
  return { ...base, kind: 'yearly-fall', status, steps, achieved, neededFallPerYear: needed };
}

function periodFall(
  target: ProgrammeTarget,
  points: readonly Point[],
  base: ProgressBase,
): PeriodFallProgress {
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined || points.length < 2) {
    return {
      ...base,
      kind: 'period-relative-fall',
      status: 'no-data',
      achieved: null,
      neededFallPerYear: null,
    };
  }
  const fall = subtractRatios(first.value, last.value);
  const startsAtZero = compareRatios(first.value, ZERO) === 0;
  const percent = startsAtZero ? null : multiplyRatios(divideRatios(fall, first.value), HUNDRED);
  const where: BandPosition = percent === null ? 'within' : position(percent, target.band);
  const min = target.band.min === null ? ZERO : (toRatio(target.band.min) as Ratio);
  // The end value the band's minimum allows: start × (1 − min/100).
  const goal = multiplyRatios(
    first.value,
    subtractRatios(integerRatio(1), divideRatios(min, HUNDRED)),
  );
  const needed =
    base.remainingYears === 0
      ? null
      : atLeastZero(
          divideRatios(subtractRatios(last.value, goal), integerRatio(base.remainingYears)),
        );
  // On track when the fall so far is at least the straight-line share of the band's minimum.
  const elapsed = integerRatio(last.year - first.year);
  const span = integerRatio(target.period.to - first.year);
  const onPace =
    percent !== null &&
    compareRatios(multiplyRatios(percent, span), multiplyRatios(min, elapsed)) >= 0;
  const status = settle(
    base.remainingYears,
    base.remainingYears === 0 ? where !== 'below' : onPace,
  );
  return {
    ...base,
    kind: 'period-relative-fall',
    status,
    achieved: {
      fromYear: first.year,
      toYear: last.year,
      fall: ratioToNumber(fall),
      fallPercent: percent === null ? null : ratioToNumber(percent),
      position: where,
    },
    neededFallPerYear: needed,
  };
}

function level(
  target: ProgrammeTarget,
  points: readonly Point[],
  base: ProgressBase,
): LevelProgress {
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) {
    return { ...base, kind: 'level', status: 'no-data', latest: null, neededChangePerYear: null };
  }
  const where = position(last.value, target.band);
  const edge = where === 'below' ? target.band.min : where === 'above' ? target.band.max : null;
  const gap = edge === null ? ZERO : subtractRatios(toRatio(edge) as Ratio, last.value);
  const needed =
    base.remainingYears === 0 ? null : divideRatios(gap, integerRatio(base.remainingYears));
  // Off the band and still running: on track when the pace so far covers the pace needed.
  let onPace = where === 'within';
  if (!onPace && needed !== null && last.year > first.year) {
    const pace = divideRatios(
      subtractRatios(last.value, first.value),
      integerRatio(last.year - first.year),
    );
    onPace =
      where === 'below' ? compareRatios(pace, needed) >= 0 : compareRatios(pace, needed) <= 0;
  }
  // Once the period is over, `onPace` is whether the value is in the band.
  const status = settle(base.remainingYears, onPace);
  return {
    ...base,
    kind: 'level',
    status,
    latest: { year: last.year, value: ratioToNumber(last.value), position: where },
    neededChangePerYear: needed === null ? null : ratioToNumber(needed),
  };
}

function copyTarget(target: ProgrammeTarget): ProgrammeTarget {
  return JSON.parse(JSON.stringify(target)) as ProgrammeTarget;
}

/**
 * Progress against programme targets (tiến độ thực hiện mục tiêu) from two or more yearly
 * results: for each target, the change achieved, whether it falls in the target's band, and the
 * yearly pace the remaining years need.
 *
 * @remarks Legal basis: each target's own (see {@link DECISION_90_TARGETS},
 * {@link RESOLUTION_257_TARGETS}, {@link THAI_NGUYEN_TARGETS}). Figures and bands are compared
 * exactly: a rate given as a count out of a total is `100 × count ÷ total` as a fraction, a value
 * given as text (`'2.04'`) is read digit by digit, so a fall of exactly 1.0 point is in the band
 * 1.0–1.5. The figures of a target are those of its measure in the year before its period (the
 * baseline) and in its years; a target whose measure has no figures is `no-data`. Results are
 * numbers for display; the positions and statuses were decided on the exact values. Nothing given
 * is kept: each result holds a copy of its target.
 *
 * @param years - the figures of each year, by measure id; any order, one entry per year
 * @param targets - the targets to report on, national or a province's own
 * @returns one {@link TargetProgress} per target, in the targets' order
 * @throws {@link VnPovertyError} `invalid-targets` with every problem (a malformed target or
 * figure, a year given twice, a count out of a total for a measure that is not a rate)
 *
 * @example
 * ```ts
 * import { DECISION_90_TARGETS, targetProgress } from 'vn-poverty';
 * // The national reviews: 4.03% poor in 2022 (Decision 71/QĐ-LĐTBXH), 1.93% in 2024 (Decision 217/QĐ-BLĐTBXH).
 * const [progress] = targetProgress(
 *   [
 *     { year: 2022, figures: { 'poverty-rate': { value: '4.03' } } },
 *     { year: 2024, figures: { 'poverty-rate': { value: '1.93' } } },
 *   ],
 *   DECISION_90_TARGETS.filter((target) => target.id === 'qd90-poverty-rate-fall'),
 * );
 * progress?.status; //=> 'on-track'
 * progress?.kind === 'yearly-fall' && progress.achieved; //=> { fromYear: 2022, toYear: 2024, fall: 2.1, fallPerYear: 1.05, position: 'within' }
 * progress?.remainingYears; //=> 1
 * // From 2022, the period averages 1 point a year if 2025 falls by at least 3 − 2.1 = 0.9 points.
 * progress?.kind === 'yearly-fall' && progress.neededFallPerYear; //=> 0.9
 * ```
 */
export function targetProgress(
  years: readonly YearFigures[],
  targets: readonly ProgrammeTarget[],
): TargetProgress[] {
  const problems = validate(years, targets);
  if (problems.length > 0) throw invalid(problems);
  const sorted = [...years].sort((a, b) => a.year - b.year);
  return targets.map((target, t) => {
    const points: Point[] = [];
    sorted.forEach((entry) => {
      if (entry.year < target.period.from - 1 || entry.year > target.period.to) return;
      if (!Object.hasOwn(entry.figures, target.measure)) return;
      const figure = entry.figures[target.measure] as TargetFigure;
      points.push({ year: entry.year, value: figureValue(figure, target, `targets[${t}]`) });
    });
    const last = points[points.length - 1];
    const base: ProgressBase = {
      target: copyTarget(target),
      status: 'no-data',
      values: points.map((point) => ({ year: point.year, value: ratioToNumber(point.value) })),
      remainingYears: target.period.to - (last?.year ?? target.period.from - 1),
    };
    switch (target.kind) {
      case 'yearly-fall':
        return yearlyFall(target, points, base);
      case 'period-relative-fall':
        return periodFall(target, points, base);
      default:
        return level(target, points, base);
    }
  });
}
