import { describeValue, VnPovertyError } from '../errors';
import { HOUSEHOLD_LIMITS } from '../household/limits';
import {
  DEVICES,
  DISABILITIES,
  LATRINES,
  NUTRITION,
  QUALIFICATIONS,
  SCHOOL_LEVELS,
  WASTE_TREATMENTS,
  WATER_SOURCES,
  WORK,
} from '../household/values';
import { type HouseholdColumns, UNKNOWN_CODE } from './household-columns';

function invalid(what: string): VnPovertyError {
  return new VnPovertyError('invalid-household', {
    vi: `Dữ liệu dạng cột không hợp lệ (${what}): hãy tạo bằng encodeHouseholds.`,
    en: `The household columns are not valid (${what}): make them with encodeHouseholds.`,
  });
}

type Column = 'Uint8Array' | 'Uint32Array' | 'Float64Array';

const HOUSEHOLD_COLUMNS: Readonly<Record<string, Column>> = {
  area: 'Uint8Array',
  incomeForm: 'Uint8Array',
  income: 'Float64Array',
  dwelling: 'Uint8Array',
  floorAreaM2: 'Float64Array',
  water: 'Uint8Array',
  latrine: 'Uint8Array',
  devices: 'Uint8Array',
  hearsLoudspeaker: 'Uint8Array',
  wasteTreatment: 'Uint8Array',
};

const MEMBER_COLUMNS: Readonly<Record<string, Column>> = {
  sex: 'Uint8Array',
  birth: 'Uint32Array',
  work: 'Uint8Array',
  disability: 'Uint8Array',
  monthlySocialAllowance: 'Uint8Array',
  healthInsurance: 'Uint8Array',
  nutrition: 'Uint8Array',
  attending: 'Uint8Array',
  schoolLevel: 'Uint8Array',
  qualifications: 'Uint8Array',
  qualificationsKnown: 'Uint8Array',
  employerCertifiedTraining: 'Uint8Array',
  usesInternet: 'Uint8Array',
  usesPhone: 'Uint8Array',
  sickWithoutCare: 'Uint8Array',
};

/** The largest value each code column may hold: a code of the list, or "not recorded". */
const LIMITS: Readonly<Record<string, { max: number; unknown?: boolean }>> = {
  area: { max: 1 },
  incomeForm: { max: 2 },
  dwelling: { max: 15 },
  water: { max: WATER_SOURCES.length - 1 },
  latrine: { max: LATRINES.length - 1 },
  devices: { max: (1 << DEVICES.length) - 1 },
  hearsLoudspeaker: { max: 2 },
  wasteTreatment: { max: WASTE_TREATMENTS.length - 1, unknown: true },
  sex: { max: 1 },
  work: { max: WORK.length - 1, unknown: true },
  disability: { max: DISABILITIES.length - 1, unknown: true },
  monthlySocialAllowance: { max: 2 },
  healthInsurance: { max: 2 },
  nutrition: { max: NUTRITION.length - 1, unknown: true },
  attending: { max: 2 },
  schoolLevel: { max: SCHOOL_LEVELS.length - 1, unknown: true },
  qualifications: { max: (1 << QUALIFICATIONS.length) - 1 },
  qualificationsKnown: { max: 1 },
  employerCertifiedTraining: { max: 2 },
  usesInternet: { max: 2 },
  usesPhone: { max: 2 },
  sickWithoutCare: { max: 2 },
  declared: { max: 2 },
};

function checkColumn(c: Record<string, unknown>, name: string, type: Column, length: number): void {
  const column = c[name];
  if (!(column instanceof globalThis[type]) || (column as ArrayLike<number>).length !== length)
    throw invalid(`${name}: ${type} of ${length} expected`);
  const limit = LIMITS[name];
  if (limit === undefined || !(column instanceof Uint8Array)) return;
  const bad = firstAbove(column, limit.max, limit.unknown === true);
  if (bad >= 0) throw invalid(`${name}[${bad}] = ${column[bad]}`);
}

/** The first position holding a code above `max` (other than "not recorded" when allowed), or -1. */
function firstAbove(column: Uint8Array, max: number, unknownAllowed: boolean): number {
  for (let i = 0; i < column.length; i++) {
    const value = column[i] as number;
    if (value > max && !(unknownAllowed && value === UNKNOWN_CODE)) return i;
  }
  return -1;
}

/**
 * Checks columns before a batch reads them: every column present, of its type and length, every
 * code one of its list's, member ranges in order and within the limit, the birth dates real
 * enough to give an age. One pass over each column: far less than the assessment itself.
 */
export function checkColumns(columns: unknown): asserts columns is HouseholdColumns {
  if (typeof columns !== 'object' || columns === null) throw invalid(describeValue(columns));
  const c = columns as Record<string, unknown>;
  const n = c.households;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) throw invalid('households');
  const start = c.memberStart;
  if (!(start instanceof Uint32Array) || start.length !== n + 1 || start[0] !== 0)
    throw invalid('memberStart');
  for (let h = 0; h < n; h++) {
    const size = (start[h + 1] as number) - (start[h] as number);
    if (size < 1 || size > HOUSEHOLD_LIMITS.members) throw invalid(`memberStart[${h}]`);
  }
  const m = start[n] as number;
  for (const [name, type] of Object.entries(HOUSEHOLD_COLUMNS)) checkColumn(c, name, type, n);
  for (const [name, type] of Object.entries(MEMBER_COLUMNS)) checkColumn(c, name, type, m);
  const ids = c.householdIds;
  const memberIds = c.memberIds;
  const declaredIds = c.declaredIds;
  if (!Array.isArray(ids) || ids.length !== n) throw invalid('householdIds');
  if (!Array.isArray(memberIds) || memberIds.length !== m) throw invalid('memberIds');
  if (!Array.isArray(declaredIds)) throw invalid('declaredIds');
  checkColumn(c, 'declared', 'Uint8Array', n * declaredIds.length);
  const income = c.income as Float64Array;
  const floorArea = c.floorAreaM2 as Float64Array;
  for (let h = 0; h < n; h++) {
    const value = income[h] as number;
    if (!(value >= 0 && value <= HOUSEHOLD_LIMITS.vnd)) throw invalid(`income[${h}]`);
    const area = floorArea[h] as number;
    if (!(area >= 0 && area <= HOUSEHOLD_LIMITS.floorAreaM2)) throw invalid(`floorAreaM2[${h}]`);
  }
  const birth = c.birth as Uint32Array;
  for (let row = 0; row < m; row++) {
    const month = Math.floor((birth[row] as number) / 100) % 100;
    const day = (birth[row] as number) % 100;
    if (month < 1 || month > 12 || day < 1 || day > 31) throw invalid(`birth[${row}]`);
  }
}
