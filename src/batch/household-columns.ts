import { householdForAssessment } from '../assess/household-for-assessment';
import { readBirthDate } from '../dates/calendar';
import type { Household, Member } from '../household/types';
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
import { heldQualifications } from '../indicators/adult-qualification';

/** In a code column: the fact is not recorded. */
export const UNKNOWN_CODE = 255;

/**
 * Many households as columns: one typed array per fact, so that a batch is assessed without an
 * object per household, and can be handed to a worker thread as transferable buffers. Household
 * `h`'s members are the rows `memberStart[h]` to `memberStart[h + 1] - 1` of the member columns.
 * Codes are positions in the contract's lists of values (`WATER_SOURCES`…, in the order the guide
 * "The household contract" gives), `255` for a fact not recorded; yes/no facts are `0` no, `1`
 * yes, `2` not recorded. The columns hold every fact the assessment reads, so a household read
 * back from them is assessed exactly as the household it came from; facts the assessment does not
 * read (location, ethnicity, the programme facts) are not kept.
 */
export interface HouseholdColumns {
  /** How many households. */
  readonly households: number;
  /** Each household's id, or `undefined`. */
  readonly householdIds: readonly (string | undefined)[];
  /** Where each household's members start in the member columns; one more entry than households. */
  readonly memberStart: Uint32Array;
  /** `0` rural, `1` urban. */
  readonly area: Uint8Array;
  /** `0` annual total, `1` monthly per capita, `2` proxy score. */
  readonly incomeForm: Uint8Array;
  /** The income in its form: đồng (exact: at most 10^14) or score A. */
  readonly income: Float64Array;
  /** Bits: `1` no dwelling; `2`, `4`, `8` the foundation, walls, roof non-durable. */
  readonly dwelling: Uint8Array;
  /** Floor area in m². */
  readonly floorAreaM2: Float64Array;
  /** Water source code. */
  readonly water: Uint8Array;
  /** Latrine code. */
  readonly latrine: Uint8Array;
  /** Devices owned, one bit per device code. */
  readonly devices: Uint8Array;
  /** Hears the loudspeaker: yes/no/not recorded. */
  readonly hearsLoudspeaker: Uint8Array;
  /** Waste treatment code. */
  readonly wasteTreatment: Uint8Array;
  /** The indicator ids declared on form B2 by any household of the batch. */
  readonly declaredIds: readonly string[];
  /** `households × declaredIds.length`: `0` not declared, `1` declared not deprived, `2` deprived. */
  readonly declared: Uint8Array;
  /** Each member's id. */
  readonly memberIds: readonly string[];
  /** `0` male, `1` female. */
  readonly sex: Uint8Array;
  /** Birth date as `year × 10000 + month × 100 + day`, a missing month or day counted as 1. */
  readonly birth: Uint32Array;
  /** Work code. */
  readonly work: Uint8Array;
  /** Disability code. */
  readonly disability: Uint8Array;
  /** Monthly social allowance: yes/no/not recorded. */
  readonly monthlySocialAllowance: Uint8Array;
  /** Health insurance: yes/no/not recorded. */
  readonly healthInsurance: Uint8Array;
  /** Nutrition code. */
  readonly nutrition: Uint8Array;
  /** Attending school: yes/no/not recorded (schooling not recorded). */
  readonly attending: Uint8Array;
  /** School level code. */
  readonly schoolLevel: Uint8Array;
  /** Qualifications held, one bit per qualification code. */
  readonly qualifications: Uint8Array;
  /** Whether the qualifications held are recorded: `0` no, `1` yes. */
  readonly qualificationsKnown: Uint8Array;
  /** Training certified by an employer: yes/no/not recorded. */
  readonly employerCertifiedTraining: Uint8Array;
  /** Uses the internet: yes/no/not recorded. */
  readonly usesInternet: Uint8Array;
  /** Uses a telephone subscription: yes/no/not recorded. */
  readonly usesPhone: Uint8Array;
  /** Sick without seeking care: yes/no/not recorded. */
  readonly sickWithoutCare: Uint8Array;
}

