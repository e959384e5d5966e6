// npm run bench: the rate of assessHousehold with full reasons against a bare hand-written
// classifier of the same rules, over the same seeded synthetic households. The script bundles
// this file with esbuild, as the package build does, so both run as shipped code. Not a test: it
// reports, it does not fail. BENCH_HOUSEHOLDS sets the batch size (default 1,000,000).
import { Bench } from 'tinybench';
import { createAssessor, standardInForce } from '../src/index';
import { bareClassify } from './bare-classifier';
import { syntheticHouseholds } from './synthetic';

const COUNT = Number(process.env.BENCH_HOUSEHOLDS ?? 1_000_000);
const ON = '2024-10-01';
const TARGET_RATIO = 0.2;

console.log(`Generating ${COUNT.toLocaleString('en')} seeded synthetic households…`);
const households = syntheticHouseholds(COUNT);
const standard = standardInForce(ON); // resolved once per batch, not per household
const assess = createAssessor({ on: ON, standard });

// The two must agree before their speeds mean anything.
let disagreements = 0;
for (const household of households) {
  if (assess(household).category !== bareClassify(household, 2024, 10, 1)) disagreements++;
}
console.log(`Agreement with the bare classifier: ${COUNT - disagreements} of ${COUNT}`);

let sink = 0;
const bench = new Bench({ iterations: 5, time: 0, warmupIterations: 1, warmupTime: 0 });
bench
  .add('assessHousehold, full reasons', () => {
    for (const household of households) if (assess(household).category === 'poor') sink++;
  })
  .add('bare classifier', () => {
    for (const household of households) if (bareClassify(household, 2024, 10, 1) === 'poor') sink++;
  });
await bench.run();

const rate = (name: string): number => {
  const task = bench.tasks.find((candidate) => candidate.name === name);
  const result = task?.result as { latency?: { mean: number } } | undefined;
  const meanMs = result?.latency?.mean;
  if (meanMs === undefined) throw new Error(`no result for ${name}`);
  return COUNT / (meanMs / 1000);
};
const full = rate('assessHousehold, full reasons');
const bare = rate('bare classifier');
const ratio = full / bare;
const format = (perSecond: number) => `${Math.round(perSecond).toLocaleString('en')} households/s`;
console.log(`assessHousehold (full reasons): ${format(full)}`);
console.log(`bare classifier:                ${format(bare)}`);
console.log(
  `ratio: ${ratio.toFixed(3)} (target at least ${TARGET_RATIO}: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'})`,
);
console.log(`(checksum ${sink})`);
