import { LIBRARY_VERSION } from '../version';
import { ALLOCATION_REASONS } from './allocation-reasons';
import { addZodIssues, checkVnd, IssueList, throwIfIssues } from './budget-issues';
import { allocateOptionsSchema } from './budget-schemas';
import { checkUnits, type PreparedUnits } from './check-units';
import { describeRounding, largestRemainder, type RoundedSplit } from './largest-remainder';
import { type PreparedCoefficients, type PreparedTable, prepareTable } from './prepare-table';
import { add, atScale, formatRatio, formatScaled, toScaled, type Whole } from './scaled';
import { AT_CAP, AT_FLOOR, FREE, settleBounds } from './settle-bounds';
import type {
  AllocateOptions,
  Allocation,
  AllocationReason,
  AllocationUnit,
  AppliedCoefficient,
  CarveOut,
  CarveOutAmount,
  CriteriaTable,
  CriterionPoints,
  UnitAllocation,
} from './types';

const WHAT = { vi: 'Yêu cầu phân bổ', en: 'The allocation request' } as const;
const SHARE_DECIMALS = 12;
const AMOUNT_DECIMALS = 6;

/**
 * Divides a total among units by a criteria table (phân bổ vốn theo tiêu chí và hệ số): fixed
 * carve-outs first, then shares by points, floors and caps settled, and largest-remainder
 * rounding to the rounding unit, so that the parts add up exactly to the total.
 *
 * @remarks Legal basis: Decision 02/2022/QĐ-TTg allocates the programme's central funds by
 * criteria and coefficients, with fixed splits (see {@link DECISION_02_2022_SPLITS}); each
 * province divides its share among communes by its own People's Council resolution. The
 * coefficient tables of neither were found (grade N summaries only): the table is the caller's data.
 *
 * A unit's points are Σ value × weight × coefficients; without floors or caps its exact amount is
 * the amount split by criteria × points ÷ all points. With them, every unit gets that share
 * scaled by one common factor and clamped to its floor and cap, the factor chosen so that the
 * amounts add up (the excess or shortfall spread over the others by the same criteria until it
 * settles). Then each amount is cut to whole rounding units and the units left over go one each
 * to the largest remainders; equal remainders go to the unit with more points, then to the smaller
 * id. The same input in any order of units gives the same amounts. All arithmetic is exact
 * (integers); numbers are read as the decimals they print as (0.1 is one tenth).
 *
 * @param total - the amount to divide, in whole đồng, a multiple of the rounding unit
 * @param units - the units, each with a value for every criterion; ids unique
 * @param table - the criteria table (criteria, weights, coefficient tables)
 * @param options - the rounding unit (1 đồng by default) and the carve-outs
 * @returns the amounts with their explanation; carve-outs and units add up exactly to `total`
 * @throws {@link VnPovertyError} `invalid-allocation` with every problem in `issues` (codes in
 * {@link BudgetIssueCode}): an amount that is not whole, safe and at least 0, or not a multiple of
 * the rounding unit; weights that sum to zero; a unit that lacks a criterion or names an unknown
 * one; a value of the wrong kind (a rate above 1, a fractional count, NaN, a string); duplicate
 * ids; a floor above its cap; floors that add up to more than the amount, or caps to less; no
 * points at all; carve-outs above 100%.
 *
 * @example
 * ```ts
 * import { allocate } from 'vn-poverty';
 * const table = {
 *   id: 'poor-only',
 *   title: { vi: 'Theo số hộ nghèo', en: 'By poor households' },
 *   criteria: [{ id: 'poor', label: { vi: 'Hộ nghèo', en: 'Poor households' }, kind: 'count', weight: 1 }],
 * } as const;
 * const units = [
 *   { id: 'b', values: { poor: 10 } },
 *   { id: 'a', values: { poor: 10 } },
 *   { id: 'c', values: { poor: 10 } },
 * ];
 * const result = allocate(100, units, table);
 * // 100 ÷ 3 = 33.33… each; the one đồng left goes to the smallest id on an exact tie.
 * result.units.map((unit) => unit.amount); //=> [33, 34, 33]
 * result.units[1].roundingAdjustment; //=> '0.666667'
 * // 15% carved out first, the rest by points, in millions:
 * const split = allocate(1000000000, units, table, {
 *   roundingUnit: 1000000,
 *   carveOuts: [{ id: 'scheme', label: { vi: 'Đề án', en: 'Scheme' }, percent: 15 }],
 * });
 * split.carveOuts[0].amount; //=> 150000000
 * split.units.map((unit) => unit.amount); //=> [283000000, 284000000, 283000000]
 * ```
 *
 * @see {@link !"Budget allocation" | Budget allocation}
 */
