import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AssessedHousehold,
  type HousingRanking,
  rankForHousingSupport,
  selectForSupport,
  type TieBreak,
  type VnPovertyError,
} from '../../src/index';
import { errorCode } from '../fixtures';
import { assessed, members, poor } from './helpers';

/** Every fact that a priority level reads is recorded, so that each level is decided. */
const decided = {
  relation: 'other',
  meritorious: false,
  monthlySocialAllowance: false,
  disability: 'none',
};

type Feature = 1 | 2 | 3 | 4 | 5 | 6;

/** A poor, eligible candidate at the level of `feature` (6: none), with its housing and income. */
function candidate(
  id: string,
  feature: Feature,
  { floorAreaM2 = 40, annualTotal = 72_000_000 } = {},
): Record<string, unknown> {
  const head = { ...decided, relation: 'head', ...(feature === 1 ? { ethnicity: 'Tày' } : {}) };
  return poor({
    id,
    income: { annualTotal },
    location: { poorDistrict: true, oftenHitByDisasters: feature === 5 },
    dwelling: { foundation: 'durable', walls: 'non-durable', roof: 'non-durable', floorAreaM2 },
    members: members({
      0: head,
      1: { ...decided, meritorious: feature === 2 },
      2: { ...decided, monthlySocialAllowance: feature === 3 },
      3: { ...decided, disability: feature === 4 ? 'mild' : 'none' },
    }),
  });
}

const worked = [
  assessed(candidate('P7', 6, { floorAreaM2: 30 })),
  assessed(candidate('P5', 5)),
  assessed(candidate('P1', 1)),
  assessed(candidate('P6', 6, { floorAreaM2: 20 })),
  assessed(candidate('P3', 3)),
  assessed(candidate('P8', 6, { floorAreaM2: 30, annualTotal: 60_000_000 })),
  assessed(candidate('P2', 2)),
  assessed(candidate('P4', 4)),
];

/** At level 6, but a member's merit is not recorded: level 2 if it were. */
const meritUnknown = (id: string) =>
  assessed({
    ...candidate(id, 6),
    members: members({
      0: { ...decided, relation: 'head' },
      1: { ...decided, meritorious: undefined },
      2: decided,
      3: decided,
    }),
  });

const ids = (ranking: HousingRanking) => ranking.ranked.map((r) => r.householdId);

