import { ALLOCATION_REASONS } from './allocation-reasons';
import type { PreparedUnits } from './check-units';
import { amountBeforeRounding, type RoundedSplit, roundingAdjustment } from './largest-remainder';
import type {
  PreparedCategory,
  PreparedCoefficients,
  PreparedCriterion,
  PreparedTable,
} from './prepare-table';
import { formatRatio, formatScaled, type Whole } from './scaled';
import { AT_CAP, AT_FLOOR } from './settle-bounds';
import type {
  AllocationReason,
  AppliedCoefficient,
  CriterionPoints,
  UnitAllocation,
} from './types';

/** Decimals of the shares shown, and of đồng in the amounts before rounding shown. */
export const SHARE_DECIMALS = 12;
export const AMOUNT_DECIMALS = 6;

/** Each unit's points, as integers at `exponent`. */
export interface Points {
  readonly values: Whole[];
  readonly total: Whole;
  readonly exponent: number;
}

/** Everything the explanation of one unit reads: the allocation as computed. */
export interface UnitContext {
  readonly read: PreparedUnits;
  readonly table: PreparedTable;
  readonly points: Points;
  /** What was split by criteria, in đồng. */
  readonly distributed: number;
  readonly unitSize: number;
  readonly state: Uint8Array;
  /** Each unit's place among the free units, or -1. */
  readonly freeAt: Int32Array;
  readonly rounded: RoundedSplit;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Every unit's amount with its explanation, in the order of the units. Built for 10,000 units
 * and more: fixed-shape objects, no spreads, no closures per unit, strings only for the figures
 * shown; the reasons and the lists of applied coefficients are frozen and shared.
 */
export function explainUnits(context: UnitContext): UnitAllocation[] {
  const applied = new AppliedCoefficients(context.table);
  const count = context.read.count;
  const explained: UnitAllocation[] = new Array(count);
  for (let u = 0; u < count; u++) explained[u] = explainUnit(u, context, applied);
  return explained;
}

function explainUnit(
  u: number,
  context: UnitContext,
  applied: AppliedCoefficients,
): UnitAllocation {
  const { read, points, unitSize } = context;
  const unitPoints = points.values[u] as Whole;
  const floor = read.floors[u];
  const cap = read.caps[u];
  const at = context.freeAt[u] as number;
  const state = context.state[u];
  let amount: number;
  let before: string;
  let adjustment: string;
  let limit: UnitAllocation['limit'] = 'none';
  if (at >= 0) {
    amount = (context.rounded.amounts[at] as number) * unitSize;
    before = amountBeforeRounding(context.rounded, at, unitSize, AMOUNT_DECIMALS);
    adjustment = roundingAdjustment(context.rounded, at, unitSize, AMOUNT_DECIMALS);
  } else {
    amount = (state === AT_CAP ? cap : floor) ?? 0;
    before = String(amount);
    adjustment = '0';
    if (state === AT_CAP) limit = 'cap';
    else if (state === AT_FLOOR && amount > 0) limit = 'floor';
  }
  const reasons = explainReasons(
    unitPoints === 0 || unitPoints === 0n
      ? ALLOCATION_REASONS['zero-points']
      : ALLOCATION_REASONS['criteria-share'],
    limit === 'floor'
      ? ALLOCATION_REASONS['floor-applied']
      : limit === 'cap'
        ? ALLOCATION_REASONS['cap-applied']
        : undefined,
    adjustment === '0'
      ? undefined
      : ALLOCATION_REASONS[adjustment.startsWith('-') ? 'rounded-down' : 'rounded-up'],
  );
  const id = read.ids[u] as string;
  const name = read.names[u];
  const criteria = explainCriteria(u, context, applied);
  const pointsText = formatScaled(unitPoints, points.exponent);
  const share = formatRatio(unitPoints, 1, points.total, SHARE_DECIMALS);
  const criteriaAmount = formatRatio(
    context.distributed,
    unitPoints,
    points.total,
    AMOUNT_DECIMALS,
  );
  // One literal per common shape (no floor or cap; with or without a name); otherwise the
  // optional fields are added in their places. The key order is that of the type either way,
  // and there is no object spread (many times slower per unit).
  if (floor === undefined && cap === undefined) {
    if (name === undefined)
      return {
        id,
        criteria,
        points: pointsText,
        share,
        criteriaAmount,
        limit,
        amountBeforeRounding: before,
        roundingAdjustment: adjustment,
        amount,
        reasons,
      };
    return {
      id,
      name,
      criteria,
      points: pointsText,
      share,
      criteriaAmount,
      limit,
      amountBeforeRounding: before,
      roundingAdjustment: adjustment,
      amount,
      reasons,
    };
  }
  const unit = { id } as Mutable<UnitAllocation>;
  if (name !== undefined) unit.name = name;
  unit.criteria = criteria;
  unit.points = pointsText;
  unit.share = share;
  unit.criteriaAmount = criteriaAmount;
  unit.limit = limit;
  if (floor !== undefined) unit.floor = floor;
  if (cap !== undefined) unit.cap = cap;
  unit.amountBeforeRounding = before;
  unit.roundingAdjustment = adjustment;
  unit.amount = amount;
  unit.reasons = reasons;
  return unit;
}

/** The reasons given, as a list of exactly their length (a list grown by push leaves garbage). */
function explainReasons(
  share: AllocationReason,
  limit: AllocationReason | undefined,
  rounding: AllocationReason | undefined,
): AllocationReason[] {
  if (limit === undefined) return rounding === undefined ? [share] : [share, rounding];
  return rounding === undefined ? [share, limit] : [share, limit, rounding];
}

const NO_COEFFICIENTS: readonly AppliedCoefficient[] = Object.freeze([]);

function explainCriteria(
  u: number,
  context: UnitContext,
  applied: AppliedCoefficients,
): CriterionPoints[] {
  const { read, table } = context;
  const count = table.criteria.length;
  const explained: CriterionPoints[] = new Array(count);
  for (let k = 0; k < count; k++) {
    const criterion = table.criteria[k] as PreparedCriterion;
    const term = u * count + k;
    explained[k] = {
      criterionId: criterion.id,
      value: read.values[term] as number | boolean,
      weight: criterion.weight,
      coefficients:
        criterion.coefficients.length === 0 ? NO_COEFFICIENTS : applied.of(k, u, read.categories),
      points: formatScaled(read.termMantissas[term] as Whole, read.termExponents[term] as number),
    };
  }
  return explained;
}

/**
 * The coefficients applied to each criterion, one frozen list per combination of categories,
 * found by the combination's number (the places of its categories, in mixed radix) rather than by
 * name; a criterion with more combinations than a list should hold uses their names.
 */
class AppliedCoefficients {
  /** Per criterion, the lists made so far, by combination. */
  private readonly lists: (readonly AppliedCoefficient[] | undefined)[][];
  private readonly named: Map<string, readonly AppliedCoefficient[]>[];

