import type { Message } from '../i18n/message';
import type { LegalCitation } from '../law/citation';
import { cite } from '../law/cite';
import { deepFreeze } from '../util/deep-freeze';
import type { CarveOut } from './types';

/** One fixed split of a project's central funds: the carve-outs, and what is left for the units. */
export interface ProgrammeSplit {
  /** The project. */
  readonly project: string;
  /** Its name. */
  readonly label: Message;
  /** Shares set aside before the split by criteria (pass them as `carveOuts` to `allocate`). */
  readonly carveOuts: readonly CarveOut[];
  /** Who receives the rest by criteria, and the share the law gives them. */
  readonly remainder: {
    /** Who receives it. */
    readonly label: Message;
    /** Its share, in percent. */
    readonly percent: number;
    /** Whether the share is a minimum, a ceiling or exact. */
    readonly bound: 'at-most' | 'at-least' | 'exactly';
  };
  /** Where the split is set. */
  readonly basis: LegalCitation;
}

const DECISION_02 = '02/2022/QĐ-TTg';
const splitNote = 'restated by press and government-portal summaries; the article was not read';

/**
 * The fixed splits of Decision 02/2022/QĐ-TTg (Quyết định 02/2022/QĐ-TTg) for the 2021–2025
 * programme: Project 1, at least 85% to provinces and at most 15% to the poor-district exit scheme
 * (sub-project 1.2); Project 2, at most 15% to ministries and central agencies and at least 85%
 * to provinces.
 *
 * @remarks Legal basis: Decision 02/2022/QĐ-TTg, in force from 8 March 2022 (grade N: summaries
 * only). The shares are the legal limits; a year's actual carve-out may be smaller: pass your own
 * `carveOuts` with the same id and a smaller percent.
 *
 * @example
 * ```ts
 * import { DECISION_02_2022_SPLITS, allocate } from 'vn-poverty';
 * DECISION_02_2022_SPLITS.project1.carveOuts[0].percent; //=> 15
 * const table = {
 *   id: 'by-poor-households',
 *   title: { vi: 'Theo số hộ nghèo', en: 'By poor households' },
 *   criteria: [{ id: 'poor', label: { vi: 'Hộ nghèo', en: 'Poor households' }, kind: 'count', weight: 1 }],
 * } as const;
 * const provinces = [
 *   { id: '02', values: { poor: 30000 } },
 *   { id: '04', values: { poor: 10000 } },
 * ];
 * const split = allocate(1000000000000, provinces, table, {
 *   roundingUnit: 1000000,
 *   carveOuts: DECISION_02_2022_SPLITS.project1.carveOuts,
 * });
 * split.carveOuts[0].amount; //=> 150000000000
 * split.units.map((unit) => unit.amount); //=> [637500000000, 212500000000]
 * ```
 */
export const DECISION_02_2022_SPLITS: {
  /** Project 1: infrastructure; at most 15% to the exit scheme. */
  readonly project1: ProgrammeSplit;
  /** Project 2: livelihoods; at most 15% to ministries and central agencies. */
  readonly project2: ProgrammeSplit;
} = deepFreeze({
  project1: {
    project: '1',
    label: {
      vi: 'Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế – xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo',
      en: 'Project 1: infrastructure in poor districts and extremely difficult coastal and island communes',
    },
    carveOuts: [
      {
        id: 'poor-district-exit-scheme',
        label: {
          vi: 'Tiểu dự án 1.2: Đề án hỗ trợ một số huyện nghèo thoát khỏi tình trạng nghèo',
          en: 'Sub-project 1.2: scheme for some poor districts to exit poverty',
        },
        percent: 15,
        bound: 'at-most',
        basis: cite('decision', DECISION_02, undefined, 'N', splitNote),
      },
    ],
    remainder: {
      label: { vi: 'Các tỉnh', en: 'Provinces' },
      percent: 85,
      bound: 'at-least',
    },
    basis: cite('decision', DECISION_02, undefined, 'N', splitNote),
  },
  project2: {
    project: '2',
    label: {
      vi: 'Dự án 2: Đa dạng hoá sinh kế, phát triển mô hình giảm nghèo',
      en: 'Project 2: diversifying livelihoods, poverty-reduction models',
    },
    carveOuts: [
      {
        id: 'ministries-and-central-agencies',
        label: { vi: 'Các bộ, cơ quan trung ương', en: 'Ministries and central agencies' },
        percent: 15,
        bound: 'at-most',
        basis: cite('decision', DECISION_02, undefined, 'N', splitNote),
      },
    ],
    remainder: {
      label: { vi: 'Các tỉnh', en: 'Provinces' },
      percent: 85,
      bound: 'at-least',
    },
    basis: cite('decision', DECISION_02, undefined, 'N', splitNote),
  },
});

/** The central budget's housing support per household for Project 5, by kind of work. */
export interface HousingSupportLevels {
  /** Building a new house, in đồng per household. */
  readonly newHouse: number;
  /** Repairing a house, in đồng per household. */
  readonly repair: number;
  /** Where the levels are set. */
  readonly basis: LegalCitation;
}

/**
 * The central caps of housing support for poor and near-poor households in poor districts
 * (Project 5, hỗ trợ nhà ở): up to 40,000,000 đồng for a new house and 20,000,000 đồng for a
 * repair, per household.
 *
 * @remarks Legal basis: Decision 02/2022/QĐ-TTg Art. 9.1 (grade S). The provincial People's
 * Council sets the actual levels within these caps.
 *
 * @example
 * ```ts
 * import { HOUSING_SUPPORT_CAPS } from 'vn-poverty';
 * HOUSING_SUPPORT_CAPS.newHouse; //=> 40000000
 * HOUSING_SUPPORT_CAPS.repair; //=> 20000000
 * ```
 */
export const HOUSING_SUPPORT_CAPS: HousingSupportLevels = deepFreeze({
  newHouse: 40_000_000,
  repair: 20_000_000,
  basis: cite('decision', DECISION_02, '9.1', 'S'),
});
