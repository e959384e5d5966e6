/** Where a unit ends after floors and caps: free (its share by criteria), at its floor, at its cap. */
export const FREE = 0;
export const AT_FLOOR = 1;
export const AT_CAP = 2;

/** The settled state: the free units share `free` whole rounding units in proportion to points. */
export interface Settled {
  readonly state: Uint8Array;
  /** What the free units share, in rounding units. */
  readonly free: bigint;
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
 * of the units with points, with the floors of those without, to at least `amount`.
 * All figures are in rounding units.
 */
export function settleBounds(
  points: readonly bigint[],
  floors: readonly (bigint | undefined)[],
  caps: readonly (bigint | undefined)[],
  amount: bigint,
): Settled {
  const n = points.length;
  const state = new Uint8Array(n);
  let fixed = 0n;
  let free: number[] = [];
  let bounded = false;
  for (let i = 0; i < n; i++) {
    if (floors[i] !== undefined || caps[i] !== undefined) bounded = true;
    if (points[i] === 0n) {
      // No points: the same at every λ, its floor or nothing.
      state[i] = AT_FLOOR;
      fixed += floors[i] ?? 0n;
    } else free.push(i);
  }
  let passes = 0;
  while (bounded && free.length > 0 && passes <= n) {
    passes++;
    let denominator = 0n;
    for (const i of free) denominator += points[i] as bigint;
    const numerator = amount - fixed;
    let excess = 0n;
    let shortfall = 0n;
    const overCap: number[] = [];
    const underFloor: number[] = [];
    for (const i of free) {
      const exact = numerator * (points[i] as bigint);
      const cap = caps[i];
      const floor = floors[i];
      if (cap !== undefined && exact > cap * denominator) {
        excess += exact - cap * denominator;
        overCap.push(i);
      } else if (floor !== undefined && exact < floor * denominator) {
        shortfall += floor * denominator - exact;
        underFloor.push(i);
      }
    }
    if (overCap.length === 0 && underFloor.length === 0) break;
    if (excess >= shortfall) {
      for (const i of overCap) {
        state[i] = AT_CAP;
        fixed += caps[i] as bigint;
      }
    }
    if (shortfall >= excess) {
      for (const i of underFloor) {
        state[i] = AT_FLOOR;
        fixed += floors[i] as bigint;
      }
    }
    free = free.filter((i) => state[i] === FREE);
  }
  return { state, free: amount - fixed, passes: Math.max(passes, 1) };
}
