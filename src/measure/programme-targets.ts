import type { Message } from '../i18n/message';
import type { LegalCitation } from '../law/citation';
import { cite } from '../law/cite';
import type { YearRange } from '../standards/types';
import { deepFreeze } from '../util/deep-freeze';

/** The unit of a target's measure: a rate in percent (its changes are in points), households, or a multiple. */
export type TargetUnit = 'percent' | 'households' | 'times';

/**
 * What a target bounds:
 *
 * - `yearly-fall`: the fall of the measure each year of the period (in points for a rate);
 * - `period-relative-fall`: the fall from the year before the period to its last year, in percent
 *   of the starting value ("halved" is a fall of at least 50%);
 * - `level`: the value of the measure in the period's last year.
 */
export type TargetKind = 'yearly-fall' | 'period-relative-fall' | 'level';

/** A band of values; each end may be open (`null`), and is included unless said otherwise. */
export interface TargetBand {
  /** The lowest value in the band, or `null`. */
  readonly min: number | null;
  /** The highest value in the band, or `null`. */
  readonly max: number | null;
  /** Whether `min` itself is outside the band ("more than 3 points"). */
  readonly minExclusive?: boolean;
  /** Whether `max` itself is outside the band ("below 10%"). */
  readonly maxExclusive?: boolean;
}

/**
 * A programme target (mục tiêu) as dated data: which measure, over which years, within which
 * band, with its legal basis and evidence grade. A province's own targets are the same kind of
 * data.
 *
 * @remarks Years are those of the figures: the figure for year Y is the result of the review held
 * in year Y. The measure is an id that the yearly figures given to `targetProgress` use as a key;
 * the national ones are `poverty-rate` (share of poor households, %), `ethnic-minority-poverty-rate`,
 * `poor-district-poverty-rate`, `poor-or-near-poor-households` (a count), and those of the other
 * targets of {@link DECISION_90_TARGETS} and {@link RESOLUTION_257_TARGETS}.
 *
 * @example
 * ```ts
 * import type { ProgrammeTarget } from 'vn-poverty';
 * const communeTarget: ProgrammeTarget = {
 *   id: 'commune-x-2025', title: { vi: 'Giảm 2 điểm %', en: 'Fall by 2 points' },
 *   measure: 'poverty-rate', unit: 'percent', kind: 'yearly-fall', period: { from: 2025, to: 2025 },
 *   band: { min: 2, max: null }, basis: { kind: 'plan', number: '12/KH-UBND', grade: 'N' },
 * };
 * communeTarget.band.min; //=> 2
 * ```
 */
export interface ProgrammeTarget {
  /** A stable id, kebab-case. */
  readonly id: string;
  /** What it says, in Vietnamese and English. */
  readonly title: Message;
  /** The measure it bounds, the key of the yearly figures. */
  readonly measure: string;
  /** The measure's unit. */
  readonly unit: TargetUnit;
  /** What it bounds. */
  readonly kind: TargetKind;
  /** The years it covers, inclusive; the year before `from` is the baseline. */
  readonly period: YearRange;
  /** The band: of the yearly fall, the relative fall in percent, or the level. */
  readonly band: TargetBand;
  /** Where it is set, with the evidence grade. */
  readonly basis: LegalCitation;
}

const DECISION_90 = '90/QĐ-TTg';
const RESOLUTION_257 = '257/2025/QH15';
const PERIOD_2021_2025 = { from: 2021, to: 2025 } as const;
const PERIOD_2026_2030 = { from: 2026, to: 2030 } as const;

const d90 = (note?: string) => cite('decision', DECISION_90, undefined, 'N', note);
const r257 = (note?: string) => cite('resolution', RESOLUTION_257, undefined, 'N', note);

/**
 * The targets of the National Target Programme for Sustainable Poverty Reduction 2021–2025
 * (Decision 90/QĐ-TTg of 18 January 2022), as data.
 *
 * @remarks Legal basis: Decision 90/QĐ-TTg, under National Assembly Resolution 24/2021/QH15;
 * grade N (spec/programme.md §1.1). The fall in poor districts is 4–5 points a year in one source
 * and 4–4.5 in another: the band is data, graded U, so that a correction or another reading is a
 * change of data, not of code (replace the target's `band`). "The multidimensional poverty rate"
 * is read, as the spec's table says, as the share of poor households.
 *
 * @example
 * ```ts
 * import { DECISION_90_TARGETS } from 'vn-poverty';
 * const fall = DECISION_90_TARGETS.find((target) => target.id === 'qd90-poverty-rate-fall');
 * fall?.band; //=> { min: 1, max: 1.5 }
 * DECISION_90_TARGETS.find((target) => target.id === 'qd90-poor-district-poverty-rate-fall')?.basis.grade; //=> 'U'
 * ```
 */
