import * as z from 'zod/mini';
import { isIsoDate } from '../dates/calendar';
import { VnPovertyError } from '../errors';
import type { Message } from '../i18n/message';
import type { LegalCitation } from '../law/citation';
import { LIBRARY_VERSION } from '../version';
import { addZodIssues, checkVnd, IssueList, throwIfIssues } from './budget-issues';
import {
  citationSchema,
  dateSchema,
  idSchema,
  messageSchema,
  roundingUnitSchema,
} from './budget-schemas';
import {
  COUNTERPART_FUNDS_RULE,
  type CounterpartBand,
  type CounterpartFundsRule,
} from './counterpart-rule';
import { atScale, mulDiv, toScaled } from './scaled';
import type { RoundingUnit } from './types';

/** What {@link counterpartFunds} needs to know about a province and a year's central support. */
export interface CounterpartFundsRequest {
  /** The central budget's support to the province for the programme, in đồng. */
  readonly centralSupport: number;
  /** The province's dependence on the central budget's balancing transfers, in percent (0–100). */
  readonly dependencePercent: number;
  /** The province's code (mã tỉnh, two digits) in the list in force on `on`. */
  readonly provinceCode: string;
  /** The day the funds are for (`YYYY-MM-DD`): which provinces existed then decides the named ones. */
  readonly on: string;
}

/** How a merged province that took in a named province is treated. */
export type MergedProvinceReading = 'undetermined' | 'named-rule-follows' | 'named-rule-ends';

/** Options of {@link counterpartFunds}. */
export interface CounterpartFundsOptions {
  /** The rule; {@link COUNTERPART_FUNDS_RULE} by default (change its band edges here). */
  readonly rule?: CounterpartFundsRule;
  /** The minimum is rounded up to a multiple of it; 1 đồng by default. */
  readonly roundingUnit?: RoundingUnit;
  /**
   * For a province formed on or after a merger that took in a named province: `undetermined` (by
   * default) answers with both readings unless they agree; `named-rule-follows` applies the named
   * province's minimum; `named-rule-ends` applies the bands.
   */
  readonly mergedProvince?: MergedProvinceReading;
}

/** The stable codes of the reasons and notes of a counterpart result. */
export type CounterpartReasonCode =
  | 'dependence-band'
  | 'named-province'
  | 'merged-province-unsettled'
  | 'merged-province-named-rule-follows'
  | 'merged-province-named-rule-ends'
  | 'beyond-programme-period';

/** A reason or note of a counterpart result. */
export interface CounterpartReason {
  /** The stable code. */
  readonly code: CounterpartReasonCode;
  /** The explanation, in Vietnamese and English. */
  readonly message: Message;
}

/** One reading's minimum. */
export interface CounterpartMinimum {
  /** Which reading: the band by dependence, or the named province's own minimum. */
  readonly source: 'dependence-band' | 'named-province';
  /** The band, when the minimum comes from one. */
  readonly band?: CounterpartBand;
  /** The least counterpart funds, in percent of the central support. */
  readonly minimumPercent: number;
  /** central support × percent ÷ 100, rounded up to the rounding unit, in đồng. */
  readonly minimumAmount: number;
}

/** What every counterpart result carries. */
export interface CounterpartCommon {
  /** The central support, in đồng, as given. */
  readonly centralSupport: number;
  /** The dependence share, in percent, as given. */
  readonly dependencePercent: number;
  /** The province code, as given. */
  readonly provinceCode: string;
  /** The date, as given. */
  readonly on: string;
  /** The rule used. */
  readonly ruleId: string;
  /** The rounding: up (a minimum is never rounded below itself), to this many đồng. */
  readonly rounding: {
    /** Always up. */
    readonly method: 'ceiling';
    /** To a multiple of this many đồng. */
    readonly unit: number;
  };
  /** Why, and what to watch. */
  readonly reasons: readonly CounterpartReason[];
  /** The rule's legal basis. */
  readonly basis: readonly LegalCitation[];
  /** The version of vn-poverty that made it. */
  readonly libraryVersion: string;
}

/** A decided minimum. */
export interface CounterpartFundsDecided extends CounterpartCommon, CounterpartMinimum {
  /** Decided. */
  readonly status: 'decided';
}

/** Two readings that differ, for a merged province: the caller decides with `mergedProvince`. */
export interface CounterpartFundsUndetermined extends CounterpartCommon {
  /** Undetermined. */
  readonly status: 'undetermined';
  /** The minimum under each reading. */
  readonly candidates: readonly CounterpartMinimum[];
}

/** The result of {@link counterpartFunds}. */
export type CounterpartFunds = CounterpartFundsDecided | CounterpartFundsUndetermined;