  constructor(private readonly table: PreparedTable) {
    this.lists = table.criteria.map(() => []);
    this.named = table.criteria.map(() => new Map());
  }

  /** Those of criterion `k` for unit `u`, whose categories are in `categories`. */
  of(k: number, u: number, categories: Int32Array): readonly AppliedCoefficient[] {
    const criterion = this.table.criteria[k] as PreparedCriterion;
    const tables = criterion.coefficients;
    const first = u * this.table.usedCoefficients.length;
    let combination = 0;
    for (let i = 0; i < tables.length; i++) {
      combination *= (tables[i] as PreparedCoefficients).categories.length;
      combination += categories[first + (criterion.coefficientSlots[i] as number)] as number;
    }
    if (combination < MAX_COMBINATIONS) {
      const lists = this.lists[k] as (readonly AppliedCoefficient[] | undefined)[];
      let applied = lists[combination];
      if (applied === undefined) {
        applied = appliedList(criterion, categories, first);
        lists[combination] = applied;
      }
      return applied;
    }
    let key = '';
    for (const slot of criterion.coefficientSlots) key += `${categories[first + slot]},`;
    const named = this.named[k] as Map<string, readonly AppliedCoefficient[]>;
    let applied = named.get(key);
    if (applied === undefined) {
      applied = appliedList(criterion, categories, first);
      named.set(key, applied);
    }
    return applied;
  }
}

/** Lists kept by number up to this many combinations per criterion (a dense list, 4 MB at most). */
const MAX_COMBINATIONS = 2 ** 19;

function appliedList(
  criterion: PreparedCriterion,
  categories: Int32Array,
  first: number,
): readonly AppliedCoefficient[] {
  return Object.freeze(
    criterion.coefficients.map((coefficients, i) => {
      const ordinal = categories[first + (criterion.coefficientSlots[i] as number)] as number;
      const category = coefficients.categories[ordinal] as PreparedCategory;
      return Object.freeze({
        tableId: coefficients.id,
        category: category.name,
        value: category.value,
      });
    }),
  );
}
