// SYNTHETIC DATA. A seeded generator of one commune's household records, for the targeting
// example: no real person or household is described. The same seed gives the same records on
// every run and every machine. Magnitudes follow Thái Nguyên's published figures only loosely (a
// commune in a poor district, most households of ethnic minorities, a few per cent poor).
import { seededRandom } from '../bench/synthetic';

/** A household record as a form or a file would give it: JSON, to be checked by parseHousehold. */
export type SyntheticRecord = Record<string, unknown>;

const VILLAGES = ['Nà Pài', 'Khuổi Tích', 'Bản Chang', 'Cốc Lải'] as const;
const MINORITY_GROUPS = ['Tày', 'Nùng', 'Dao', 'Mông', 'Sán Chay'] as const;

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)] as T;
}

function birthDate(random: () => number, fromYear: number, toYear: number): string {
  const year = fromYear + Math.floor(random() * (toYear - fromYear + 1));
  const month = 1 + Math.floor(random() * 12);
  // Registers often hold the year alone: one record in five does.
  return random() < 0.2 ? `${year}` : `${year}-${String(month).padStart(2, '0')}-15`;
}

/** Every fact a rule reads is recorded, except with probability `gap`: surveys have holes. */
function recorded<T>(random: () => number, gap: number, value: T): T | undefined {
  return random() < gap ? undefined : value;
}

function adultMember(
  random: () => number,
  id: string,
  ethnicity: string,
  relation: string,
  sex: 'male' | 'female',
  bornFrom = 1950,
): SyntheticRecord {
  const born = birthDate(random, bornFrom, 2003);
  const young = Number(born.slice(0, 4)) >= 1980;
  return {
    id,
    sex,
    birthDate: born,
    ethnicity,
    relation,
    work: pick(random, ['self-employed', 'self-employed', 'wage-without-contract', 'unemployed']),
    disability: recorded(random, 0.03, random() < 0.06 ? pick(random, ['mild', 'severe']) : 'none'),
    monthlySocialAllowance: recorded(random, 0.03, random() < 0.05),
    healthInsurance: recorded(random, 0.03, random() < 0.85),
    qualification: pick(random, ['primary', 'lower-secondary', 'upper-secondary']),
    employerCertifiedTraining: false,
    schooling: { attending: false },
    usesInternet: random() < 0.55,
    meritorious: recorded(random, 0.03, random() < 0.03),
    ...(sex === 'female' && young
      ? { maternity: recorded(random, 0.05, random() < 0.12 ? 'breastfeeding' : 'none') }
      : {}),
  };
}

function childMember(random: () => number, id: string, ethnicity: string): SyntheticRecord {
  const born = birthDate(random, 2008, 2024);
  const year = Number(born.slice(0, 4));
  const level =
    year >= 2020
      ? 'preschool'
      : year >= 2014
        ? 'primary'
        : year >= 2010
          ? 'lower-secondary'
          : 'upper-secondary';
  return {
    id,
    sex: random() < 0.5 ? 'male' : 'female',
    birthDate: born,
    ethnicity,
    relation: 'child',
    work: 'not-in-labour-force',
    disability: 'none',
    monthlySocialAllowance: false,
    healthInsurance: random() < 0.95,
    nutrition: random() < 0.12 ? 'stunted' : 'normal',
    qualification: 'none',
    schooling: year >= 2022 ? { attending: false } : { attending: random() < 0.95, level },
    usesInternet: false,
    meritorious: false,
  };
}

function dwelling(random: () => number, size: number): SyntheticRecord {
  if (random() < 0.03) return { none: true };
  const weak = random() < 0.25;
  return {
    foundation: weak && random() < 0.5 ? 'non-durable' : 'durable',
    walls: weak ? 'non-durable' : 'durable',
    roof: weak && random() < 0.8 ? 'non-durable' : 'durable',
    floorAreaM2: Math.max(6, Math.round(size * (5 + random() * 20))),
  };
}

