// npm run bench -- budget: allocate() over 10,000 seeded synthetic units × 10 criteria (counts,
// a quantity, rates, flags, an area coefficient), with floors and caps on some units and a
// rounding unit of 1,000 đồng, full explanation included. Target: under 50 ms per call here.
// Rounds alternate with a bare proportional split of the same points in floats (no checks, no
// explanation, not exact): the practical floor, so that machine drift falls on both.
import { type AllocationUnit, allocate, type CriteriaTable } from '../src/index';
import { seededRandom } from './synthetic';

const UNITS = Number(process.env.BENCH_UNITS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const TARGET_MS = 50;
const TOTAL = 5_000_000_000_000;

const kinds = [
  'count',
  'count',
  'count',
  'count',
  'quantity',
  'rate',
  'rate',
  'flag',
  'flag',
  'count',
] as const;
const weights = [1, 0.5, 2, 1.25, 0.75, 100, 40, 50, 25, 0.01];
const table: CriteriaTable = {
  id: 'bench-ten-criteria',
  title: { vi: 'Mười tiêu chí (đo hiệu năng)', en: 'Ten criteria (benchmark)' },
  criteria: kinds.map((kind, k) => ({
    id: `c${k}`,
    label: { vi: `Tiêu chí ${k}`, en: `Criterion ${k}` },
    kind,
    weight: weights[k] as number,
    ...(k < 3 ? { coefficients: ['area'] } : {}),
  })),
  coefficients: [
    {
      id: 'area',
      label: { vi: 'Vùng', en: 'Area' },
      values: { lowland: 1, midland: 1.2, highland: 1.5 },
    },
  ],
};

const random = seededRandom(9);
const units: AllocationUnit[] = Array.from({ length: UNITS }, (_, i) => ({
  id: `U${String(i).padStart(6, '0')}`,
  values: Object.fromEntries(
    kinds.map((kind, k) => [
      `c${k}`,
      kind === 'flag'
        ? random() < 0.3
        : kind === 'rate'
          ? Math.floor(random() * 1000) / 1000
          : kind === 'quantity'
            ? Math.floor(random() * 10_000) / 10
            : Math.floor(random() * 2000),
    ]),
  ),
  categories: { area: ['lowland', 'midland', 'highland'][i % 3] as string },
  ...(i % 50 === 0 ? { floor: 300_000_000 } : {}),
  ...(i % 70 === 1 ? { cap: 600_000_000 } : {}),
}));

/** The bare reference: float points and shares, no validation, no rounding, no explanation. */
function bareSplit(): number {
  const points = new Float64Array(UNITS);
  let total = 0;
  for (let u = 0; u < UNITS; u++) {
    const values = (units[u] as AllocationUnit).values;
    let sum = 0;
    for (let k = 0; k < kinds.length; k++) {
      const value = values[`c${k}`];
      sum +=
        (typeof value === 'boolean' ? (value ? 1 : 0) : (value as number)) * (weights[k] as number);
    }
    points[u] = sum;
    total += sum;
  }
  let check = 0;
  for (let u = 0; u < UNITS; u++) check += Math.floor((TOTAL * (points[u] as number)) / total);
  return check;
}

let sink = 0;
const first = allocate(TOTAL, units, table, { roundingUnit: 1000 });
console.log(
  `${UNITS.toLocaleString('en')} units × ${kinds.length} criteria; settling passes ${first.settlingPasses}; sum ${first.units.reduce((s, u) => s + u.amount, 0) === TOTAL ? 'exact' : 'WRONG'}`,
);
const engine: number[] = [];
const bare: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  globalThis.gc?.();
  let start = performance.now();
  sink += allocate(TOTAL, units, table, { roundingUnit: 1000 }).units.length;
  engine.push(performance.now() - start);
  start = performance.now();
  sink += bareSplit();
  bare.push(performance.now() - start);
}
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const ms = median(engine);
console.log(
  `allocate, full explanation: median ${ms.toFixed(1)} ms (rounds: ${engine.map((t) => t.toFixed(0)).join(', ')})`,
);
console.log(`bare float split:           median ${median(bare).toFixed(1)} ms`);
console.log(`target under ${TARGET_MS} ms: ${ms < TARGET_MS ? 'met' : 'NOT met'}`);
console.log(`(checksum ${sink})`);