export const DECISION_90_TARGETS: readonly ProgrammeTarget[] = deepFreeze([
  {
    id: 'qd90-poverty-rate-fall',
    title: {
      vi: 'Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm 1–1,5%/năm',
      en: 'The multidimensional poverty rate falls 1–1.5 points a year',
    },
    measure: 'poverty-rate',
    unit: 'percent',
    kind: 'yearly-fall',
    period: PERIOD_2021_2025,
    band: { min: 1, max: 1.5 },
    basis: d90('read as the share of poor households'),
  },
  {
    id: 'qd90-ethnic-minority-poverty-rate-fall',
    title: {
      vi: 'Tỷ lệ hộ nghèo dân tộc thiểu số giảm trên 3%/năm',
      en: 'The poverty rate of ethnic-minority households falls more than 3 points a year',
    },
    measure: 'ethnic-minority-poverty-rate',
    unit: 'percent',
    kind: 'yearly-fall',
    period: PERIOD_2021_2025,
    band: { min: 3, max: null, minExclusive: true },
    basis: d90(),
  },
  {
    id: 'qd90-poor-district-poverty-rate-fall',
    title: {
      vi: 'Tỷ lệ hộ nghèo ở các huyện nghèo giảm 4–5%/năm',
      en: 'The poverty rate in poor districts falls 4–5 points a year',
    },
    measure: 'poor-district-poverty-rate',
    unit: 'percent',
    kind: 'yearly-fall',
    period: PERIOD_2021_2025,
    band: { min: 4, max: 5 },
    basis: cite(
      'decision',
      DECISION_90,
      undefined,
      'U',
      'sources conflict: 4–5 points a year, or 4–4.5 in one English source; the band is a parameter',
    ),
  },
  {
    id: 'qd90-poor-districts-exit',
    title: {
      vi: '30% số huyện nghèo thoát khỏi tình trạng nghèo đến năm 2025',
      en: '30% of poor districts exit poverty by 2025',
    },
    measure: 'poor-districts-exited-share',
    unit: 'percent',
    kind: 'level',
    period: PERIOD_2021_2025,
    band: { min: 30, max: null },
    basis: d90(),
  },
  {
    id: 'qd90-difficult-communes-exit',
    title: {
      vi: '30% số xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo thoát khỏi tình trạng đặc biệt khó khăn',
      en: '30% of extremely difficult coastal and island communes exit that status by 2025',
    },
    measure: 'difficult-coastal-communes-exited-share',
    unit: 'percent',
    kind: 'level',
    period: PERIOD_2021_2025,
    band: { min: 30, max: null },
    basis: d90(),
  },
  {
    id: 'qd90-poor-near-poor-halved',
    title: {
      vi: 'Giảm một nửa số hộ nghèo, hộ cận nghèo trong giai đoạn',
      en: 'Poor plus near-poor households halved over the period',
    },
    measure: 'poor-or-near-poor-households',
    unit: 'households',
    kind: 'period-relative-fall',
    period: PERIOD_2021_2025,
    band: { min: 50, max: null },
    basis: d90(),
  },
  {
    id: 'qd90-right-age-schooling',
    title: {
      vi: '90% trẻ em hộ nghèo, hộ cận nghèo đi học đúng độ tuổi',
      en: '90% of children of poor and near-poor households in school at the right age',
    },
    measure: 'poor-near-poor-children-right-age-schooling-share',
    unit: 'percent',
    kind: 'level',
    period: PERIOD_2021_2025,
    band: { min: 90, max: null },
    basis: d90(),
  },
  {
    id: 'qd90-sustainable-work',
    title: {
      vi: 'Mỗi hộ nghèo, hộ cận nghèo có ít nhất một người trong độ tuổi lao động có việc làm bền vững',
      en: 'Every poor or near-poor household has a working-age member with sustainable work',
    },
    measure: 'poor-near-poor-households-with-sustainable-work-share',
    unit: 'percent',
    kind: 'level',
    period: PERIOD_2021_2025,
    band: { min: 100, max: null },
    basis: d90(),
  },
  {
    id: 'qd90-housing-support',
    title: {
      vi: 'Hỗ trợ nhà ở cho khoảng 100.000 hộ nghèo, hộ cận nghèo tại các huyện nghèo',
      en: 'Housing support for about 100,000 poor or near-poor households in poor districts',
    },
    measure: 'poor-district-households-housing-supported',
    unit: 'households',
    kind: 'level',
    period: PERIOD_2021_2025,
    band: { min: 100_000, max: null },
    basis: d90('"about" 100,000: read as at least 100,000, cumulative over the period'),
  },
]);