export function allocate(
  total: number,
  units: readonly AllocationUnit[],
  table: CriteriaTable,
  options: AllocateOptions = {},
): Allocation {
  const list = new IssueList();
  const checkedOptions = allocateOptionsSchema.safeParse(options);
  if (!checkedOptions.success) addZodIssues(list, checkedOptions.error.issues, 'options', options);
  const roundingUnit = checkedOptions.success ? (options.roundingUnit ?? 1) : 1;
  const carveOuts = checkedOptions.success ? (options.carveOuts ?? []) : [];
  if (checkVnd(list, 'total', total) && total % roundingUnit !== 0) {
    list.add(
      'total',
      'not-multiple-of-rounding-unit',
      `Tổng số ${total} không phải bội số của đơn vị làm tròn ${roundingUnit} đồng: các phần không thể cộng lại đúng bằng tổng. Hãy phân bổ phần chẵn và giữ phần lẻ riêng.`,
      `The total ${total} is not a multiple of the rounding unit, ${roundingUnit} đồng: the parts could not add up to it. Allocate the round part and keep the rest aside.`,
    );
  }
  checkCarveOuts(list, carveOuts);
  const table_ = prepareTable(list, table);
  const read = table_ === undefined ? undefined : checkUnits(list, units, table_, roundingUnit);
  throwIfIssues('invalid-allocation', WHAT, list);
  // Checked: every figure below is a safe whole number and a multiple of the rounding unit.
  const prepared = table_ as PreparedTable;
  const unitsRead = read as PreparedUnits;
  const carved = splitCarveOuts(total / roundingUnit, carveOuts);
  const pool = carved.amounts[0] as number; // in rounding units
  const points = sumPoints(unitsRead, prepared.criteria.length);
  checkPlaceable(list, unitsRead, points, pool * roundingUnit);
  throwIfIssues('invalid-allocation', WHAT, list);

  const settled = settle(unitsRead, points, pool, roundingUnit);
  const free: number[] = [];
  for (let u = 0; u < unitsRead.count; u++) if (settled.state[u] === FREE) free.push(u);
  const rounded = largestRemainder(
    settled.free,
    free.map((u) => points.values[u] as Whole),
    free.map((u) => unitsRead.ids[u] as string),
  );
  const freeAt = new Int32Array(unitsRead.count).fill(-1);
  for (let at = 0; at < free.length; at++) freeAt[free[at] as number] = at;

  const context: UnitContext = {
    read: unitsRead,
    table: prepared,
    points,
    distributed: pool * roundingUnit,
    unitSize: roundingUnit,
    state: settled.state,
    freeAt,
    rounded,
    coefficientMemo: prepared.criteria.map(() => new Map()),
  };
  const explained: UnitAllocation[] = new Array(unitsRead.count);
  for (let u = 0; u < unitsRead.count; u++) explained[u] = explainUnit(u, context);
  const result: Allocation = {
    tableId: table.id,
    tableTitle: { vi: table.title.vi, en: table.title.en },
    example: table.example === true,
    basis: (table.basis ?? []).map((citation) => ({ ...citation })),
    total,
    carveOuts: carveOuts.map((carveOut, k) =>
      describeCarveOut(carveOut, carved, k + 1, roundingUnit),
    ),
    distributed: pool * roundingUnit,
    totalPoints: formatScaled(points.total, points.exponent),
    settlingPasses: settled.passes,
    rounding: {
      unit: roundingUnit,
      method: 'largest-remainder',
      tieBreak: 'larger-points-then-smaller-id',
      shareDecimals: SHARE_DECIMALS,
      amountDecimals: AMOUNT_DECIMALS,
    },
    units: explained,
    libraryVersion: LIBRARY_VERSION,
  };
  assertAddsUp(result);
  return result;
}