/** The earlier status: most households have one; some left the poor list in 2023–2024. */
function previousStatus(random: () => number, poorNow: boolean): SyntheticRecord | undefined {
  const draw = random();
  if (draw < 0.1) return undefined;
  if (poorNow || draw < 0.25) {
    const left = !poorNow && random() < 0.8;
    return {
      category: random() < 0.6 ? 'poor' : 'near-poor',
      policyYear: 2023,
      since: '2022-12-20',
      ...(left ? { leftOn: pick(random, ['2023-12-18', '2024-12-16', '2025-06-30']) } : {}),
    };
  }
  return { category: 'middle', policyYear: 2022, since: '2021-12-20' };
}

/**
 * `count` household records of one synthetic commune in a poor district, the same for the same
 * seed. About one in eight is poor or near-poor; the programme facts (formation date, earlier
 * housing support, the disaster flag by village) are mostly recorded, with a few gaps.
 */
export function syntheticCommune(count: number, seed = 2024_05_08): SyntheticRecord[] {
  const random = seededRandom(seed);
  const disasterVillages = new Set(['Khuổi Tích', 'Cốc Lải']);
  const records: SyntheticRecord[] = [];
  for (let i = 0; i < count; i++) {
    const village = pick(random, VILLAGES);
    const minority = random() < 0.75;
    const ethnicity = minority ? pick(random, MINORITY_GROUPS) : 'Kinh';
    const members: SyntheticRecord[] = [
      adultMember(random, 'a', ethnicity, 'head', random() < 0.8 ? 'male' : 'female'),
    ];
    if (random() < 0.85) {
      const spouseGroup = random() < 0.85 ? ethnicity : pick(random, ['Kinh', ...MINORITY_GROUPS]);
      members.push(
        adultMember(
          random,
          'b',
          spouseGroup,
          'spouse',
          members[0]?.sex === 'male' ? 'female' : 'male',
        ),
      );
    }
    const children = Math.floor(random() * 4);
    for (let c = 0; c < children; c++) members.push(childMember(random, `c${c + 1}`, ethnicity));
    if (random() < 0.2) members.push(adultMember(random, 'p', ethnicity, 'parent', 'female', 1935));
    const size = members.length;
    // Monthly income per person: most above the 1,500,000 rural line, about one in six at or under.
    const monthly =
      random() < 0.16
        ? 700_000 + Math.floor(random() * 800_000)
        : 1_500_001 + Math.floor(random() * 3_000_000);
    const poorNow = monthly <= 1_500_000;
    const housingSupport =
      random() < 0.05
        ? undefined
        : random() < 0.08
          ? [
              {
                source: pick(random, [
                  'ethnic-minority-programme',
                  'mass-organisation',
                  'other-state-programme',
                ]),
                year: 2015 + Math.floor(random() * 9),
              },
            ]
          : [];
    const previous = previousStatus(random, poorNow);
    records.push({
      id: `TN-${String(i + 1).padStart(4, '0')}`,
      area: 'rural',
      location: {
        provinceCode: '19',
        communeCode: '05998',
        village,
        poorDistrict: true,
        oftenHitByDisasters: disasterVillages.has(village),
        extremelyDifficultCommune: true,
      },
      income: { annualTotal: monthly * 12 * size },
      members,
      dwelling: dwelling(random, size),
      water:
        random() < 0.7
          ? 'piped'
          : pick(random, ['protected-spring', 'unprotected-spring', 'surface-water']),
      latrine: random() < 0.65 ? 'septic' : pick(random, ['simple-pit', 'none']),
      devices: random() < 0.85 ? ['television', 'smartphone'] : [],
      formedOn: recorded(random, 0.04, `${1985 + Math.floor(random() * 39)}`),
      agriculturalHousehold: recorded(random, 0.1, random() < 0.8),
      ...(housingSupport === undefined ? {} : { earlierHousingSupport: housingSupport }),
      ...(previous === undefined ? {} : { previous }),
    });
  }
  return records;
}
