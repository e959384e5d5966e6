import { add, mulDivInto, type QuotientSlot, type Whole } from './scaled';

/** Where a unit ends after floors and caps: free (its share by criteria), at its floor, at its cap. */
export const FREE = 0;
export const AT_FLOOR = 1;
export const AT_CAP = 2;

/** The settled state: the free units share `free` whole rounding units in proportion to points. */
export interface Settled {
  readonly state: Uint8Array;
  /** What the free units share, in rounding units. */
  readonly free: number;
  /** How many passes it took. */
  readonly passes: number;
}

/**
 * Settles floors and caps: every unit gets `clamp(λ × points, floor, cap)` for the one λ that
 * makes the amounts add up to `amount`, which is "the excess or shortfall spread over the others
 * by the same criteria, again until it settles" said exactly.
 *
 * Each pass computes λ from the units still free and finds those that break a bound. If the
 * money above the caps exceeds the money missing below the floors, the true λ is larger than this
 * one, so every unit above its cap now is also above it at the true λ: those are fixed at their
 * caps. If it is smaller, the floors are fixed the same way; if equal, both. A fixed unit is never
 * freed again, so there are at most as many passes as units (in practice two or three).
 *
 * The caller has checked that a solution exists: floors add up to at most `amount`, and the caps
 * of the units with points, with the floors of those without, to at least `amount`. So what is
 * fixed never passes `amount`. Floors, caps (in đồng, multiples of `unitSize`) and `amount` (in
 * rounding units) are safe integers; a unit's share is compared with its bounds exactly, as a
 * whole part and a remainder; only the units that break a bound add to the excess or shortfall,
 * in BigInt.
 */
export function settleBounds(
  points: readonly Whole[],
  floors: readonly (number | undefined)[],
  caps: readonly (number | undefined)[],
  unitSize: number,
  amount: number,
): Settled {
  const n = points.length;
  const state = new Uint8Array(n);
  let fixed = 0;
  let free: number[] = [];
  let bounded = false;
  for (let i = 0; i < n; i++) {
    if (floors[i] !== undefined || caps[i] !== undefined) bounded = true;
    const p = points[i] as Whole;
    if (p === 0 || p === 0n) {
      // No points: the same at every λ, its floor or nothing.
      state[i] = AT_FLOOR;
      fixed += (floors[i] ?? 0) / unitSize;
    } else free.push(i);
  }
  const share: QuotientSlot = { whole: 0, remainder: 0 };
  let passes = 0;
  while (bounded && free.length > 0 && passes <= n) {
    passes++;
    let denominator: Whole = 0;
    for (let j = 0; j < free.length; j++)
      denominator = add(denominator, points[free[j] as number] as Whole);
    const numerator = amount - fixed;
    const exactDenominator = BigInt(denominator);
    // Each in units of 1 ÷ denominator: share − cap above the caps, floor − share below the floors.
    let excess = 0n;
    let shortfall = 0n;
    const overCap: number[] = [];
    const underFloor: number[] = [];
    for (let j = 0; j < free.length; j++) {
      const i = free[j] as number;
      // share = numerator × points ÷ denominator = whole + remainder ÷ denominator
      const { whole, remainder } = mulDivInto(share, numerator, points[i] as Whole, denominator);
      const exactlyWhole = remainder === 0 || remainder === 0n;
      const cap = caps[i] === undefined ? undefined : (caps[i] as number) / unitSize;
      const floor = floors[i] === undefined ? undefined : (floors[i] as number) / unitSize;
      if (cap !== undefined && (whole > cap || (whole === cap && !exactlyWhole))) {
        excess += BigInt(whole - cap) * exactDenominator + BigInt(remainder);
        overCap.push(i);
      } else if (floor !== undefined && whole < floor) {
        shortfall += BigInt(floor - whole) * exactDenominator - BigInt(remainder);
        underFloor.push(i);
      }
    }
    if (overCap.length === 0 && underFloor.length === 0) break;
    if (excess >= shortfall) {
      for (let j = 0; j < overCap.length; j++) {
        const i = overCap[j] as number;
        state[i] = AT_CAP;
        fixed += (caps[i] as number) / unitSize;
      }
    }
    if (shortfall >= excess) {
      for (let j = 0; j < underFloor.length; j++) {
        const i = underFloor[j] as number;
        state[i] = AT_FLOOR;
        fixed += (floors[i] as number) / unitSize;
      }
    }
    free = free.filter((i) => state[i] === FREE);
  }
  return { state, free: amount - fixed, passes: Math.max(passes, 1) };
}