const codeOf = (values: readonly string[]): ((value: string | undefined) => number) => {
  const codes = new Map(values.map((value, index) => [value, index]));
  return (value) => (value === undefined ? UNKNOWN_CODE : (codes.get(value) ?? UNKNOWN_CODE));
};

/** The contract's lists that the columns hold as codes. */
type CodedList =
  | 'water'
  | 'latrine'
  | 'device'
  | 'waste'
  | 'work'
  | 'disability'
  | 'nutrition'
  | 'level'
  | 'qualification';

export const CODES: Readonly<Record<CodedList, (value: string | undefined) => number>> = {
  water: codeOf(WATER_SOURCES),
  latrine: codeOf(LATRINES),
  device: codeOf(DEVICES),
  waste: codeOf(WASTE_TREATMENTS),
  work: codeOf(WORK),
  disability: codeOf(DISABILITIES),
  nutrition: codeOf(NUTRITION),
  level: codeOf(SCHOOL_LEVELS),
  qualification: codeOf(QUALIFICATIONS),
};

/** A yes/no fact as a code: `0` no, `1` yes, `2` not recorded. */
export const yesNo = (value: boolean | undefined): number =>
  value === undefined ? 2 : value ? 1 : 0;

function qualificationBits(member: Member): number {
  let bits = 0;
  for (const qualification of heldQualifications(member) ?? [])
    bits |= 1 << CODES.qualification(qualification);
  return bits;
}

function incomeOf(household: Household): [form: number, value: number] {
  const income = household.income;
  if (income.annualTotal !== undefined) return [0, income.annualTotal];
  if (income.monthlyPerCapita !== undefined) return [1, income.monthlyPerCapita];
  return [2, income.proxyScore as number];
}

function dwellingBits(household: Household): number {
  const dwelling = household.dwelling;
  if (dwelling.none === true) return 1;
  return (
    (dwelling.foundation === 'non-durable' ? 2 : 0) |
    (dwelling.walls === 'non-durable' ? 4 : 0) |
    (dwelling.roof === 'non-durable' ? 8 : 0)
  );
}

function declaredIdsOf(households: readonly Household[]): string[] {
  const ids = new Set<string>();
  for (const household of households)
    if (household.declared !== undefined)
      for (const id of Object.keys(household.declared)) ids.add(id);
  return [...ids].sort();
}

function memberColumns(count: number) {
  return {
    memberIds: new Array<string>(count),
    sex: new Uint8Array(count),
    birth: new Uint32Array(count),
    work: new Uint8Array(count),
    disability: new Uint8Array(count),
    monthlySocialAllowance: new Uint8Array(count),
    healthInsurance: new Uint8Array(count),
    nutrition: new Uint8Array(count),
    attending: new Uint8Array(count),
    schoolLevel: new Uint8Array(count),
    qualifications: new Uint8Array(count),
    qualificationsKnown: new Uint8Array(count),
    employerCertifiedTraining: new Uint8Array(count),
    usesInternet: new Uint8Array(count),
    usesPhone: new Uint8Array(count),
    sickWithoutCare: new Uint8Array(count),
  };
}

function writeMember(columns: ReturnType<typeof memberColumns>, row: number, member: Member): void {
  columns.memberIds[row] = member.id;
  columns.sex[row] = member.sex === 'male' ? 0 : 1;
  columns.birth[row] = readBirthDate(member.birthDate);
  columns.work[row] = CODES.work(member.work);
  columns.disability[row] = CODES.disability(member.disability);
  columns.monthlySocialAllowance[row] = yesNo(member.monthlySocialAllowance);
  columns.healthInsurance[row] = yesNo(member.healthInsurance);
  columns.nutrition[row] = CODES.nutrition(member.nutrition);
  columns.attending[row] = yesNo(member.schooling?.attending);
  columns.schoolLevel[row] = CODES.level(member.schooling?.level);
  const held = heldQualifications(member);
  columns.qualifications[row] = held === undefined ? 0 : qualificationBits(member);
  columns.qualificationsKnown[row] = held === undefined ? 0 : 1;
  columns.employerCertifiedTraining[row] = yesNo(member.employerCertifiedTraining);
  columns.usesInternet[row] = yesNo(member.usesInternet);
  columns.usesPhone[row] = yesNo(member.usesPhone);
  columns.sickWithoutCare[row] = yesNo(member.sickWithoutCare);
}

