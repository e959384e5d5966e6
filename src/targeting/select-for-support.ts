import { VnPovertyError } from '../errors';
import type { HousingRanking, SelectedHousehold, SupportSelection } from './types';

function invalidHouses(houses: unknown): VnPovertyError {
  return new VnPovertyError(
    'invalid-options',
    {
      vi: `Số nhà (${String(houses)}) phải là số nguyên không âm.`,
      en: `The number of houses (${String(houses)}) must be a whole number, at least 0.`,
    },
    [
      {
        path: 'houses',
        code: 'invalid-houses',
        message: {
          vi: 'Số nhà phải là số nguyên không âm.',
          en: 'Houses must be a whole number ≥ 0.',
        },
      },
    ],
  );
}

/**
 * A what-if on a ranking (thử phương án): with support for a given number of houses, which
 * households are supported, which is the first left out, and which households left out could
 * still come in if their missing facts were known.
 *
 * @remarks Legal basis: the priority order of Decision 90/QĐ-TTg, Project 5 (grade S), as applied
 * by {@link rankForHousingSupport}. The supported households are the first `houses` of the
 * ranking. A household left out is `undecided` when the levels its missing facts allow (or its
 * eligibility, when that is undetermined) could place it before the last supported household: at
 * a higher level, or at the same level ahead in the tie-break order.
 *
 * @param ranking - a result of {@link rankForHousingSupport}
 * @param options - `houses`: how many houses the budget supports (a whole number, at least 0)
 * @returns the supported households, the first left out, the houses left over and the undecided
 * @throws {@link VnPovertyError} `invalid-options` when `houses` is not a whole number ≥ 0, or
 * `ranking` is not a ranking
 *
 * @example
 * ```ts
 * import { assessHousehold, parseHousehold, rankForHousingSupport, selectForSupport } from 'vn-poverty';
 * const candidate = (id: string, floorAreaM2: number) => {
 *   const parsed = parseHousehold({
 *     id, area: 'rural', income: { annualTotal: 12000000 },
 *     location: { poorDistrict: true, oftenHitByDisasters: false },
 *     members: [{ id: 'a', sex: 'male', birthDate: '1980', ethnicity: 'Kinh', relation: 'head', meritorious: false, monthlySocialAllowance: false, disability: 'none' }],
 *     dwelling: { foundation: 'non-durable', walls: 'non-durable', roof: 'durable', floorAreaM2 },
 *     water: 'surface-water', latrine: 'none', devices: [],
 *     formedOn: '2005', earlierHousingSupport: [],
 *   });
 *   if (!parsed.success) throw new Error('invalid');
 *   return { household: parsed.data, assessment: assessHousehold(parsed.data, { on: '2024-06-01' }) };
 * };
 * const ranking = rankForHousingSupport([candidate('A', 9), candidate('B', 7), candidate('C', 5)]);
 * const selection = selectForSupport(ranking, { houses: 2 });
 * selection.supported.map((s) => s.householdId); //=> ['C', 'B']
 * selection.firstLeftOut?.householdId; //=> 'A'
 * ```
 */
export function selectForSupport(
  ranking: HousingRanking,
  options: { readonly houses: number },
): SupportSelection {
  const houses = options?.houses;
  if (typeof houses !== 'number' || !Number.isSafeInteger(houses) || houses < 0) {
    throw invalidHouses(houses);
  }
  if (!Array.isArray(ranking?.ranked) || !Array.isArray(ranking.undetermined)) {
    throw new VnPovertyError('invalid-options', {
      vi: 'Cần kết quả của rankForHousingSupport.',
      en: 'A result of rankForHousingSupport is needed.',
    });
  }
  const ranked = ranking.ranked;
  const supported: SelectedHousehold[] = ranked
    .slice(0, houses)
    .map(({ householdId, rank, level }) => ({ householdId, rank, level }));
  const left = ranked[houses];
  const last = ranked[Math.min(houses, ranked.length) - 1];
  const spare = Math.max(0, houses - ranked.length);
  // Could a household placed at `best` (its best possible level) come before the last supported?
  const comesIn = (best: number, tieBreakOrder: number): boolean =>
    spare > 0 ||
    (last !== undefined &&
      (best < last.level || (best === last.level && tieBreakOrder < last.tieBreakOrder)));
  const undecided = [
    ...ranked.slice(houses).flatMap((entry) => {
      const best = Math.min(...entry.possibleLevels);
      return best < entry.level && comesIn(best, entry.tieBreakOrder)
        ? [
            {
              householdId: entry.householdId,
              rank: entry.rank,
              level: best,
              missing: entry.missing,
            },
          ]
        : [];
    }),
    ...ranking.undetermined.flatMap((entry) => {
      const best = Math.min(...entry.possibleLevels);
      return houses > 0 && comesIn(best, entry.tieBreakOrder ?? Number.POSITIVE_INFINITY)
        ? [{ householdId: entry.householdId, level: best, missing: entry.eligibility.missing }]
        : [];
    }),
  ];
  return {
    houses,
    supported,
    ...(left === undefined
      ? {}
      : { firstLeftOut: { householdId: left.householdId, rank: left.rank, level: left.level } }),
    housesLeft: spare,
    undecided,
  };
}
