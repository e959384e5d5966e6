/*
 * How many runs each property makes. `npm test` runs the quick counts below (at least 10,000
 * arbitrary values and 10,000 mutated valid households in all: `runs.test.ts` counts them);
 * `npm run fuzz` sets FUZZ_RUNS (200,000 by default) for every property, and lifts the time
 * limits.
 */

const fuzzRuns = Number(process.env.FUZZ_RUNS ?? '0');

/** Whether this is the long run of `npm run fuzz`. */
export const LONG_RUN = Number.isInteger(fuzzRuns) && fuzzRuns > 0;

/** Values drawn from scratch (anything, JSON, hostile trees) in one `npm test`, by property. */
export const ARBITRARY_RUNS = {
  parseAnything: 3_000,
  parseJson: 1_500,
  parseHostileTrees: 1_500,
  parseOptions: 500,
  assessAnything: 1_500,
  assessOptions: 1_000,
  defineStandardAnything: 1_000,
} as const;

/** Changes to a standard drawn valid, and drawn valid then broken one way, in one `npm test`. */
export const STANDARD_RUNS = { valid: 300, broken: 1_000 } as const;

/**
 * Valid households drawn, in one `npm test`, by property, and how many mutated households each
 * run checks: a run draws one valid household and checks several mutants of it, each on its own
 * copy (drawing a household costs more than checking one).
 */
export const HOUSEHOLD_RUNS = {
  parseValid: 1_000,
  parseOneMutation: 1_500,
  parseSeveralMutations: 500,
  parseHostileEntries: 500,
  assessMutated: 500,
  assessValidUnparsed: 500,
} as const;

/** Mutants checked in each run of the properties that take them. */
export const MUTANTS_PER_RUN = {
  parseOneMutation: 4,
  parseSeveralMutations: 2,
  parseHostileEntries: 2,
  assessMutated: 4,
} as const;

/** The runs of one property: its quick count, or FUZZ_RUNS in the long run. */
export function runs(quick: number): number {
  return LONG_RUN ? fuzzRuns : quick;
}

/** The time limit of one fuzz test: generous in `npm test`, none in the long run. */
export const FUZZ_TIMEOUT = LONG_RUN ? 0 : 60_000;