describe('the six-level priority order, then the tie-break', () => {
  it('by hand: levels 1 to 5, then level 6 by worse housing, then lower income per person', () => {
    const ranking = rankForHousingSupport(worked);
    // Level 6: P6 has 20 m² for 4 (5 a person), P7 and P8 30 m² (7.5); P8 earns 60,000,000 for 4
    // against P7's 72,000,000, so P8 before P7.
    expect(ids(ranking)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P8', 'P7']);
    expect(ranking.ranked.map((r) => r.level)).toEqual([1, 2, 3, 4, 5, 6, 6, 6]);
    expect(ranking.ranked.map((r) => r.levelId)).toEqual([
      'poor-ethnic-minority',
      'poor-with-person-of-merit',
      'with-social-protection-beneficiary',
      'especially-hard-circumstances',
      'often-hit-by-disasters',
      'other-poor-or-near-poor',
      'other-poor-or-near-poor',
      'other-poor-or-near-poor',
    ]);
    expect(ranking.tieBreak).toEqual([
      'worse-housing',
      'lower-income-per-capita',
      'more-deprivations',
      'household-id',
    ]);
  });

  it('each household says why: every level down to its own', () => {
    const p4 = rankForHousingSupport(worked).ranked.find((r) => r.householdId === 'P4');
    expect(p4?.levels.map((l) => [l.level, l.status])).toEqual([
      [1, 'not-met'],
      [2, 'not-met'],
      [3, 'not-met'],
      [4, 'met'],
    ]);
    expect(p4?.levels[3]?.conditions.map((c) => c.code)).toEqual([
      'household-poor-or-near-poor',
      'especially-hard-circumstances',
    ]);
    expect(p4?.tieBreak).toEqual([
      { key: 'worse-housing', value: '2/3 non-durable; 40 m² for 4' },
      { key: 'lower-income-per-capita', value: '72000000/4 per year' },
      { key: 'more-deprivations', value: 3 },
      { key: 'household-id', value: 'P4' },
    ]);
  });

  it('the tie-break is the caller’s: income alone, or a listed order, then the id', () => {
    const level6 = (tieBreak: TieBreak[]) =>
      ids(rankForHousingSupport(worked, { tieBreak })).slice(5);
    expect(level6(['lower-income-per-capita'])).toEqual(['P8', 'P6', 'P7']);
    expect(level6([])).toEqual(['P6', 'P7', 'P8']);
    expect(level6([{ by: 'listed-order', ids: ['P7', 'P6'] }])).toEqual(['P7', 'P6', 'P8']);
  });

  it('more members first, more deprivations first', () => {
    const small = assessed(
      poor({ id: 'S', income: { annualTotal: 36_000_000 }, members: members({}, 2) }),
    );
    const large = assessed(
      poor({ id: 'L', income: { annualTotal: 108_000_000 }, members: members({}, 6) }),
    );
    expect(ids(rankForHousingSupport([small, large], { tieBreak: ['more-members'] }))).toEqual([
      'L',
      'S',
    ]);
    const four = assessed(
      poor({
        id: 'D4',
        devices: [],
        members: members({
          0: { usesInternet: false },
          1: { usesInternet: false },
          2: { usesInternet: false },
          3: { usesInternet: false },
        }),
      }),
    );
    const three = assessed(poor({ id: 'D3' }));
    // The 3 of every poor test household, plus telecom and information devices.
    expect(four.assessment.deprivedCount).toBe(5);
    expect(ids(rankForHousingSupport([three, four], { tieBreak: ['more-deprivations'] }))).toEqual([
      'D4',
      'D3',
    ]);
  });

  it('households known by a proxy score come after those with an income, lower score first', () => {
    const scored = (id: string, proxyScore: number) =>
      assessed(poor({ id, income: { proxyScore } }));
    const ranking = rankForHousingSupport(
      [scored('S2', 90), assessed(poor({ id: 'I1' })), scored('S1', 80)],
      { tieBreak: ['lower-income-per-capita'] },
    );
    expect(ids(ranking)).toEqual(['I1', 'S1', 'S2']);
  });
});

describe('candidates not ranked', () => {
  it('the ineligible with their failed conditions; the undetermined with the levels they would have', () => {
    const ranking = rankForHousingSupport([
      ...worked.slice(0, 2),
      assessed({
        ...candidate('X', 6),
        location: { poorDistrict: false, oftenHitByDisasters: false },
      }),
      assessed({ ...candidate('U', 1), formedOn: undefined }),
    ]);
    expect(ids(ranking)).toEqual(['P5', 'P7']);
    expect(ranking.ineligible.map((u) => [u.householdId, u.eligibility.failed])).toEqual([
      ['X', ['in-poor-district']],
    ]);
    expect(
      ranking.undetermined.map((u) => [u.householdId, u.possibleLevels, u.eligibility.missing]),
    ).toEqual([['U', [1], ['formedOn']]]);
  });

  it('a level that missing facts could raise: ranked at the level the facts establish', () => {
    const q = meritUnknown('Q');
    const entry = rankForHousingSupport([q]).ranked[0];
    expect([entry?.level, entry?.possibleLevels, entry?.missing]).toEqual([
      6,
      [2, 6],
      ['members[1].meritorious'],
    ]);
  });
});

describe('a what-if: support for a number of houses', () => {
  const ranking = rankForHousingSupport(worked);

  it('the first N supported, and the first left out', () => {
    const three = selectForSupport(ranking, { houses: 3 });
    expect(three.supported.map((s) => s.householdId)).toEqual(['P1', 'P2', 'P3']);
    expect(three.firstLeftOut).toEqual({ householdId: 'P4', rank: 4, level: 4 });
    expect(three.housesLeft).toBe(0);
    expect(three.undecided).toEqual([]);
  });

  it('no houses; more houses than candidates', () => {
    expect(selectForSupport(ranking, { houses: 0 }).supported).toEqual([]);
    expect(selectForSupport(ranking, { houses: 0 }).firstLeftOut?.householdId).toBe('P1');
    const ten = selectForSupport(ranking, { houses: 10 });
    expect(ten.supported).toHaveLength(8);
    expect(ten.firstLeftOut).toBeUndefined();
    expect(ten.housesLeft).toBe(2);
  });

  it('households that missing facts could bring in are named, with those facts', () => {
    const q = meritUnknown('Q');
    const u = assessed({ ...candidate('U', 6), formedOn: undefined });
    const withOpen = rankForHousingSupport([...worked, q, u]);
    // Five houses: P1–P5; Q could be level 2, above P5's 5.
    const five = selectForSupport(withOpen, { houses: 5 });
    expect(five.undecided).toEqual([
      { householdId: 'Q', rank: expect.any(Number), level: 2, missing: ['members[1].meritorious'] },
    ]);
    // Seven houses: the last supported is P8 at level 6; U, at level 6, comes before it in the
    // tie-break order only if its housing or income were worse: it is not (40 m², 72,000,000).
    expect(selectForSupport(withOpen, { houses: 7 }).undecided.map((d) => d.householdId)).toEqual([
      'Q',
    ]);
    // Twelve houses: two are left over, and U could take one if eligible.
    const twelve = selectForSupport(withOpen, { houses: 12 });
    expect(twelve.undecided.map((d) => d.householdId)).toEqual(['U']);
    expect(twelve.undecided[0]?.missing).toEqual(['formedOn']);
  });

  it('the ranking must be one, and options may be left out or null', () => {
    expect(errorCode(() => selectForSupport(null as never, { houses: 1 }))).toBe('invalid-options');
    expect(errorCode(() => selectForSupport(ranking, null as never))).toBe('invalid-options');
    expect(rankForHousingSupport(worked, null as never).ranked).toHaveLength(8);
  });

  it('the number of houses must be a whole number, at least 0', () => {
    for (const houses of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '2']) {
      expect(errorCode(() => selectForSupport(ranking, { houses: houses as number }))).toBe(
        'invalid-options',
      );
    }
  });
});