/** Carve-out shares as integers at one decimal scale (15.5% → 155 at scale −1). */
function carveOutWeights(carveOuts: readonly CarveOut[]): {
  weights: Whole[];
  whole: Whole;
  exponent: number;
} {
  const shares = carveOuts.map((carveOut) => toScaled(carveOut.percent));
  const exponent = Math.min(0, ...shares.map((share) => share.exponent));
  return {
    weights: shares.map((share) => atScale(share, exponent)),
    whole: atScale({ mantissa: 100, exponent: 0 }, exponent),
    exponent,
  };
}

function checkCarveOuts(list: IssueList, carveOuts: readonly CarveOut[]): void {
  const seen = new Set<string>();
  carveOuts.forEach((carveOut, index) => {
    if (seen.has(carveOut.id))
      list.add(
        `options.carveOuts[${index}].id`,
        'duplicate-id',
        `Khoản trích "${carveOut.id}" bị trùng mã.`,
        `The carve-out id "${carveOut.id}" is used twice.`,
      );
    seen.add(carveOut.id);
  });
  const { weights, whole, exponent } = carveOutWeights(carveOuts);
  const sum = weights.reduce<Whole>((a, b) => add(a, b), 0);
  if (sum > whole)
    list.add(
      'options.carveOuts',
      'carve-outs-exceed-total',
      `Tổng tỷ lệ các khoản trích là ${formatScaled(sum, exponent)}%, vượt 100%.`,
      `The carve-outs add up to ${formatScaled(sum, exponent)}%, above 100%.`,
    );
}

/**
 * The pool for the criteria (part 0) and the carve-outs (parts 1…), rounded together by largest
 * remainders. The pool's key '' comes before every carve-out id on an exact tie.
 */
function splitCarveOuts(total: number, carveOuts: readonly CarveOut[]): RoundedSplit {
  const { weights, whole } = carveOutWeights(carveOuts);
  const carved = weights.reduce<Whole>((a, b) => add(a, b), 0);
  const pool =
    typeof whole === 'number' && typeof carved === 'number'
      ? whole - carved
      : BigInt(whole) - BigInt(carved);
  return largestRemainder(
    total,
    [pool, ...weights],
    ['', ...carveOuts.map((carveOut) => carveOut.id)],
  );
}

function describeCarveOut(
  carveOut: CarveOut,
  carved: RoundedSplit,
  part: number,
  unitSize: number,
): CarveOutAmount {
  const { before, adjustment } = describeRounding(carved, part, unitSize, AMOUNT_DECIMALS);
  return {
    id: carveOut.id,
    label: { vi: carveOut.label.vi, en: carveOut.label.en },
    percent: carveOut.percent,
    ...(carveOut.bound === undefined ? {} : { bound: carveOut.bound }),
    ...(carveOut.basis === undefined ? {} : { basis: { ...carveOut.basis } }),
    amountBeforeRounding: before,
    roundingAdjustment: adjustment,
    amount: (carved.amounts[part] as number) * unitSize,
  };
}

interface Points {
  /** Each unit's points, as integers at `exponent`. */
  readonly values: Whole[];
  readonly total: Whole;
  readonly exponent: number;
}

