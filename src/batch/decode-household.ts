import { parseHousehold } from '../household/parse-household';
import type { Household, HouseholdInput, Member } from '../household/types';
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

const codeValue = <T>(values: readonly T[], code: number): T | undefined =>
  code === UNKNOWN_CODE ? undefined : values[code];

const yesNoOf = (code: number): boolean | undefined => (code === 2 ? undefined : code === 1);

/** Only the keys whose value is known, so that the record reads like one a caller wrote. */
function known<T extends object>(record: T): T {
  for (const key of Object.keys(record) as (keyof T)[])
    if (record[key] === undefined) delete record[key];
  return record;
}

function birthDateOf(packed: number): string {
  const text = String(packed);
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}

function memberAt(columns: HouseholdColumns, row: number): Member {
  const attending = yesNoOf(columns.attending[row] as number);
  const level = codeValue(SCHOOL_LEVELS, columns.schoolLevel[row] as number);
  const bits = columns.qualifications[row] as number;
  return known({
    id: columns.memberIds[row] as string,
    sex: columns.sex[row] === 0 ? 'male' : 'female',
    birthDate: birthDateOf(columns.birth[row] as number),
    // The assessment does not read the ethnic group; the columns do not keep it.
    ethnicity: 'Kinh',
    work: codeValue(WORK, columns.work[row] as number),
    disability: codeValue(DISABILITIES, columns.disability[row] as number),
    monthlySocialAllowance: yesNoOf(columns.monthlySocialAllowance[row] as number),
    healthInsurance: yesNoOf(columns.healthInsurance[row] as number),
    nutrition: codeValue(NUTRITION, columns.nutrition[row] as number),
    schooling:
      attending === undefined ? undefined : (known({ attending, level }) as Member['schooling']),
    qualifications:
      columns.qualificationsKnown[row] === 1
        ? QUALIFICATIONS.filter((_, code) => (bits & (1 << code)) !== 0)
        : undefined,
    employerCertifiedTraining: yesNoOf(columns.employerCertifiedTraining[row] as number),
    usesInternet: yesNoOf(columns.usesInternet[row] as number),
    usesPhone: yesNoOf(columns.usesPhone[row] as number),
    sickWithoutCare: yesNoOf(columns.sickWithoutCare[row] as number),
  } as Member);
}

function dwellingAt(columns: HouseholdColumns, h: number): HouseholdInput['dwelling'] {
  const bits = columns.dwelling[h] as number;
  if ((bits & 1) !== 0) return { none: true };
  const structure = (bit: number) => ((bits & bit) !== 0 ? 'non-durable' : 'durable');
  return {
    foundation: structure(2),
    walls: structure(4),
    roof: structure(8),
    floorAreaM2: columns.floorAreaM2[h] as number,
  };
}

function declaredAt(columns: HouseholdColumns, h: number): Record<string, boolean> | undefined {
  const { declaredIds } = columns;
  const declared: Record<string, boolean> = {};
  let any = false;
  declaredIds.forEach((id, k) => {
    const code = columns.declared[h * declaredIds.length + k];
    if (code === 0) return;
    declared[id] = code === 2;
    any = true;
  });
  return any ? declared : undefined;
}

/**
 * Household `h` of the columns, as a parsed household again: every fact the assessment reads, so
 * that its assessment equals that of the household the row came from.
 */
export function householdAt(columns: HouseholdColumns, h: number): Household {
  const form = columns.incomeForm[h];
  const value = columns.income[h] as number;
  const members: Member[] = [];
  for (
    let row = columns.memberStart[h] as number;
    row < (columns.memberStart[h + 1] as number);
    row++
  )
    members.push(memberAt(columns, row));
  const record = known({
    id: columns.householdIds[h],
    area: columns.area[h] === 0 ? 'rural' : 'urban',
    income:
      form === 0
        ? { annualTotal: value }
        : form === 1
          ? { monthlyPerCapita: value }
          : { proxyScore: value },
    members,
    dwelling: dwellingAt(columns, h),
    water: codeValue(WATER_SOURCES, columns.water[h] as number),
    latrine: codeValue(LATRINES, columns.latrine[h] as number),
    devices: DEVICES.filter((_, code) => ((columns.devices[h] as number) & (1 << code)) !== 0),
    hearsLoudspeaker: yesNoOf(columns.hearsLoudspeaker[h] as number),
    wasteTreatment: codeValue(WASTE_TREATMENTS, columns.wasteTreatment[h] as number),
    declared: declaredAt(columns, h),
  });
  const parsed = parseHousehold(record);
  if (!parsed.success)
    throw new Error(`columns row ${h} does not read back: ${parsed.issues[0]?.path}`);
  return parsed.data;
}
