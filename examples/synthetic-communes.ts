import { seededRandom } from '../bench/synthetic';
import type { AllocationUnit } from '../src/index';

const AREAS = ['lowland', 'midland', 'highland'] as const;

/**
 * SYNTHETIC communes for the example and the benchmark, from a seeded generator (the same on every
 * run): counts of poor and near-poor households, an ethnic-minority share, an extremely-difficult
 * flag and a population, shaped like the example criteria table. Not real data.
 */
export function syntheticCommunes(count: number, seed = 2024): AllocationUnit[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const population = 2_000 + Math.floor(random() * 18_000);
    const poor = Math.floor(population * random() * 0.06);
    return {
      id: `X${String(i + 1).padStart(5, '0')}`,
      name: `Xã tổng hợp ${i + 1}`,
      values: {
        poorHouseholds: poor,
        nearPoorHouseholds: Math.floor(population * random() * 0.04),
        ethnicMinorityShare: Math.floor(random() * 1000) / 1000,
        extremelyDifficult: random() < 0.25,
        population,
      },
      categories: { area: AREAS[Math.floor(random() * 3)] as string },
    };
  });
}