function sumPoints(read: PreparedUnits, criteria: number): Points {
  const { exponent, termMantissas, termExponents } = read;
  const values: Whole[] = new Array(read.count);
  let total: Whole = 0;
  for (let u = 0; u < read.count; u++) {
    let sum: Whole = 0;
    for (let k = u * criteria; k < (u + 1) * criteria; k++) {
      const mantissa = termMantissas[k] as Whole;
      if (mantissa !== 0)
        sum = add(sum, atScale({ mantissa, exponent: termExponents[k] as number }, exponent));
    }
    values[u] = sum;
    total = add(total, sum);
  }
  return { values, total, exponent };
}

const isZero = (value: Whole): boolean => value === 0 || value === 0n;

/** The money must fit: points to share by, floors within it, room under the caps for it. */
function checkPlaceable(
  list: IssueList,
  read: PreparedUnits,
  points: Points,
  amount: number,
): void {
  if (isZero(points.total)) {
    list.add(
      'units',
      'no-points',
      'Không đơn vị nào có điểm theo bảng tiêu chí (mọi giá trị đều bằng 0): không có căn cứ để chia.',
      'No unit has any points under the criteria table (every value is 0): there is nothing to divide by.',
    );
    return;
  }
  // Sums of safe amounts may pass 2^53: BigInt.
  let floors = 0n;
  let caps = 0n;
  let room = 0n;
  let capped = true;
  let roomCapped = true;
  for (let u = 0; u < read.count; u++) {
    const floor = BigInt(read.floors[u] ?? 0);
    const cap = read.caps[u];
    floors += floor;
    if (cap === undefined) capped = false;
    else caps += BigInt(cap);
    if (isZero(points.values[u] as Whole)) room += floor;
    else if (cap === undefined) roomCapped = false;
    else room += BigInt(cap);
  }
  const total = BigInt(amount);
  if (floors > total) {
    list.add(
      'units',
      'floors-exceed-total',
      `Tổng mức sàn ${floors} đồng vượt số tiền phân bổ theo tiêu chí ${amount} đồng.`,
      `The floors add up to ${floors} đồng, more than the ${amount} đồng divided by criteria.`,
    );
  } else if (capped && caps < total) {
    list.add(
      'units',
      'caps-below-total',
      `Tổng mức trần ${caps} đồng thấp hơn số tiền phân bổ theo tiêu chí ${amount} đồng: không thể phân bổ hết.`,
      `The caps add up to ${caps} đồng, less than the ${amount} đồng divided by criteria: it cannot all be placed.`,
    );
  } else if (roomCapped && room < total) {
    list.add(
      'units',
      'no-room-for-remainder',
      `Các đơn vị còn dưới mức trần đều không có điểm: ${total - room} đồng không thể chia theo tiêu chí.`,
      `Every unit still below its cap has no points: ${total - room} đồng cannot be divided by the criteria.`,
    );
  }
}

/** Floors and caps, settled in rounding units; without any, every unit with points is free. */
function settle(read: PreparedUnits, points: Points, pool: number, unitSize: number) {
  if (
    !read.floors.some((floor) => floor !== undefined) &&
    !read.caps.some((cap) => cap !== undefined)
  ) {
    const state = new Uint8Array(read.count);
    for (let u = 0; u < read.count; u++) if (isZero(points.values[u] as Whole)) state[u] = AT_FLOOR;
    return { state, free: pool, passes: 1 };
  }
  const toUnits = (value: number | undefined) =>
    value === undefined ? undefined : BigInt(value / unitSize);
  const settled = settleBounds(
    points.values.map((value) => BigInt(value)),
    read.floors.map(toUnits),
    read.caps.map(toUnits),
    BigInt(pool),
  );
  return { state: settled.state, free: Number(settled.free), passes: settled.passes };
}

interface UnitContext {
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
  /** Per criterion, its applied coefficients by the unit's categories, shared and frozen. */
  readonly coefficientMemo: Map<string, readonly AppliedCoefficient[]>[];
}

