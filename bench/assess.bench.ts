// npm run bench: the rate of assessHousehold with full reasons against a bare hand-written
// classifier of the same rules, over the same seeded synthetic households. The script bundles
// this file with esbuild, as the package build does, so both run as shipped code. Not a test: it
// reports, it does not fail. BENCH_HOUSEHOLDS sets the batch size (default 1,000,000).
import { Bench } from 'tinybench';
import { createAssessor, type Household, parseHousehold, standardInForce } from '../src/index';
import { bareClassify } from './bare-classifier';
import { syntheticHouseholds } from './synthetic';

const COUNT = Number(process.env.BENCH_HOUSEHOLDS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const ON = '2024-10-01';
const TARGET_RATIO = 0.2;

console.log(`Generating ${COUNT.toLocaleString('en')} seeded synthetic households…`);
const households: Household[] = syntheticHouseholds(COUNT).map((record) => {
  const parsed = parseHousehold(record);
  if (!parsed.success)
    throw new Error(`synthetic household does not parse: ${parsed.issues[0]?.path}`);
  return parsed.data;
});
const standard = standardInForce(ON); // resolved once per batch, not per household
const assess = createAssessor({ on: ON, standard });

// The two must agree before their speeds mean anything; this pass also warms both up.
let disagreements = 0;
for (const household of households) {
  if (assess(household).category !== bareClassify(household, 2024, 10, 1)) disagreements++;
}
console.log(`Agreement with the bare classifier: ${COUNT - disagreements} of ${COUNT}`);

let sink = 0;
const FULL = 'assessHousehold, full reasons';
const BARE = 'bare classifier';

/**
 * One round times one pass of each over all the households. Rounds alternate the two, so that the
 * machine's drift (seen here at ±20% over minutes) falls on both alike; the ratio is taken per round.
 */
async function round(): Promise<{ full: number; bare: number }> {
  const bench = new Bench({ iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 });
  bench
    .add(FULL, () => {
      for (const household of households) if (assess(household).category === 'poor') sink++;
    })
    .add(BARE, () => {
      for (const household of households)
        if (bareClassify(household, 2024, 10, 1) === 'poor') sink++;
    });
  await bench.run();
  const rate = (name: string): number => {
    const result = bench.tasks.find((task) => task.name === name)?.result as
      | { latency?: { mean: number } }
      | undefined;
    if (result?.latency === undefined) throw new Error(`no result for ${name}`);
    return COUNT / (result.latency.mean / 1000);
  };
  return { full: rate(FULL), bare: rate(BARE) };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

const rounds: { full: number; bare: number }[] = [];
for (let i = 0; i < ROUNDS; i++) rounds.push(await round());
const format = (perSecond: number) => `${Math.round(perSecond).toLocaleString('en')} households/s`;
const ratios = rounds.map((r) => r.full / r.bare);
console.log(
  `assessHousehold (full reasons): ${format(median(rounds.map((r) => r.full)))} (median of ${ROUNDS} rounds)`,
);
console.log(`bare classifier:                ${format(median(rounds.map((r) => r.bare)))}`);
console.log(`ratio per round: ${ratios.map((r) => r.toFixed(3)).join(', ')}`);
const ratio = median(ratios);
console.log(
  `median ratio: ${ratio.toFixed(3)} (target at least ${TARGET_RATIO}: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'})`,
);
console.log(`(checksum ${sink})`);
