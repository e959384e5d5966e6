// SYNTHETIC DATA. A seeded generator of household records shaped like a survey sample of a
// province such as Thái Nguyên before its 2025 merger: about 340,000 households, a few percent of
// them poor or near-poor, most of the poor of an ethnic minority, more hardship in the mountain
// communes. Not one record is a real household; the communes are invented; only the magnitudes
// (rates, shares) follow the published figures of spec/thai-nguyen.md. Same seed, same records.
import { seededRandom } from '../bench/synthetic';

/** A synthetic commune: its population, its sample and how hard life is there. */
export interface SyntheticCommune {
  readonly code: string;
  readonly name: string;
  readonly area: 'rural' | 'urban';
  /** Households living there (the population the sample stands for). */
  readonly households: number;
  /** Households sampled: each stands for households ÷ sample of them. */
  readonly sample: number;
  /** Share of households whose head is of an ethnic minority. */
  readonly minorityShare: number;
  /** A multiplier of the chance of low income and deprivation. */
  readonly hardship: number;
}

/** Twelve invented communes: two urban wards, lowland communes, and mountain communes. */
export const SYNTHETIC_COMMUNES: readonly SyntheticCommune[] = [
  {
    code: 'S01',
    name: 'Phường Tổng Hợp 1',
    area: 'urban',
    households: 52_000,
    sample: 2_600,
    minorityShare: 0.08,
    hardship: 0.35,
  },
  {
    code: 'S02',
    name: 'Phường Tổng Hợp 2',
    area: 'urban',
    households: 38_000,
    sample: 1_900,
    minorityShare: 0.1,
    hardship: 0.4,
  },
  {
    code: 'S03',
    name: 'Xã Đồng Bằng 1',
    area: 'rural',
    households: 34_000,
    sample: 1_700,
    minorityShare: 0.12,
    hardship: 0.6,
  },
  {
    code: 'S04',
    name: 'Xã Đồng Bằng 2',
    area: 'rural',
    households: 31_000,
    sample: 1_550,
    minorityShare: 0.15,
    hardship: 0.65,
  },
  {
    code: 'S05',
    name: 'Xã Đồng Bằng 3',
    area: 'rural',
    households: 30_000,
    sample: 1_500,
    minorityShare: 0.2,
    hardship: 0.7,
  },
  {
    code: 'S06',
    name: 'Xã Trung Du 1',
    area: 'rural',
    households: 29_000,
    sample: 1_450,
    minorityShare: 0.3,
    hardship: 0.9,
  },
  {
    code: 'S07',
    name: 'Xã Trung Du 2',
    area: 'rural',
    households: 27_000,
    sample: 1_350,
    minorityShare: 0.35,
    hardship: 1,
  },
  {
    code: 'S08',
    name: 'Xã Trung Du 3',
    area: 'rural',
    households: 25_000,
    sample: 1_250,
    minorityShare: 0.4,
    hardship: 1.1,
  },
  {
    code: 'S09',
    name: 'Xã Miền Núi 1',
    area: 'rural',
    households: 22_000,
    sample: 1_700,
    minorityShare: 0.7,
    hardship: 1.7,
  },
  {
    code: 'S10',
    name: 'Xã Miền Núi 2',
    area: 'rural',
    households: 20_000,
    sample: 1_600,
    minorityShare: 0.75,
    hardship: 1.9,
  },
  {
    code: 'S11',
    name: 'Xã Miền Núi 3',
    area: 'rural',
    households: 18_000,
    sample: 1_700,
    minorityShare: 0.85,
    hardship: 2.2,
  },
  {
    code: 'S12',
    name: 'Xã Vùng Cao',
    area: 'rural',
    households: 14_000,
    sample: 1_700,
    minorityShare: 0.9,
    hardship: 2.6,
  },
];

const MINORITIES = ['Tày', 'Nùng', 'Dao', 'Sán Dìu', 'Mông', 'Sán Chay', 'Hoa'] as const;
const LINES = { rural: 1_500_000, urban: 2_000_000 } as const;
/** Chance of income at or below the line, per unit of hardship. */
const LOW_INCOME = 0.07;
/** How much likelier each deprivation is with low income. */
const LOW_INCOME_DEPRIVATION = 2.6;

