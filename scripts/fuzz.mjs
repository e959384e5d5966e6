// The long fuzz run: every property of test/fuzz with FUZZ_RUNS runs (200,000 unless set), no
// time limits, no coverage. `npm run fuzz`; `FUZZ_RUNS=20000 npm run fuzz` for a shorter one.
// Not part of `npm test`, which runs the same properties with its quick counts.
import { availableParallelism } from 'node:os';
import { startVitest } from 'vitest/node';

process.env.FUZZ_RUNS ??= '200000';
const started = performance.now();
console.log(`fuzz: ${process.env.FUZZ_RUNS} runs per property`);
const vitest = await startVitest('test', ['test/fuzz'], {
  run: true,
  watch: false,
  testTimeout: 0,
  // Every core: the properties are independent files, and the long run is CPU-bound.
  maxWorkers: availableParallelism(),
});
const failed = vitest?.state.getCountOfFailedTests() ?? 1;
await vitest?.close();
console.log(
  `fuzz: ${failed === 0 ? 'passed' : `${failed} failed`} in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
process.exit(failed === 0 && process.exitCode !== 1 ? 0 : 1);
