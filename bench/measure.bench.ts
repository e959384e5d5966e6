// npm run bench -- measure: the population measures at the size of a province or a country.
//
// 1. A streamed assessment of 1,000,000 raw records from an async iterable, summarised as they
//    come (target: flat memory, peak under 200 MB): the heap after collection is sampled along
//    the way, and the peak resident set size is reported.
// 2. Alkire-Foster over 1,000,000 households on the typed layout (target: under 1 s), beside a
//    bare loop that only scores and counts (its practical limit), in alternating rounds.
// Not a test: it reports, it does not fail. BENCH_HOUSEHOLDS and BENCH_RECORDS set the sizes.

import { syntheticReview, weightOfCommune } from '../examples/thai-nguyen-synthetic';
import {
  alkireFoster,
  assessMany,
  type DeprivationMatrix,
  standardForReview,
  summarize,
} from '../src/index';
import { seededRandom } from './synthetic';

const HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS ?? 1_000_000);
const RECORDS = Number(process.env.BENCH_RECORDS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const AF_TARGET_MS = 1000;
const MEMORY_TARGET_MB = 200;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (bytes: number) => bytes / 1024 / 1024;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const verdict = (met: boolean) => (met ? 'met' : 'NOT met');

// ── 1. a streamed assessment, first, so that no other data shares the process's memory ────────────────────────────────────────────────────────────────
interface Sample {
  readonly records: number;
  readonly heapMb: number;
  readonly rssMb: number;
}
const samples: Sample[] = [];
let peakRss = 0;

/** A million raw records made one at a time, as a file or database stream gives them. */
async function* records(): AsyncGenerator<Record<string, unknown>> {
  let produced = 0;
  for (let pass = 0; produced < RECORDS; pass++) {
    for (const record of syntheticReview(2024, 20_240_501 + pass)) {
      if (produced === RECORDS) return;
      produced++;
      if (produced % 100_000 === 0 || produced === 1_000) {
        gc();
        const memory = process.memoryUsage();
        samples.push({ records: produced, heapMb: mb(memory.heapUsed), rssMb: mb(memory.rss) });
      }
      if (produced % 10_000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
      yield { ...record, id: `${pass}-${String(record.id)}` };
    }
  }
}

console.log(
  `Streaming ${RECORDS.toLocaleString('en')} synthetic records through assessMany into summarize…`,
);
gc();
const before = mb(process.memoryUsage().heapUsed);
const start = performance.now();
const summary = await summarize(
  assessMany(records(), { on: '2024-10-01', standard: standardForReview(2024) }),
  {
    by: 'commune',
    weight: ({ household }) => weightOfCommune(household.location?.communeCode),
  },
);
const seconds = (performance.now() - start) / 1000;
peakRss = Math.max(peakRss, process.memoryUsage().rss);
console.log(
  `records ${summary.records.toLocaleString('en')} = assessed ${summary.assessed.toLocaleString('en')} + rejected ${summary.rejected.toLocaleString('en')}`,
);
console.log(
  `${seconds.toFixed(1)} s, ${Math.round(summary.records / seconds).toLocaleString('en')} records/s (parse + assess + summarise)`,
);
console.log(`heap before: ${before.toFixed(1)} MB; after collection, by records read:`);
for (const sample of samples) {
  console.log(
    `  ${sample.records.toLocaleString('en').padStart(9)}: heap ${sample.heapMb.toFixed(1)} MB, rss ${sample.rssMb.toFixed(1)} MB`,
  );
}
const first = samples.find((sample) => sample.records >= 100_000) ?? samples[0];
const last = samples[samples.length - 1];
const growth = first === undefined || last === undefined ? 0 : last.heapMb - first.heapMb;
console.log(
  `heap growth from ${first?.records.toLocaleString('en')} to ${last?.records.toLocaleString('en')} records: ${growth.toFixed(1)} MB (flat: ${verdict(Math.abs(growth) < 10)})`,
);
console.log(
  `peak rss ${mb(peakRss).toFixed(1)} MB (target under ${MEMORY_TARGET_MB} MB: ${verdict(mb(peakRss) < MEMORY_TARGET_MB)})`,
);

// ── 2. Alkire-Foster ────────────────────────────────────────────────────────────────────────
console.log(
  `\nBuilding a seeded matrix of ${HOUSEHOLDS.toLocaleString('en')} households × 12 indicators…`,
);
const random = seededRandom(20_261_201);
const D = 12;
const deprivation = [0.09, 0.09, 0.02, 0.04, 0.02, 0.2, 0.05, 0.05, 0.07, 0.08, 0.11, 0.03];
const statuses = new Uint8Array(HOUSEHOLDS * D);
const weights = new Float64Array(HOUSEHOLDS);
const groups = new Array<number>(HOUSEHOLDS);
for (let h = 0; h < HOUSEHOLDS; h++) {
  const hardship = random() < 0.1 ? 3 : 1;
  for (let i = 0; i < D; i++) {
    const draw = random();
    statuses[h * D + i] =
      draw < 0.01 ? 2 : draw < 0.01 + (deprivation[i] as number) * hardship ? 1 : 0;
  }
  weights[h] = 10 + Math.floor(random() * 20);
  groups[h] = Math.floor(random() * 100); // a hundred communes
}
const services = [
  'employment',
  'employment',
  'health',
  'health',
  'education',
  'education',
  'housing',
  'housing',
  'water',
  'water',
  'information',
  'information',
];
const matrix: DeprivationMatrix = {
  indicatorIds: services.map((service, i) => `${service}-${i}`),
  households: HOUSEHOLDS,
  statuses,
  services,
  weights,
  groups,
};

/** The practical limit: the same scores and head count, nothing else (1/12 each, k = 4/12). */
function bareHeadcount(): number {
  let poor = 0;
  for (let h = 0; h < HOUSEHOLDS; h++) {
    let score = 0;
    for (let i = 0; i < D; i++) if (statuses[h * D + i] === 1) score++;
    if (score >= 4) poor++;
  }
  return poor / HOUSEHOLDS;
}

const timings = { plain: [] as number[], full: [] as number[], bare: [] as number[] };
let check = 0;
for (let round = 0; round < ROUNDS; round++) {
  let start = performance.now();
  const plain = alkireFoster(
    { indicatorIds: matrix.indicatorIds, households: HOUSEHOLDS, statuses, services },
    { k: '1/3', unknown: 'not-deprived' },
  );
  timings.plain.push(performance.now() - start);
  start = performance.now();
  const full = alkireFoster(matrix, { k: '1/3', unknown: 'exclude' });
  timings.full.push(performance.now() - start);
  start = performance.now();
  const bare = bareHeadcount();
  timings.bare.push(performance.now() - start);
  if (plain.headcountRatio !== bare)
    throw new Error(`the bare loop disagrees: ${plain.headcountRatio} ≠ ${bare}`);
  check += full.adjustedHeadcountRatio ?? 0;
}
const plainMs = median(timings.plain);
const fullMs = median(timings.full);
console.log(
  `alkireFoster, unweighted, 12 indicators:               ${plainMs.toFixed(0)} ms (median of ${ROUNDS} rounds)`,
);
console.log(`alkireFoster, weighted, 100 subgroups, excluding unknowns: ${fullMs.toFixed(0)} ms`);
console.log(
  `bare scoring loop (head count only):                   ${median(timings.bare).toFixed(0)} ms`,
);
console.log(
  `target under ${AF_TARGET_MS} ms for 1,000,000 households: ${verdict(HOUSEHOLDS >= 1_000_000 && Math.max(plainMs, fullMs) < AF_TARGET_MS)}`,
);

console.log(`(checksum ${check.toFixed(6)}, poor ${summary.households.poor.count})`);