/** A stable seed for one household, so that both years grow from the same household. */
function householdSeed(seed: number, index: number, salt: number): number {
  return Math.imul(seed ^ Math.imul(index + 1, 0x9e3779b1), 0x85ebca6b) ^ salt;
}

interface Base {
  readonly id: string;
  /** The household's position in its commune's sample. */
  readonly index: number;
  /** A number unique in the province, for seeding. */
  readonly serial: number;
  readonly commune: SyntheticCommune;
  readonly minority: boolean;
  /** 0 (none) to ~3 (severe): how likely low income and each deprivation are. */
  readonly hardship: number;
  /** Whether income was at or below the line in 2023: deprivations come with it. */
  readonly lowIncome: boolean;
  readonly size: number;
  /** Monthly income per capita in 2023, whole đồng. */
  readonly monthly2023: number;
  /** Uniform draws kept per household so that a fact can improve between the years. */
  readonly draws: readonly number[];
  readonly ethnicity: string;
  readonly meritorious: boolean;
}

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)] as T;
}

function base(seed: number, index: number, commune: SyntheticCommune): Base {
  const serial = SYNTHETIC_COMMUNES.indexOf(commune) * 100_000 + index;
  const random = seededRandom(householdSeed(seed, serial, 1));
  const minority = random() < commune.minorityShare;
  const hardship = commune.hardship * (minority ? 1.6 : 0.9) * (0.3 + 1.4 * random() ** 2);
  const size = 1 + Math.min(6, Math.floor(-Math.log(1 - random()) * 2.6));
  const line = LINES[commune.area];
  const lowIncome = random() < Math.min(0.5, LOW_INCOME * hardship);
  const monthly2023 = lowIncome
    ? Math.round((0.55 + 0.5 * random()) * line)
    : Math.round(line * (1.05 + 3.5 * random() ** 1.5));
  return {
    id: `${commune.code}-${String(index).padStart(5, '0')}`,
    index,
    serial,
    commune,
    minority,
    hardship,
    lowIncome,
    size,
    monthly2023,
    draws: Array.from({ length: 16 }, random),
    ethnicity: minority ? pick(random, MINORITIES) : 'Kinh',
    meritorious: random() < 0.015,
  };
}

/**
 * Whether a deprivation of chance `p × hardship` happens for draw `d`: several times likelier
 * with low income, and a little rarer in 2024.
 */
function deprived(base: Base, draw: number, p: number, year: number): boolean {
  const chance = Math.min(
    0.9,
    p * base.hardship * (base.lowIncome ? LOW_INCOME_DEPRIVATION : 1) * (year === 2024 ? 0.85 : 1),
  );
  return (base.draws[draw] as number) < chance;
}

function members(b: Base, year: number): Record<string, unknown>[] {
  const random = seededRandom(householdSeed(7, b.serial, 2));
  const age = (from: number, to: number) => from + Math.floor(random() * (to - from + 1));
  const list: Record<string, unknown>[] = [];
  const noInsurance = deprived(b, 0, 0.05, year);
  const noInternet = deprived(b, 1, 0.12, year);
  const withoutContract = deprived(b, 2, 0.1, year);
  const childOut = deprived(b, 3, 0.04, year);
  const stunted = deprived(b, 4, 0.05, year);
  const lowSchooling = deprived(b, 5, 0.06, year);
  for (let i = 0; i < b.size; i++) {
    const isChild = i >= 2 && random() < 0.7;
    const isElder = !isChild && i >= 1 && random() < 0.25;
    const years = isChild ? age(1, 15) : isElder ? age(60, 85) : age(22, 58);
    const born = 2023 - years; // the same people both years, a year older in 2024
    const member: Record<string, unknown> = {
      id: `m${i + 1}`,
      sex: i === 0 ? (random() < 0.7 ? 'male' : 'female') : random() < 0.5 ? 'male' : 'female',
      birthDate: `${born - (random() < 0.5 ? 1 : 0)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-15`,
      ethnicity: b.ethnicity,
      relation: i === 0 ? 'head' : isChild ? 'child' : isElder ? 'parent' : 'spouse',
      disability: 'none',
      monthlySocialAllowance: isElder && random() < 0.3,
      healthInsurance: !(noInsurance && i === b.size - 1 && years >= 6),
      usesInternet: !noInternet && !isChild && !isElder,
      meritorious: b.meritorious && isElder,
    };
    if (isChild) {
      member.work = 'not-in-labour-force';
      member.nutrition = stunted && years < 10 ? 'stunted' : 'normal';
      member.qualification = 'none';
      const level =
        years < 6
          ? 'preschool'
          : years < 11
            ? 'primary'
            : years < 15
              ? 'lower-secondary'
              : 'upper-secondary';
      member.schooling =
        years >= 3 && childOut ? { attending: false } : { attending: years >= 3, level };
    } else {
      member.work = isElder
        ? 'not-in-labour-force'
        : withoutContract && i === 0
          ? 'wage-without-contract'
          : 'self-employed';
      member.schooling = { attending: false };
      member.qualification = years <= 30 && lowSchooling ? 'lower-secondary' : 'upper-secondary';
      member.employerCertifiedTraining = false;
    }
    list.push(member);
  }
  // About one household in a hundred has not said whether its youngest is insured.
  if ((b.draws[15] as number) < 0.01) delete list[list.length - 1]?.healthInsurance;
  return list;
}