describe('bad input is a typed error', () => {
  it('empty, repeated or missing ids; an unknown tie-break', () => {
    expect(errorCode(() => rankForHousingSupport([]))).toBe('invalid-targeting-input');
    const [first] = worked as [AssessedHousehold];
    expect(errorCode(() => rankForHousingSupport([first, first]))).toBe('invalid-targeting-input');
    expect(errorCode(() => rankForHousingSupport([assessed(poor({ id: undefined }))]))).toBe(
      'invalid-targeting-input',
    );
    try {
      rankForHousingSupport(worked, {
        tieBreak: ['random', { by: 'listed-order', ids: [1] }] as never,
      });
      expect.unreachable();
    } catch (error) {
      expect((error as VnPovertyError).code).toBe('invalid-options');
      expect((error as VnPovertyError).issues.map((i) => i.path)).toEqual([
        'tieBreak[0]',
        'tieBreak[1]',
      ]);
    }
  });

  it('an assessment that is not its household’s', () => {
    const [a, b] = worked as [AssessedHousehold, AssessedHousehold];
    expect(
      errorCode(() =>
        rankForHousingSupport([{ household: a.household, assessment: b.assessment }]),
      ),
    ).toBe('assessment-mismatch');
  });

  it('prototype-named ids rank like any other', () => {
    const named = ['__proto__', 'constructor', 'toString'].map((id) => assessed(candidate(id, 6)));
    const ranking = rankForHousingSupport(named, {
      tieBreak: [{ by: 'listed-order', ids: ['toString', '__proto__'] }],
    });
    expect(ids(ranking)).toEqual(['toString', '__proto__', 'constructor']);
  });
});

describe('properties', () => {
  const pool: AssessedHousehold[] = Array.from({ length: 14 }, (_, i) =>
    assessed(
      candidate(`C${String(i).padStart(2, '0')}`, ((i % 6) + 1) as Feature, {
        floorAreaM2: 20 + ((i * 7) % 3) * 5,
        annualTotal: 60_000_000 + ((i * 5) % 3) * 6_000_000,
      }),
    ),
  );
  const subsets = fc.shuffledSubarray(pool, { minLength: 1 });

  it('the same input always gives the same order (stable)', () => {
    fc.assert(
      fc.property(subsets, (subset) => {
        expect(ids(rankForHousingSupport(subset))).toEqual(ids(rankForHousingSupport(subset)));
      }),
      { numRuns: 30 },
    );
  });

  it('the order does not depend on the order of the input', () => {
    fc.assert(
      fc.property(subsets, fc.infiniteStream(fc.nat()), (subset, seeds) => {
        const shuffled = [...subset];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = (seeds.next().value as number) % (i + 1);
          [shuffled[i], shuffled[j]] = [
            shuffled[j] as AssessedHousehold,
            shuffled[i] as AssessedHousehold,
          ];
        }
        expect(ids(rankForHousingSupport(shuffled))).toEqual(ids(rankForHousingSupport(subset)));
      }),
      { numRuns: 30 },
    );
  });

  it('a household never ranks lower when it gains a higher priority level', () => {
    fc.assert(
      fc.property(subsets, fc.nat(), fc.integer({ min: 1, max: 5 }), (subset, pick, higher) => {
        const index = pick % subset.length;
        const chosen = subset[index] as AssessedHousehold;
        const before = rankForHousingSupport(subset).ranked.find(
          (r) => r.householdId === chosen.household.id,
        );
        if (before === undefined || higher >= before.level) return;
        const raised = assessed(
          candidate(chosen.household.id as string, higher as Feature, {
            floorAreaM2: (chosen.household.dwelling as { floorAreaM2: number }).floorAreaM2,
            annualTotal: chosen.assessment.income.annualTotal as number,
          }),
        );
        const after = rankForHousingSupport(
          subset.map((c, i) => (i === index ? raised : c)),
        ).ranked.find((r) => r.householdId === chosen.household.id);
        expect(after?.level).toBe(higher);
        expect(after?.rank).toBeLessThanOrEqual(before.rank);
      }),
      { numRuns: 30 },
    );
  });
});
