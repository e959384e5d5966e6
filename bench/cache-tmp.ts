import { createAssessor } from '../src/index';
import { bareClassify } from './bare-classifier';
import { syntheticHouseholds } from './synthetic';
for (const n of [2_000, 300_000]) {
  const hs = syntheticHouseholds(n, 20261129, Math.min(20_000, n * 4));
  const assess = createAssessor({ on: '2024-10-01' });
  const reps = Math.max(1, Math.floor(600_000 / n));
  for (const [name, f] of [['assess', (h: any) => assess(h)], ['bare', (h: any) => bareClassify(h, 2024, 10, 1)]] as const) {
    let best = Infinity;
    for (let r = 0; r < 4; r++) {
      const t = performance.now();
      for (let k = 0; k < reps; k++) for (const h of hs) f(h);
      best = Math.min(best, (performance.now() - t) / (reps * n));
    }
    console.log(n, name, (best * 1e6).toFixed(0), 'ns/household');
  }
}
