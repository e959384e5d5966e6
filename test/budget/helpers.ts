import { type AllocationUnit, type CriteriaTable, VnPovertyError } from '../../src/index';

/** A table with the given count criteria (weight each), no coefficients. */
export function countTable(weights: Record<string, number>): CriteriaTable {
  return {
    id: 'test-table',
    title: { vi: 'Bảng thử', en: 'Test table' },
    criteria: Object.entries(weights).map(([id, weight]) => ({
      id,
      label: { vi: id, en: id },
      kind: 'count' as const,
      weight,
    })),
  };
}

/** Units with one criterion `poor`. */
export function poorUnits(
  counts: Record<string, number>,
  extra: Partial<AllocationUnit> = {},
): AllocationUnit[] {
  return Object.entries(counts).map(([id, poor]) => ({ id, values: { poor }, ...extra }));
}

/** The error thrown by `run`, which must be a VnPovertyError. */
export function thrown(run: () => unknown): VnPovertyError {
  try {
    run();
  } catch (error) {
    if (error instanceof VnPovertyError) return error;
    throw new Error(`expected a VnPovertyError, got ${String(error)}`);
  }
  throw new Error('expected an error, none was thrown');
}

/** The issue codes of the error thrown by `run`, with their paths. */
export function issueCodes(run: () => unknown): string[] {
  return thrown(run).issues.map((issue) => `${issue.path} ${issue.code}`);
}