function explainUnit(u: number, context: UnitContext): UnitAllocation {
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
    ({ before, adjustment } = describeRounding(context.rounded, at, unitSize, AMOUNT_DECIMALS));
  } else {
    amount = (state === AT_CAP ? cap : floor) ?? 0;
    before = String(amount);
    adjustment = '0';
    if (state === AT_CAP) limit = 'cap';
    else if (state === AT_FLOOR && amount > 0) limit = 'floor';
  }
  const reasons: AllocationReason[] = [
    isZero(unitPoints) ? ALLOCATION_REASONS['zero-points'] : ALLOCATION_REASONS['criteria-share'],
  ];
  if (limit === 'floor') reasons.push(ALLOCATION_REASONS['floor-applied']);
  if (limit === 'cap') reasons.push(ALLOCATION_REASONS['cap-applied']);
  if (adjustment !== '0')
    reasons.push(ALLOCATION_REASONS[adjustment.startsWith('-') ? 'rounded-down' : 'rounded-up']);
  const name = read.names[u];
  return {
    id: read.ids[u] as string,
    ...(name === undefined ? {} : { name }),
    criteria: explainCriteria(u, context),
    points: formatScaled(unitPoints, points.exponent),
    share: formatRatio(unitPoints, 1, points.total, SHARE_DECIMALS),
    criteriaAmount: formatRatio(context.distributed, unitPoints, points.total, AMOUNT_DECIMALS),
    limit,
    ...(floor === undefined ? {} : { floor }),
    ...(cap === undefined ? {} : { cap }),
    amountBeforeRounding: before,
    roundingAdjustment: adjustment,
    amount,
    reasons,
  };
}

const NO_COEFFICIENTS: readonly AppliedCoefficient[] = Object.freeze([]);

function explainCriteria(u: number, context: UnitContext): CriterionPoints[] {
  const { read, table } = context;
  const values = read.values[u] as (number | boolean)[];
  const categories = read.categories[u] as string[];
  const count = table.criteria.length;
  const explained: CriterionPoints[] = new Array(count);
  for (let k = 0; k < count; k++) {
    const criterion = table.criteria[k] as PreparedTable['criteria'][number];
    const term = u * count + k;
    explained[k] = {
      criterionId: criterion.id,
      value: values[k] as number | boolean,
      weight: criterion.weight,
      coefficients:
        criterion.coefficients.length === 0
          ? NO_COEFFICIENTS
          : appliedCoefficients(k, categories, context),
      points: formatScaled(read.termMantissas[term] as Whole, read.termExponents[term] as number),
    };
  }
  return explained;
}

/** The coefficients applied to criterion `k` for a unit's categories: one frozen list per combination. */
function appliedCoefficients(
  k: number,
  categories: readonly string[],
  context: UnitContext,
): readonly AppliedCoefficient[] {
  const criterion = context.table.criteria[k] as PreparedTable['criteria'][number];
  const used = context.table.usedCoefficients;
  const tables = criterion.coefficients;
  const memo = context.coefficientMemo[k] as Map<string, readonly AppliedCoefficient[]>;
  let key = categories[used.indexOf(tables[0] as PreparedCoefficients)] as string;
  for (let i = 1; i < tables.length; i++)
    key += `\u0000${categories[used.indexOf(tables[i] as PreparedCoefficients)]}`;
  let applied = memo.get(key);
  if (applied === undefined) {
    applied = Object.freeze(
      tables.map((coefficients) => {
        const category = categories[used.indexOf(coefficients)] as string;
        return Object.freeze({
          tableId: coefficients.id,
          category,
          value: (coefficients.values.get(category) as { value: number }).value,
        });
      }),
    );
    memo.set(key, applied);
  }
  return applied;
}

/** A last guard: an allocation that does not add up is a defect, never a result. */
function assertAddsUp(result: Allocation): void {
  let sum = 0;
  for (const carveOut of result.carveOuts) sum += carveOut.amount;
  for (const unit of result.units) sum += unit.amount;
  if (sum !== result.total)
    throw new Error(`vn-poverty defect: the allocation adds up to ${sum}, not ${result.total}`);
}
