import { describe, expect, it } from 'vitest';
import { ARBITRARY_RUNS, HOUSEHOLD_RUNS, MUTANTS_PER_RUN } from './support/runs';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe('the fuzz properties in npm test', () => {
  it('draw at least 10,000 arbitrary values and check at least 10,000 mutated households', () => {
    expect(sum(Object.values(ARBITRARY_RUNS))).toBeGreaterThanOrEqual(10_000);
    const mutants = Object.entries(MUTANTS_PER_RUN).map(
      ([name, perRun]) => perRun * HOUSEHOLD_RUNS[name as keyof typeof MUTANTS_PER_RUN],
    );
    expect(sum(mutants)).toBeGreaterThanOrEqual(10_000);
  });
});