const WHAT = { vi: 'Yêu cầu tính vốn đối ứng', en: 'The counterpart funds request' } as const;

const requestSchema = z.strictObject({
  centralSupport: z.number(),
  dependencePercent: z.number().check(z.minimum(0), z.maximum(100)),
  provinceCode: z.string(),
  on: dateSchema,
});

const ruleSchema = z.strictObject({
  id: idSchema,
  validFrom: dateSchema,
  programmeEnds: dateSchema,
  bands: z
    .array(
      z.strictObject({
        id: idSchema,
        label: messageSchema,
        fromPercent: z.number().check(z.minimum(0), z.maximum(100)),
        minimumPercent: z.number().check(z.minimum(0), z.maximum(100)),
      }),
    )
    .check(z.minLength(1), z.maxLength(20)),
  atEdge: z.enum(['higher-dependence-band', 'lower-dependence-band']),
  namedProvinces: z
    .array(
      z.strictObject({
        code: z.string(),
        name: z.string().check(z.maxLength(200)),
        until: z.optional(dateSchema),
        minimumPercent: z.number().check(z.minimum(0), z.maximum(100)),
      }),
    )
    .check(z.maxLength(100)),
  successors: z
    .array(
      z.strictObject({
        code: z.string(),
        name: z.string().check(z.maxLength(200)),
        from: dateSchema,
        absorbed: z.array(z.string()).check(z.maxLength(100)),
      }),
    )
    .check(z.maxLength(100)),
  basis: z.array(citationSchema).check(z.maxLength(20)),
});

const optionsSchema = z.strictObject({
  rule: z.optional(z.unknown()),
  roundingUnit: z.optional(roundingUnitSchema),
  mergedProvince: z.optional(z.enum(['undetermined', 'named-rule-follows', 'named-rule-ends'])),
});

const PROVINCE_CODE = /^\d{2}$/;

const reason = (code: CounterpartReasonCode, vi: string, en: string): CounterpartReason => ({
  code,
  message: { vi, en },
});

/**
 * The least counterpart funds (vốn đối ứng) that a province's own budget must add to the central
 * support it receives for the programme, from its dependence on the central budget's balancing
 * transfers.
 *
 * @remarks Legal basis: Decision 02/2022/QĐ-TTg ({@link COUNTERPART_FUNDS_RULE}, grade N; the
 * reading at exactly 70% is grade U). Provinces are identified by code on the date of the funds:
 * Quảng Ngãi (51) and Quảng Nam (49) are named until 30 June 2025. From 1 July 2025, Đà Nẵng (48,
 * which took in Quảng Nam) and the new Quảng Ngãi (51, which took in Kon Tum) may or may not keep
 * the 15%: no text found says. Such a province is `undetermined` with both minimums, unless both
 * readings agree or `mergedProvince` picks one. Dates after the 2021–2025 programme carry a
 * `beyond-programme-period` note. The minimum is rounded up, never down.
 *
 * @param request - central support, dependence share, province code and date
 * @param options - another rule (other band edges), a rounding unit, the merged-province reading
 * @returns the minimum with its band and reasons, or both readings for a merged province
 * @throws {@link VnPovertyError} `invalid-counterpart-funds` for bad input (every problem in
 * `issues`); `date-out-of-range` for a date before the rule applies (8 March 2022)
 *
 * @example
 * ```ts
 * import { counterpartFunds } from 'vn-poverty';
 * const atEdge = counterpartFunds({ centralSupport: 100000000000, dependencePercent: 70, provinceCode: '19', on: '2024-06-01' });
 * atEdge.status === 'decided' && atEdge.minimumAmount; //=> 3000000000
 * const quangNam = counterpartFunds({ centralSupport: 100000000000, dependencePercent: 80, provinceCode: '49', on: '2024-06-01' });
 * quangNam.status === 'decided' && quangNam.minimumPercent; //=> 15
 * const merged = counterpartFunds({ centralSupport: 100000000000, dependencePercent: 80, provinceCode: '51', on: '2025-09-01' });
 * merged.status; //=> 'undetermined'
 * merged.status === 'undetermined' && merged.candidates.map((c) => c.minimumPercent); //=> [15, 3]
 * ```
 *
 * @see {@link !"Budget allocation" | Budget allocation}
 * @see {@link !"Readings" | Readings}
 */
