import { LIBRARY_VERSION } from '../version';
import { addZodIssues, checkVnd, IssueList, throwIfIssues } from './budget-issues';
import { allocateOptionsSchema } from './budget-schemas';
import { checkUnits, type PreparedUnits } from './check-units';
import {
  AMOUNT_DECIMALS,
  explainUnits,
  type Points,
  SHARE_DECIMALS,
  type UnitContext,
} from './explain-units';
import {
  amountBeforeRounding,
  largestRemainder,
  type RoundedSplit,
  roundingAdjustment,
} from './largest-remainder';
import { type PreparedTable, prepareTable } from './prepare-table';
import { add, atScale, formatScaled, rescale, toScaled, type Whole } from './scaled';
import { AT_FLOOR, FREE, settleBounds } from './settle-bounds';
import type {
  AllocateOptions,
  Allocation,
  AllocationUnit,
  CarveOut,
  CarveOutAmount,
  CriteriaTable,
  UnitAllocation,
} from './types';

const WHAT = { vi: 'Yêu cầu phân bổ', en: 'The allocation request' } as const;

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
  };
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
    units: explainUnits(context),
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
  return {
    id: carveOut.id,
    label: { vi: carveOut.label.vi, en: carveOut.label.en },
    percent: carveOut.percent,
    ...(carveOut.bound === undefined ? {} : { bound: carveOut.bound }),
    ...(carveOut.basis === undefined ? {} : { basis: { ...carveOut.basis } }),
    amountBeforeRounding: amountBeforeRounding(carved, part, unitSize, AMOUNT_DECIMALS),
    roundingAdjustment: roundingAdjustment(carved, part, unitSize, AMOUNT_DECIMALS),
    amount: (carved.amounts[part] as number) * unitSize,
  };
}

function sumPoints(read: PreparedUnits, criteria: number): Points {
  const { exponent, termMantissas, termExponents } = read;
  const values: Whole[] = new Array(read.count);
  let total: Whole = 0;
  for (let u = 0; u < read.count; u++) {
    let sum: Whole = 0;
    for (let k = u * criteria; k < (u + 1) * criteria; k++) {
      const mantissa = termMantissas[k] as Whole;
      if (mantissa !== 0) sum = add(sum, rescale(mantissa, termExponents[k] as number, exponent));
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
  // Sums of safe amounts may pass 2^53: `add` turns to BigInt when they do.
  let floors: Whole = 0;
  let caps: Whole = 0;
  let room: Whole = 0;
  let capped = true;
  let roomCapped = true;
  for (let u = 0; u < read.count; u++) {
    const floor = read.floors[u] ?? 0;
    const cap = read.caps[u];
    floors = add(floors, floor);
    if (cap === undefined) capped = false;
    else caps = add(caps, cap);
    if (isZero(points.values[u] as Whole)) room = add(room, floor);
    else if (cap === undefined) roomCapped = false;
    else room = add(room, cap);
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
    const missing = total - BigInt(room);
    list.add(
      'units',
      'no-room-for-remainder',
      `Các đơn vị còn dưới mức trần đều không có điểm: ${missing} đồng không thể chia theo tiêu chí.`,
      `Every unit still below its cap has no points: ${missing} đồng cannot be divided by the criteria.`,
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
  return settleBounds(points.values, read.floors, read.caps, unitSize, pool);
}

/** A last guard: an allocation that does not add up is a defect, never a result. */
function assertAddsUp(result: Allocation): void {
  let sum = 0;
  // Indexed loops: this runs once per call, mostly before it is optimized, where for…of
  // allocates at every step.
  for (let k = 0; k < result.carveOuts.length; k++)
    sum += (result.carveOuts[k] as CarveOutAmount).amount;
  for (let u = 0; u < result.units.length; u++) sum += (result.units[u] as UnitAllocation).amount;
  if (sum !== result.total)
    throw new Error(`vn-poverty defect: the allocation adds up to ${sum}, not ${result.total}`);
}
