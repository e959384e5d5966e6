import type { Message } from '../i18n/message';
import type { LegalCitation } from '../law/citation';
import { cite } from '../law/cite';
import { deepFreeze } from '../util/deep-freeze';

/** One band of dependence on the central budget's balancing transfers, and its minimum counterpart. */
export interface CounterpartBand {
  /** A stable id of the band. */
  readonly id: string;
  /** Its name. */
  readonly label: Message;
  /** The band's lower edge: the province's dependence share, in percent. */
  readonly fromPercent: number;
  /** The least counterpart funds, in percent of the central support. */
  readonly minimumPercent: number;
}

/** A province that the rule names, with the dates its name and code meant that province. */
export interface NamedProvince {
  /** The province's code (mã tỉnh, two digits) in the list in force while it existed. */
  readonly code: string;
  /** Its name. */
  readonly name: string;
  /** The last day the province existed as named, if it ended (`YYYY-MM-DD`). */
  readonly until?: string;
  /** Its least counterpart funds, in percent, whatever its dependence. */
  readonly minimumPercent: number;
}

/** A province formed by a merger, and the provinces it took in. */
export interface ProvinceSuccessor {
  /** Its code after the merger. */
  readonly code: string;
  /** Its name after the merger. */
  readonly name: string;
  /** The first day of the merged province (`YYYY-MM-DD`). */
  readonly from: string;
  /** The codes of the provinces merged into it, the named ones among them. */
  readonly absorbed: readonly string[];
}

/** The counterpart funds rule (vốn đối ứng) as data: bands, named provinces, their successors. */
export interface CounterpartFundsRule {
  /** A stable id. */
  readonly id: string;
  /** The first day the rule applies (`YYYY-MM-DD`). */
  readonly validFrom: string;
  /** The last day of the programme it was made for: later dates are applied by inference, and say so. */
  readonly programmeEnds: string;
  /** The bands, from the highest lower edge to 0. */
  readonly bands: readonly CounterpartBand[];
  /**
   * Where a dependence exactly on a band's edge belongs: to the band that starts there
   * (`higher-dependence-band`: exactly 70% is the 3% band) or to the band below.
   */
  readonly atEdge: 'higher-dependence-band' | 'lower-dependence-band';
  /** Provinces with their own minimum whatever their dependence. */
  readonly namedProvinces: readonly NamedProvince[];
  /** Provinces formed by mergers that took in a named province. */
  readonly successors: readonly ProvinceSuccessor[];
  /** Where the rule is set. */
  readonly basis: readonly LegalCitation[];
}

const band = (id: string, vi: string, en: string, fromPercent: number, minimumPercent: number) => ({
  id,
  label: { vi, en },
  fromPercent,
  minimumPercent,
});

/**
 * The minimum counterpart funds of Decision 02/2022/QĐ-TTg: a province whose budget depends on
 * the central budget's balancing transfers for 70% or more adds at least 3% of the central
 * support it receives for the programme; from 50% to under 70%, 10%; under 50%, 15%; Quảng Ngãi
 * and Quảng Nam 15% whatever their share.
 *
 * @remarks Legal basis: Decision 02/2022/QĐ-TTg (grade N). The source also reads "from 50% to
 * 70%", so exactly 70% is ambiguous: it is taken as the 3% band (`atEdge`, grade U) and the edges
 * are data that a caller may change. Since 1 July 2025 Quảng Nam is part of Đà Nẵng (code 48) and
 * Kon Tum part of Quảng Ngãi (code 51) (Resolution 202/2025/QH15, grade U here): provinces are
 * identified by code and date, the named ones by their codes before the merger (49, 51) until 30
 * June 2025, and whether the 15% follows them into the merged provinces is not known (see
 * `counterpartFunds`).
 *
 * @example
 * ```ts
 * import { COUNTERPART_FUNDS_RULE } from 'vn-poverty';
 * COUNTERPART_FUNDS_RULE.bands.map((band) => [band.fromPercent, band.minimumPercent]); //=> [[70, 3], [50, 10], [0, 15]]
 * COUNTERPART_FUNDS_RULE.namedProvinces.map((province) => province.code); //=> ['51', '49']
 * ```
 */
export const COUNTERPART_FUNDS_RULE: CounterpartFundsRule = deepFreeze({
  id: 'qd02-2022-counterpart',
  validFrom: '2022-03-08',
  programmeEnds: '2025-12-31',
  bands: [
    band('high-dependence', 'Từ 70% trở lên', 'Dependence of 70% or more', 70, 3),
    band('middle-dependence', 'Từ 50% đến dưới 70%', 'From 50% to under 70%', 50, 10),
    band('low-dependence', 'Dưới 50%', 'Under 50%', 0, 15),
  ],
  atEdge: 'higher-dependence-band',
  namedProvinces: [
    { code: '51', name: 'Quảng Ngãi', until: '2025-06-30', minimumPercent: 15 },
    { code: '49', name: 'Quảng Nam', until: '2025-06-30', minimumPercent: 15 },
  ],
  successors: [
    { code: '48', name: 'Đà Nẵng', from: '2025-07-01', absorbed: ['48', '49'] },
    { code: '51', name: 'Quảng Ngãi', from: '2025-07-01', absorbed: ['51', '62'] },
  ],
  basis: [
    cite(
      'decision',
      '02/2022/QĐ-TTg',
      undefined,
      'N',
      'bands and named provinces from summaries; exactly 70% read as the 3% band (grade U)',
    ),
    cite(
      'resolution',
      '202/2025/QH15',
      undefined,
      'U',
      'provincial mergers from 1 July 2025; province codes to be confirmed against the official list',
    ),
  ],
});