export function counterpartFunds(
  request: CounterpartFundsRequest,
  options: CounterpartFundsOptions = {},
): CounterpartFunds {
  const list = new IssueList();
  const checkedRequest = requestSchema.safeParse(request);
  if (!checkedRequest.success) addZodIssues(list, checkedRequest.error.issues, '', request);
  const checkedOptions = optionsSchema.safeParse(options);
  if (!checkedOptions.success) addZodIssues(list, checkedOptions.error.issues, 'options', options);
  const rule = checkedOptions.success
    ? (options.rule ?? COUNTERPART_FUNDS_RULE)
    : COUNTERPART_FUNDS_RULE;
  const checkedRule = ruleSchema.safeParse(rule);
  if (!checkedRule.success) addZodIssues(list, checkedRule.error.issues, 'options.rule', rule);
  else checkRule(list, rule);
  if (checkedRequest.success) {
    checkVnd(list, 'centralSupport', request.centralSupport);
    if (!PROVINCE_CODE.test(request.provinceCode))
      list.add(
        'provinceCode',
        'invalid-province-code',
        'Mã tỉnh phải gồm hai chữ số (ví dụ "19").',
        'A province code is two digits (for example "19").',
      );
    if (!isIsoDate(request.on))
      list.add(
        'on',
        'invalid-date',
        'Ngày không hợp lệ (YYYY-MM-DD).',
        'The date is not a real YYYY-MM-DD date.',
      );
  }
  throwIfIssues('invalid-counterpart-funds', WHAT, list);
  if (request.on < rule.validFrom) {
    throw new VnPovertyError('date-out-of-range', {
      vi: `Quy định vốn đối ứng ${rule.id} áp dụng từ ${rule.validFrom}; ngày ${request.on} ở trước đó.`,
      en: `The counterpart funds rule ${rule.id} applies from ${rule.validFrom}; ${request.on} is before it.`,
    });
  }
  const roundingUnit = options.roundingUnit ?? 1;
  const minimum = (
    source: CounterpartMinimum['source'],
    percent: number,
    band?: CounterpartBand,
  ): CounterpartMinimum => ({
    source,
    ...(band === undefined ? {} : { band: { ...band, label: { ...band.label } } }),
    minimumPercent: percent,
    minimumAmount: ceilingShare(request.centralSupport, percent, roundingUnit),
  });
  const byBand = bandFor(rule, request.dependencePercent);
  const bandMinimum = minimum('dependence-band', byBand.minimumPercent, byBand);
  const common = {
    centralSupport: request.centralSupport,
    dependencePercent: request.dependencePercent,
    provinceCode: request.provinceCode,
    on: request.on,
    ruleId: rule.id,
    rounding: { method: 'ceiling', unit: roundingUnit },
    basis: rule.basis.map((citation) => ({ ...citation })),
    libraryVersion: LIBRARY_VERSION,
  } as const;
  const notes: CounterpartReason[] =
    request.on > rule.programmeEnds
      ? [
          reason(
            'beyond-programme-period',
            `Ngày ${request.on} sau khi chương trình ${rule.programmeEnds.slice(0, 4)} kết thúc: quy định được áp dụng theo suy luận, cần đối chiếu văn bản mới.`,
            `${request.on} is after the programme ended (${rule.programmeEnds}): the rule is applied by inference; check for a newer text.`,
          ),
        ]
      : [];
  const bandReason = reason(
    'dependence-band',
    `Tỷ lệ phụ thuộc ${request.dependencePercent}% thuộc nhóm "${byBand.label.vi}": đối ứng tối thiểu ${byBand.minimumPercent}%.`,
    `A dependence of ${request.dependencePercent}% is in the band "${byBand.label.en}": at least ${byBand.minimumPercent}%.`,
  );

  const named = rule.namedProvinces.find(
    (province) =>
      province.code === request.provinceCode &&
      (province.until === undefined || request.on <= province.until),
  );
  if (named !== undefined) {
    return {
      status: 'decided',
      ...common,
      ...minimum('named-province', named.minimumPercent),
      reasons: [
        reason(
          'named-province',
          `${named.name} được quy định riêng: đối ứng tối thiểu ${named.minimumPercent}% bất kể tỷ lệ phụ thuộc.`,
          `${named.name} is named by the rule: at least ${named.minimumPercent}% whatever its dependence.`,
        ),
        ...notes,
      ],
    };
  }
  const successor = rule.successors.find(
    (province) => province.code === request.provinceCode && request.on >= province.from,
  );
  const absorbedNamed =
    successor === undefined
      ? undefined
      : rule.namedProvinces.find((province) => successor.absorbed.includes(province.code));
  if (successor === undefined || absorbedNamed === undefined) {
    return { status: 'decided', ...common, ...bandMinimum, reasons: [bandReason, ...notes] };
  }
  const namedMinimum = minimum('named-province', absorbedNamed.minimumPercent);
  const reading = options.mergedProvince ?? 'undetermined';
  const mergedText = `${successor.name} (mã ${successor.code}) được hợp nhất từ ${successor.from}, gồm cả ${absorbedNamed.name}`;
  const mergedTextEn = `${successor.name} (code ${successor.code}) was formed on ${successor.from} and took in ${absorbedNamed.name}`;
  if (
    reading === 'named-rule-follows' ||
    (reading === 'undetermined' && namedMinimum.minimumPercent === bandMinimum.minimumPercent)
  ) {
    const agree = reading === 'undetermined';
    return {
      status: 'decided',
      ...common,
      ...(agree ? bandMinimum : namedMinimum),
      reasons: [
        agree
          ? bandReason
          : reason(
              'merged-province-named-rule-follows',
              `${mergedText}; theo lựa chọn của người dùng, mức riêng ${absorbedNamed.minimumPercent}% tiếp tục áp dụng.`,
              `${mergedTextEn}; as the caller chose, its own ${absorbedNamed.minimumPercent}% still applies.`,
            ),
        ...notes,
      ],
    };
  }
  if (reading === 'named-rule-ends') {
    return {
      status: 'decided',
      ...common,
      ...bandMinimum,
      reasons: [
        bandReason,
        reason(
          'merged-province-named-rule-ends',
          `${mergedText}; theo lựa chọn của người dùng, mức riêng của ${absorbedNamed.name} không còn áp dụng.`,
          `${mergedTextEn}; as the caller chose, ${absorbedNamed.name}'s own minimum no longer applies.`,
        ),
        ...notes,
      ],
    };
  }
  return {
    status: 'undetermined',
    ...common,
    candidates: [namedMinimum, bandMinimum],
    reasons: [
      reason(
        'merged-province-unsettled',
        `${mergedText}. Chưa tìm thấy văn bản nói mức riêng ${absorbedNamed.minimumPercent}% có áp dụng cho tỉnh mới hay không: hãy chọn bằng tuỳ chọn mergedProvince.`,
        `${mergedTextEn}. No text found says whether the ${absorbedNamed.minimumPercent}% applies to the merged province: choose with the mergedProvince option.`,
      ),
      ...notes,
    ],
  };
}