/**
 * Puts many parsed households into columns (see {@link HouseholdColumns}), for {@link assessBatch}
 * or to hand a share of a large review to a worker thread without copying objects.
 *
 * @remarks Only households that `parseHousehold` made are accepted, so every value has its code.
 * The columns keep what the assessment reads; a household read back from them is assessed exactly
 * like the original (`assessBatch(...).explain(i)` equals the full assessment).
 *
 * @param households - households from `parseHousehold`
 * @returns the columns, each a typed array of its own buffer
 * @throws {@link VnPovertyError} `invalid-household` for a value that `parseHousehold` did not make
 * and that is not a valid household, naming its position
 *
 * @example
 * ```ts
 * import { encodeHouseholds, parseHousehold } from 'vn-poverty';
 * const parsed = parseHousehold({
 *   id: 'HH-1', area: 'urban', income: { monthlyPerCapita: 2500000 },
 *   members: [{ id: 'a', sex: 'female', birthDate: '1990-02-03', ethnicity: 'Kinh', usesInternet: true }],
 *   dwelling: { foundation: 'durable', walls: 'durable', roof: 'non-durable', floorAreaM2: 20 },
 *   water: 'piped', latrine: 'septic', devices: ['smartphone'],
 * });
 * if (!parsed.success) throw new Error('invalid');
 * const columns = encodeHouseholds([parsed.data]);
 * columns.households; //=> 1
 * columns.area[0]; //=> 1
 * columns.birth[0]; //=> 19900203
 * columns.dwelling[0]; //=> 8
 * ```
 */
export function encodeHouseholds(households: readonly Household[]): HouseholdColumns {
  // Parsed households pass at once; anything else is checked in full (a typed error if invalid).
  const checked = households.map((household) => householdForAssessment(household));
  const n = checked.length;
  const memberStart = new Uint32Array(n + 1);
  for (let h = 0; h < n; h++)
    memberStart[h + 1] = (memberStart[h] as number) + (checked[h] as Household).members.length;
  const members = memberColumns(memberStart[n] as number);
  const declaredIds = declaredIdsOf(checked);
  const declared = new Uint8Array(n * declaredIds.length);
  const columns = {
    households: n,
    householdIds: checked.map((household) => household.id),
    memberStart,
    area: new Uint8Array(n),
    incomeForm: new Uint8Array(n),
    income: new Float64Array(n),
    dwelling: new Uint8Array(n),
    floorAreaM2: new Float64Array(n),
    water: new Uint8Array(n),
    latrine: new Uint8Array(n),
    devices: new Uint8Array(n),
    hearsLoudspeaker: new Uint8Array(n),
    wasteTreatment: new Uint8Array(n),
    declaredIds,
    declared,
    ...members,
  };
  for (let h = 0; h < n; h++) {
    const household = checked[h] as Household;
    columns.area[h] = household.area === 'rural' ? 0 : 1;
    const [form, value] = incomeOf(household);
    columns.incomeForm[h] = form;
    columns.income[h] = value;
    columns.dwelling[h] = dwellingBits(household);
    columns.floorAreaM2[h] = household.dwelling.none === true ? 0 : household.dwelling.floorAreaM2;
    columns.water[h] = CODES.water(household.water);
    columns.latrine[h] = CODES.latrine(household.latrine);
    let devices = 0;
    for (const device of household.devices) devices |= 1 << CODES.device(device);
    columns.devices[h] = devices;
    columns.hearsLoudspeaker[h] = yesNo(household.hearsLoudspeaker);
    columns.wasteTreatment[h] = CODES.waste(household.wasteTreatment);
    if (household.declared !== undefined)
      declaredIds.forEach((id, k) => {
        const value = household.declared?.[id];
        if (Object.hasOwn(household.declared ?? {}, id) && value !== undefined)
          declared[h * declaredIds.length + k] = value ? 2 : 1;
      });
    const first = memberStart[h] as number;
    household.members.forEach((member, index) => {
      writeMember(members, first + index, member);
    });
  }
  return columns;
}
