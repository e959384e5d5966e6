import { createAssessor } from '../src/index';
import { syntheticHouseholds } from './synthetic';
const hs = syntheticHouseholds(2000, 20261129, 8000);
const assess = createAssessor({ on: '2024-10-01' });
for (let k = 0; k < 600; k++) for (const h of hs) assess(h);