/** The band of a dependence share: the first whose edge it reaches (or passes, by `atEdge`). */
function bandFor(rule: CounterpartFundsRule, dependence: number): CounterpartBand {
  const sorted = [...rule.bands].sort((a, b) => b.fromPercent - a.fromPercent);
  const inclusive = rule.atEdge === 'higher-dependence-band';
  // Numbers compare exactly as the decimals they print as.
  const found = sorted.find((band) =>
    inclusive
      ? dependence >= band.fromPercent
      : dependence > band.fromPercent || band.fromPercent === 0,
  );
  return found as CounterpartBand; // checkRule requires a band from 0
}

function checkRule(list: IssueList, rule: CounterpartFundsRule): void {
  if (!rule.bands.some((band) => band.fromPercent === 0))
    list.add(
      'options.rule.bands',
      'invalid-value',
      'Cần một nhóm bắt đầu từ 0% để mọi tỷ lệ đều thuộc một nhóm.',
      'One band must start at 0%, so that every share falls in a band.',
    );
  const edges = new Set<number>();
  rule.bands.forEach((band, index) => {
    if (edges.has(band.fromPercent))
      list.add(
        `options.rule.bands[${index}].fromPercent`,
        'duplicate-id',
        `Hai nhóm cùng bắt đầu từ ${band.fromPercent}%.`,
        `Two bands start at ${band.fromPercent}%.`,
      );
    edges.add(band.fromPercent);
  });
  for (const [index, province] of rule.namedProvinces.entries()) {
    if (!PROVINCE_CODE.test(province.code))
      list.add(
        `options.rule.namedProvinces[${index}].code`,
        'invalid-province-code',
        'Mã tỉnh phải gồm hai chữ số.',
        'A province code is two digits.',
      );
  }
}

/** ⌈amount × percent ÷ 100⌉ to a multiple of `unit`, exactly. */
function ceilingShare(amount: number, percent: number, unit: number): number {
  const scaled = toScaled(percent);
  const exponent = Math.min(0, scaled.exponent);
  const { whole, remainder } = mulDiv(
    amount,
    atScale(scaled, exponent),
    atScale({ mantissa: 100, exponent: 0 }, exponent),
  );
  const dong = remainder === 0 || remainder === 0n ? whole : whole + 1;
  const rest = dong % unit;
  return rest === 0 ? dong : dong - rest + unit;
}
