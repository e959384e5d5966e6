import * as z from 'zod/mini';
import type { LegalCitation } from '../law/citation';
import { LIBRARY_VERSION } from '../version';
import {
  addZodIssues,
  checkVnd,
  describe,
  IssueList,
  MAX_ISSUES,
  throwIfIssues,
} from './budget-issues';
import { citationSchema, MAX_TEXT } from './budget-schemas';
import { HOUSING_SUPPORT_CAPS, type HousingSupportLevels } from './national-rules';

/** The kind of housing work a household is supported for. */
export type HousingWork = 'new-house' | 'repair';

/** One eligible household and the work it is supported for. */
export interface HousingCandidate {
  /** The household's id, unique in the list. */
  readonly id: string;
  /** A new house or a repair. */
  readonly work: HousingWork;
}

/** A province's own levels (within the central caps), with where they are set. */
export interface HousingLevelsInput {
  /** Per household building a new house, in đồng, at most the central cap. */
  readonly newHouse: number;
  /** Per household repairing, in đồng, at most the central cap. */
  readonly repair: number;
  /** The People's Council resolution that sets them. */
  readonly basis?: LegalCitation;
}

/** One household's part. */
export interface HousingSupportPart {
  /** The household. */
  readonly id: string;
  /** Its work. */
  readonly work: HousingWork;
  /** Its support from the central budget, in đồng. */
  readonly amount: number;
}

/** The cost of housing support for a list of households. */
export interface HousingSupportCost {
  /** The levels used, with their basis. */
  readonly levels: HousingSupportLevels;
  /** Whether the levels are the central caps or the province's own. */
  readonly levelsSource: 'central-caps' | 'provincial';
  /** Each household's part, in the order given. */
  readonly households: readonly HousingSupportPart[];
  /** How many households build and repair. */
  readonly counts: {
    /** Households building a new house. */
    readonly newHouse: number;
    /** Households repairing. */
    readonly repair: number;
  };
  /** Totals by work and overall, in đồng. */
  readonly totals: {
    /** For new houses. */
    readonly newHouse: number;
    /** For repairs. */
    readonly repair: number;
    /** Both. */
    readonly all: number;
  };
  /** The version of vn-poverty that made it. */
  readonly libraryVersion: string;
}

/** Most households in one list. */
const MAX_HOUSEHOLDS = 1_000_000;

const levelsSchema = z.strictObject({
  newHouse: z.number(),
  repair: z.number(),
  basis: z.optional(citationSchema),
});

const WHAT = { vi: 'Danh sách hỗ trợ nhà ở', en: 'The housing support list' } as const;

/**
 * The central budget's cost of housing support (hỗ trợ nhà ở, Project 5) for a list of eligible
 * households: each household's part by its work (a new house or a repair), the counts and the
 * totals.
 *
 * @remarks Legal basis: Decision 02/2022/QĐ-TTg Art. 9.1 (grade S): up to 40,000,000 đồng for a
 * new house and 20,000,000 đồng for a repair per household, the actual levels set by the
 * provincial People's Council within those caps. Eligibility is decided before (the targeting
 * functions); this function prices the list. Levels above the central caps are refused: a local
 * top-up is the province's own money, to be added separately.
 *
 * @param households - the eligible households, ids unique; may be empty
 * @param levels - the province's levels; the central caps by default
 * @returns each household's part, the counts and the totals, exact in đồng
 * @throws {@link VnPovertyError} `invalid-housing-support` with every problem in `issues`
 *
 * @example
 * ```ts
 * import { housingSupportCost } from 'vn-poverty';
 * const cost = housingSupportCost([
 *   { id: 'HH-1', work: 'new-house' },
 *   { id: 'HH-2', work: 'repair' },
 *   { id: 'HH-3', work: 'new-house' },
 * ]);
 * cost.totals; //=> { newHouse: 80000000, repair: 20000000, all: 100000000 }
 * housingSupportCost([{ id: 'HH-1', work: 'repair' }], { newHouse: 36000000, repair: 18000000 }).totals.all; //=> 18000000
 * ```
 */
export function housingSupportCost(
  households: readonly HousingCandidate[],
  levels?: HousingLevelsInput,
): HousingSupportCost {
  const list = new IssueList();
  const used = readLevels(list, levels);
  const parts = readHouseholds(list, households, used);
  throwIfIssues('invalid-housing-support', WHAT, list);
  let newHouse = 0;
  let repair = 0;
  for (const part of parts) {
    if (part.work === 'new-house') newHouse++;
    else repair++;
  }
  // Each total is at most 1,000,000 households × 40,000,000 đồng: a safe integer.
  const newHouseTotal = newHouse * used.newHouse;
  const repairTotal = repair * used.repair;
  return {
    levels: { newHouse: used.newHouse, repair: used.repair, basis: { ...used.basis } },
    levelsSource: levels === undefined ? 'central-caps' : 'provincial',
    households: parts,
    counts: { newHouse, repair },
    totals: { newHouse: newHouseTotal, repair: repairTotal, all: newHouseTotal + repairTotal },
    libraryVersion: LIBRARY_VERSION,
  };
}