/** One household's raw record in the review of `year` (2023 or 2024). */
function recordOf(b: Base, year: number): Record<string, unknown> {
  const growth = year === 2024 ? 1.08 + 0.1 * (b.draws[6] as number) : 1;
  const shock = year === 2024 && (b.draws[7] as number) < 0.004; // illness, a lost harvest
  const monthly = Math.round(b.monthly2023 * growth * (shock ? 0.45 : 1));
  const poorHouse = deprived(b, 8, 0.06, year);
  const crowded = deprived(b, 9, 0.05, year);
  const unsafeWater = deprived(b, 10, 0.07, year);
  const noLatrine = deprived(b, 11, 0.08, year);
  const noDevice = deprived(b, 12, 0.03, year);
  const record: Record<string, unknown> = {
    id: b.id,
    area: b.commune.area,
    location: { provinceCode: 'SYN', communeCode: b.commune.code },
    income: { annualTotal: monthly * 12 * b.size },
    members: members(b, year),
    dwelling: {
      foundation: 'durable',
      walls: poorHouse ? 'non-durable' : 'durable',
      roof: poorHouse ? 'non-durable' : 'durable',
      floorAreaM2: crowded ? 6 * b.size : 18 * b.size + 10,
    },
    water: unsafeWater
      ? 'unprotected-dug-well'
      : pick(() => b.draws[13] as number, ['piped', 'drilled-well']),
    latrine: noLatrine ? 'simple-pit' : 'septic',
    devices: noDevice ? [] : ['television', 'smartphone'],
  };
  // Some households escaped poverty before 2023: their record says so.
  if (year === 2023 && (b.draws[14] as number) < 0.02 * b.hardship) {
    record.previous = { category: 'poor', policyYear: 2022 };
  }
  return record;
}

/** The households sampled in a commune, from a seed. */
function* communeBases(seed: number, commune: SyntheticCommune, extra: number): Generator<Base> {
  for (let i = 0; i < commune.sample + extra; i++) yield base(seed, i, commune);
}

/**
 * The raw records of the review held in `year`, one at a time: 2023 or 2024. Between the two,
 * incomes grow, some deprivations are overcome, a few households meet a shock; 0.5% move away
 * and new households appear. About one record in a thousand has a mistake (a misspelt ethnic
 * group, a negative income), as real files do.
 */
export function* syntheticReview(
  year: 2023 | 2024,
  seed = 20_240_501,
): Generator<Record<string, unknown>> {
  let serial = 0;
  for (const commune of SYNTHETIC_COMMUNES) {
    const newcomers = Math.round(commune.sample * 0.007);
    for (const b of communeBases(seed, commune, newcomers)) {
      const isNewcomer = b.index >= commune.sample;
      const movesAway = (b.draws[7] as number) > 0.995;
      if (year === 2023 ? isNewcomer : movesAway) continue;
      const record = recordOf(b, year);
      serial++;
      if (serial % 997 === 0)
        record.members = [{ ...(record.members as object[])[0], ethnicity: 'Tay Nung' }];
      if (serial % 1499 === 0) record.income = { annualTotal: -1 };
      yield record;
    }
  }
}

/** The survey weight of a commune's households: the households each sampled one stands for. */
export function weightOfCommune(code: string | undefined): number {
  const commune = SYNTHETIC_COMMUNES.find((candidate) => candidate.code === code);
  return commune === undefined ? 0 : commune.households / commune.sample;
}
