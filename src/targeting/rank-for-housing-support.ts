import { housingEligibility } from './assess-housing-eligibility';
import type { TargetingOptions } from './assess-priority-groups';
import { checkAssessedList } from './check-list';
import { ConditionMemo } from './conditions';
import { targetingContext } from './context';
import { placeInPriorityOrder } from './housing-priority';
import { resolveRules } from './resolve-rules';
import { checkTieBreaks, compareKeys, type Part, tieBreakKeys, tieBreakNames } from './tie-break';
import type {
  AssessedHousehold,
  HousingRanking,
  RankedHousehold,
  TieBreak,
  UnrankedHousehold,
} from './types';

/** Options of {@link rankForHousingSupport}. */
export interface HousingRankingOptions extends TargetingOptions {
  /**
   * The tie-breaks inside one priority level, in order; by default `['worse-housing',
   * 'lower-income-per-capita', 'more-deprivations']`. The household id always decides last.
   */
  readonly tieBreak?: readonly TieBreak[];
}

type Sortable<T> = { readonly entry: T; readonly level: number; readonly key: readonly Part[] };

/**
 * Ranks candidates for Project 5 housing support (hỗ trợ nhà ở) when support runs short: first by
 * the six-level legal priority order, then by an explicit tie-break, and last by household id, so
 * that the same candidates always give the same order whatever the order of the input. Each ranked
 * household says its level and why (every level tested down to its own), the facts that could raise
 * it, and its tie-break values.
 *
 * @remarks Legal basis: Decision 90/QĐ-TTg, Project 5 (grade S): 1 poor ethnic-minority
 * households; 2 poor households with a person of merit; 3 poor or near-poor households with a
 * social-protection beneficiary; 4 poor or near-poor households in especially hard circumstances
 * (elderly living alone, disability); 5 poor or near-poor households in areas often hit by natural
 * disasters; 6 other poor or near-poor households. The law gives no order inside a level: the
 * default tie-break (worse housing, then lower income per person, then more deprivations) is the
 * library's choice, grade U, and every tie-break is the caller's to set. Only eligible candidates
 * are ranked (see {@link assessHousingEligibility}); those whose eligibility is undetermined are
 * listed apart with the levels they would have, those not eligible with their reasons. A household
 * whose level missing facts could raise is ranked at the level its facts establish.
 *
 * @param candidates - households with their assessments, each with an id of its own (at most
 * 1,000,000)
 * @param options - `tieBreak`: the order inside a level; `rules`: the targeting rules
 * @returns the ranked, undetermined and ineligible candidates
 * @throws {@link VnPovertyError} `invalid-targeting-input` for an empty list, more than 1,000,000
 * candidates, or a missing or repeated id; `invalid-options` for an unknown tie-break;
 * `assessment-mismatch` when an assessment is not its household's
 *
 * @example
 * ```ts
 * import { assessHousehold, parseHousehold, rankForHousingSupport } from 'vn-poverty';
 * const candidate = (id: string, ethnicity: string, floorAreaM2: number) => {
 *   const parsed = parseHousehold({
 *     id, area: 'rural', income: { annualTotal: 24000000 },
 *     location: { poorDistrict: true, oftenHitByDisasters: false },
 *     members: [
 *       { id: 'a', sex: 'male', birthDate: '1980', ethnicity, relation: 'head', meritorious: false, monthlySocialAllowance: false, disability: 'none' },
 *       { id: 'b', sex: 'female', birthDate: '1982', ethnicity, relation: 'spouse', meritorious: false, monthlySocialAllowance: false, disability: 'none' },
 *     ],
 *     dwelling: { foundation: 'non-durable', walls: 'non-durable', roof: 'durable', floorAreaM2 },
 *     water: 'surface-water', latrine: 'none', devices: [],
 *     formedOn: '2005', earlierHousingSupport: [],
 *   });
 *   if (!parsed.success) throw new Error('invalid');
 *   return { household: parsed.data, assessment: assessHousehold(parsed.data, { on: '2024-06-01' }) };
 * };
 * const ranking = rankForHousingSupport([candidate('K1', 'Kinh', 20), candidate('T1', 'Tày', 30), candidate('K2', 'Kinh', 12)]);
 * ranking.ranked.map((r) => `${r.rank}. ${r.householdId} (level ${r.level})`); //=> ['1. T1 (level 1)', '2. K2 (level 6)', '3. K1 (level 6)']
 * ```
 */
export function rankForHousingSupport(
  candidates: readonly AssessedHousehold[],
  options: HousingRankingOptions = {},
): HousingRanking {
  const list = checkAssessedList(candidates, 'candidates');
  const { tieBreaks, positions } = checkTieBreaks(options?.tieBreak);
  const rules = resolveRules(options?.rules);
  const memo = new ConditionMemo();
  const ranked: Sortable<Omit<RankedHousehold, 'rank' | 'tieBreakOrder'>>[] = [];
  const undetermined: Sortable<Omit<UnrankedHousehold, 'tieBreakOrder'>>[] = [];
  const ineligible: Omit<UnrankedHousehold, 'tieBreakOrder'>[] = [];
  for (const { household, assessment } of list) {
    const context = targetingContext(household, assessment, rules, memo);
    const eligibility = housingEligibility(context);
    const householdId = household.id as string;
    if (eligibility.status === 'not-eligible') {
      ineligible.push({ householdId, eligibility, possibleLevels: [] });
      continue;
    }
    const placement = placeInPriorityOrder(context);
    const keys = tieBreakKeys(context, tieBreaks, positions);
    if (eligibility.status === 'undetermined') {
      const entry = { householdId, eligibility, possibleLevels: placement.possibleLevels };
      undetermined.push({ entry, level: Math.min(...placement.possibleLevels), key: keys.parts });
      continue;
    }
    const { level, levelId, possibleLevels, levels, missing } = placement;
    const entry = {
      householdId,
      level,
      ...(levelId === undefined ? {} : { levelId }),
      possibleLevels,
      levels,
      missing,
      tieBreak: keys.values,
    };
    ranked.push({ entry, level, key: keys.parts });
  }
  const tieOrder = tieBreakOrder([...ranked, ...undetermined]);
  ranked.sort((a, b) => a.level - b.level || compareKeys(a.key, b.key));
  undetermined.sort((a, b) => compareKeys(a.key, b.key));
  return {
    rulesId: rules.id,
    order: rules.housing.priorityOrder.value,
    tieBreak: tieBreakNames(tieBreaks),
    ranked: ranked.map(({ entry }, index) => ({
      rank: index + 1,
      ...entry,
      tieBreakOrder: tieOrder.get(entry.householdId) as number,
    })),
    undetermined: undetermined.map(({ entry }) => ({
      ...entry,
      tieBreakOrder: tieOrder.get(entry.householdId) as number,
    })),
    ineligible,
  };
}

/** Each candidate's position in the tie-break order alone, levels aside. */
function tieBreakOrder(
  entries: readonly Sortable<{ readonly householdId: string }>[],
): Map<string, number> {
  const sorted = [...entries].sort((a, b) => compareKeys(a.key, b.key));
  return new Map(sorted.map(({ entry }, index) => [entry.householdId, index + 1]));
}