function readLevels(list: IssueList, levels: HousingLevelsInput | undefined): HousingSupportLevels {
  if (levels === undefined) return HOUSING_SUPPORT_CAPS;
  const checked = levelsSchema.safeParse(levels);
  if (!checked.success) {
    addZodIssues(list, checked.error.issues, 'levels', levels);
    return HOUSING_SUPPORT_CAPS;
  }
  for (const work of ['newHouse', 'repair'] as const) {
    const cap = HOUSING_SUPPORT_CAPS[work];
    if (checkVnd(list, `levels.${work}`, levels[work]) && levels[work] > cap)
      list.add(
        `levels.${work}`,
        'level-above-central-cap',
        `Mức ${levels[work]} đồng vượt mức trần từ ngân sách trung ương ${cap} đồng (Quyết định 02/2022/QĐ-TTg Điều 9.1).`,
        `${levels[work]} đồng is above the central cap of ${cap} đồng (Decision 02/2022/QĐ-TTg Art. 9.1).`,
      );
  }
  return {
    newHouse: levels.newHouse,
    repair: levels.repair,
    basis: levels.basis ?? {
      kind: 'resolution',
      number: 'provincial People’s Council',
      grade: 'U',
      note: 'provincial levels given without a citation',
    },
  };
}

function readHouseholds(
  list: IssueList,
  households: unknown,
  levels: HousingSupportLevels,
): HousingSupportPart[] {
  if (!Array.isArray(households)) {
    list.add(
      'households',
      'invalid-type',
      'Danh sách hộ phải là một mảng.',
      'The households must be a list.',
    );
    return [];
  }
  if (households.length > MAX_HOUSEHOLDS) {
    list.add(
      'households',
      'too-large',
      `Nhiều nhất ${MAX_HOUSEHOLDS} hộ.`,
      `At most ${MAX_HOUSEHOLDS} households are allowed.`,
    );
    return [];
  }
  const seen = new Map<string, number>();
  const parts: HousingSupportPart[] = [];
  for (let i = 0; i < households.length && list.size <= MAX_ISSUES; i++) {
    const household: unknown = households[i];
    const path = `households[${i}]`;
    if (typeof household !== 'object' || household === null || Array.isArray(household)) {
      list.add(
        path,
        'invalid-type',
        'Mỗi hộ phải là một đối tượng { id, work }.',
        'Each household must be an object { id, work }.',
      );
      continue;
    }
    const { id, work } = household as Record<string, unknown>;
    const extra = Object.keys(household).filter((key) => key !== 'id' && key !== 'work');
    for (const key of extra.slice(0, 5))
      list.add(
        `${path}.${key.slice(0, MAX_TEXT)}`,
        'unknown-key',
        `Trường "${key.slice(0, MAX_TEXT)}" không có trong mẫu.`,
        `"${key.slice(0, MAX_TEXT)}" is not a field of a household here.`,
      );
    if (typeof id !== 'string' || id.length === 0 || id.length > MAX_TEXT) {
      list.add(
        `${path}.id`,
        id === undefined ? 'required' : 'invalid-type',
        `Mã hộ phải là chuỗi từ 1 đến ${MAX_TEXT} ký tự.`,
        `A household id must be a string of 1 to ${MAX_TEXT} characters.`,
      );
      continue;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      list.add(
        `${path}.id`,
        'duplicate-id',
        `Hộ "${id}" đã có ở households[${first}]: mỗi hộ chỉ được hỗ trợ một lần.`,
        `The household "${id}" is already at households[${first}]: a household is supported once.`,
      );
      continue;
    }
    seen.set(id, i);
    if (work !== 'new-house' && work !== 'repair') {
      list.add(
        `${path}.work`,
        work === undefined ? 'required' : 'invalid-value',
        `Loại hỗ trợ phải là "new-house" (xây mới) hoặc "repair" (sửa chữa); đã nhận ${describe(work)}.`,
        `The work must be "new-house" or "repair"; got ${describe(work)}.`,
      );
      continue;
    }
    parts.push({ id, work, amount: work === 'new-house' ? levels.newHouse : levels.repair });
  }
  return parts;
}
