import type { HouseholdInput, Member } from '../src/index';

/**
 * Seeded synthetic households for benchmarks: realistic shapes (1–8 members, children and
 * elderly, some missing facts, a spread of incomes around the lines), the same on every run.
 */

/** mulberry32: a small, fast, seeded pseudo-random generator. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)] as T;
}

function member(random: () => number, index: number): Member {
  const child = random() < 0.3;
  const year = child ? 2009 + Math.floor(random() * 15) : 1940 + Math.floor(random() * 66);
  const month = 1 + Math.floor(random() * 12);
  const known = random() < 0.97;
  const base: Member = {
    id: `p${index}`,
    sex: random() < 0.5 ? 'male' : 'female',
    birthDate: `${year}-${String(month).padStart(2, '0')}-15`,
    ethnicity: random() < 0.85 ? 'Kinh' : 'Tày',
    work: child
      ? 'not-in-labour-force'
      : pick(random, [
          'self-employed',
          'wage-with-contract',
          'wage-without-contract',
          'unemployed',
          'unpaid-family-work',
        ] as const),
    disability: random() < 0.05 ? 'severe' : 'none',
    monthlySocialAllowance: random() < 0.08,
    nutrition: random() < 0.1 ? 'stunted' : 'normal',
    schooling: child
      ? {
          attending: random() < 0.93,
          level: pick(random, [
            'preschool',
            'primary',
            'lower-secondary',
            'upper-secondary',
          ] as const),
        }
      : { attending: false },
    qualification: pick(random, [
      'primary',
      'lower-secondary',
      'upper-secondary',
      'vocational-elementary',
    ] as const),
    employerCertifiedTraining: false,
    usesInternet: random() < 0.6,
  };
  return known ? { ...base, healthInsurance: random() < 0.9 } : base;
}

/**
 * `count` households, the same for the same seed. Members are drawn from a pool of `poolSize`
 * distinct people, so that a million households fit in memory the way a streamed review would
 * hold them: one batch at a time, not a million distinct records at once.
 */
export function syntheticHouseholds(
  count: number,
  seed = 20261129,
  poolSize = 20_000,
): HouseholdInput[] {
  const random = seededRandom(seed);
  // Through JSON, as records read from a file or a database arrive: compact, uniform objects.
  const pool: Member[] = JSON.parse(
    JSON.stringify(Array.from({ length: poolSize }, (_, index) => member(random, index))),
  );
  const households: HouseholdInput[] = [];
  for (let i = 0; i < count; i++) {
    const size = 1 + Math.floor(random() * 8);
    const first = Math.floor(random() * (poolSize - size));
    const members = pool.slice(first, first + size);
    const monthly = 600_000 + Math.floor(random() * 3_000_000);
    households.push({
      id: `H${i}`,
      area: random() < 0.7 ? 'rural' : 'urban',
      income: { annualTotal: monthly * 12 * size + Math.floor(random() * 12) },
      members,
      dwelling:
        random() < 0.01
          ? { none: true }
          : {
              foundation: random() < 0.8 ? 'durable' : 'non-durable',
              walls: random() < 0.8 ? 'durable' : 'non-durable',
              roof: random() < 0.8 ? 'durable' : 'non-durable',
              floorAreaM2: 10 + Math.floor(random() * 120),
            },
      water: random() < 0.85 ? 'piped' : 'unprotected-dug-well',
      latrine: random() < 0.85 ? 'septic' : 'simple-pit',
      devices: random() < 0.9 ? ['television', 'smartphone'] : [],
    });
  }
  return households;
}
