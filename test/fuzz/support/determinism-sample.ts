import fc from 'fast-check';
import { createAssessor, parseHousehold } from '../../../src/index';
import { copy, ON, validRecord } from './households';
import { mutation } from './mutations';

/*
 * A fixed sample of records (fast-check with a fixed seed), valid and broken, and every answer the
 * library gives for them under each national standard: parse results and assessments, as JSON.
 * Run in two processes, the two texts must be the same byte for byte.
 */

/** The options of each edition, with dates inside and outside review windows. */
export const SAMPLE_OPTIONS = [
  { on: ON },
  { on: '2019-03-01' },
  { on: '2028-06-01' },
  { on: '2025-10-01' },
  { on: '2025-10-01', reviewYear: 2025 },
] as const;

/** The sample's answers, one JSON text per line. */
export function sampleAnswers(count = 40): string {
  const records = fc.sample(validRecord, { seed: 20_240_601, numRuns: count });
  const broken = fc
    .sample(fc.tuple(validRecord, mutation), { seed: 7, numRuns: count })
    .map(([record, apply]) => {
      const copied = copy(record);
      apply(copied);
      return copied;
    });
  const lines: string[] = [];
  for (const record of [...records, ...broken])
    lines.push(JSON.stringify(parseHousehold(record, { on: ON })));
  const households = records.map((record) => {
    const parsed = parseHousehold(record);
    if (!parsed.success) throw new Error('the generator drew an invalid record');
    return parsed.data;
  });
  for (const options of SAMPLE_OPTIONS) {
    const assess = createAssessor(options);
    for (const household of households) lines.push(answer(() => assess(household)));
  }
  return lines.join('\n');
}

/** The result as JSON, or the error's code and message: both are answers. */
export function answer(action: () => unknown): string {
  try {
    return JSON.stringify(action());
  } catch (error) {
    return JSON.stringify({ error: String(error) });
  }
}