/**
 * The 2030 targets of the merged national target programme 2026–2035, phase I (Resolution
 * 257/2025/QH15 of 11 December 2025), as data.
 *
 * @remarks Legal basis: Resolution 257/2025/QH15; grade N (spec/programme.md §3). Targets
 * written "about" (65% of communes) are read as "at least".
 *
 * @example
 * ```ts
 * import { RESOLUTION_257_TARGETS } from 'vn-poverty';
 * RESOLUTION_257_TARGETS.map((target) => target.measure).includes('poverty-rate'); //=> true
 * RESOLUTION_257_TARGETS[0]?.period; //=> { from: 2026, to: 2030 }
 * ```
 */
export const RESOLUTION_257_TARGETS: readonly ProgrammeTarget[] = deepFreeze([
  {
    id: 'nq257-poverty-rate-fall',
    title: {
      vi: 'Tỷ lệ nghèo đa chiều tiếp tục giảm 1–1,5%/năm',
      en: 'The multidimensional poverty rate keeps falling 1–1.5 points a year',
    },
    measure: 'poverty-rate',
    unit: 'percent',
    kind: 'yearly-fall',
    period: PERIOD_2026_2030,
    band: { min: 1, max: 1.5 },
    basis: r257('read as the share of poor households, as for 2021–2025'),
  },
  {
    id: 'nq257-ethnic-minority-areas-below-10',
    title: {
      vi: 'Tỷ lệ nghèo đa chiều vùng đồng bào dân tộc thiểu số và miền núi dưới 10%',
      en: 'Multidimensional poverty in ethnic-minority and mountainous areas below 10%',
    },
    measure: 'ethnic-minority-mountain-area-poverty-rate',
    unit: 'percent',
    kind: 'level',
    period: PERIOD_2026_2030,
    band: { min: null, max: 10, maxExclusive: true },
    basis: r257(),
  },
  {
    id: 'nq257-rural-income',
    title: {
      vi: 'Thu nhập của người dân nông thôn tăng 2,5–3 lần so với năm 2020',
      en: 'Rural income 2.5–3 times that of 2020',
    },
    measure: 'rural-income-multiple-of-2020',
    unit: 'times',
    kind: 'level',
    period: PERIOD_2026_2030,
    band: { min: 2.5, max: 3 },
    basis: r257(),
  },
  {
    id: 'nq257-ethnic-minority-income',
    title: {
      vi: 'Thu nhập bình quân của người dân tộc thiểu số bằng 1/2 bình quân chung cả nước',
      en: 'Ethnic-minority income half the national average',
    },
    measure: 'ethnic-minority-income-share-of-national',
    unit: 'percent',
    kind: 'level',
    period: PERIOD_2026_2030,
    band: { min: 50, max: null },
    basis: r257(),
  },
  {
    id: 'nq257-new-rural-communes',
    title: {
      vi: 'Khoảng 65% số xã đạt chuẩn nông thôn mới',
      en: 'About 65% of communes meet the new-rural standard',
    },
    measure: 'new-rural-standard-communes-share',
    unit: 'percent',
    kind: 'level',
    period: PERIOD_2026_2030,
    band: { min: 65, max: null },
    basis: r257('"about" 65%: read as at least 65%'),
  },
]);

/**
 * Thái Nguyên's own target for 2024 (Plan 85/KH-UBND of 8 May 2024): 3,486 fewer poor and
 * near-poor households in the year. An example of a province's targets as data.
 *
 * @remarks Legal basis: Plan 85/KH-UBND of the Thái Nguyên People's Committee, grade N
 * (spec/thai-nguyen.md). For the province before its merger with Bắc Kạn (1 July 2025).
 *
 * @example
 * ```ts
 * import { THAI_NGUYEN_TARGETS } from 'vn-poverty';
 * THAI_NGUYEN_TARGETS[0]?.band.min; //=> 3486
 * THAI_NGUYEN_TARGETS[0]?.unit; //=> 'households'
 * ```
 */
export const THAI_NGUYEN_TARGETS: readonly ProgrammeTarget[] = deepFreeze([
  {
    id: 'thai-nguyen-2024-poor-near-poor-fall',
    title: {
      vi: 'Giảm 3.486 hộ nghèo và hộ cận nghèo trong năm 2024',
      en: '3,486 fewer poor and near-poor households in 2024',
    },
    measure: 'poor-or-near-poor-households',
    unit: 'households',
    kind: 'yearly-fall',
    period: { from: 2024, to: 2024 },
    band: { min: 3486, max: null },
    basis: cite('plan', '85/KH-UBND', undefined, 'N', 'Thái Nguyên People’s Committee, 8 May 2024'),
  },
]);
