import type { Message } from '../i18n/message';
import type { LegalCitation } from '../law/citation';
import { deepFreeze } from '../util/deep-freeze';
import type {
  Condition,
  ConditionCode,
  ConditionStatus,
  EligibilityStatus,
  MembershipStatus,
} from './types';

/**
 * Conditions as data, and the three-valued logic that combines them: a condition not met decides
 * "no" whatever else is unknown; otherwise an unknown one leaves the answer open.
 */

/** What each condition asks, as one statement in both languages. */
const STATEMENTS: Readonly<Record<ConditionCode, Message>> = {
  'household-poor': { vi: 'hộ nghèo', en: 'the household is poor' },
  'household-poor-or-near-poor': {
    vi: 'hộ nghèo hoặc hộ cận nghèo',
    en: 'the household is poor or near-poor',
  },
  'household-poor-near-poor-or-newly-escaped': {
    vi: 'hộ nghèo, hộ cận nghèo hoặc hộ mới thoát nghèo',
    en: 'the household is poor, near-poor or newly escaped from poverty',
  },
  'household-newly-escaped': {
    vi: 'hộ mới thoát nghèo',
    en: 'the household is newly escaped from poverty',
  },
  'ethnic-minority-household': {
    vi: 'hộ dân tộc thiểu số',
    en: 'the household is an ethnic-minority household',
  },
  'has-person-of-merit': {
    vi: 'hộ có thành viên là người có công với cách mạng',
    en: 'a member is a person of merit to the revolution',
  },
  'is-woman': { vi: 'là phụ nữ', en: 'the person is a woman' },
  'has-disability': { vi: 'là người khuyết tật', en: 'the person has a disability' },
  'has-social-protection-beneficiary': {
    vi: 'hộ có thành viên là đối tượng bảo trợ xã hội',
    en: 'a member is a social-protection beneficiary',
  },
  'especially-hard-circumstances': {
    vi: 'hộ có hoàn cảnh đặc biệt khó khăn (người cao tuổi neo đơn, người khuyết tật)',
    en: 'the household is in especially hard circumstances (elderly living alone, disability)',
  },
  'often-hit-by-disasters': {
    vi: 'hộ ở vùng thường xuyên bị thiên tai',
    en: 'the household lives in an area often hit by natural disasters',
  },
  'within-programme-period': {
    vi: 'trong thời gian thực hiện Chương trình',
    en: 'within the programme’s period',
  },
  'in-poor-district': { vi: 'hộ ở huyện nghèo', en: 'the household lives in a poor district' },
  'formed-long-enough-before': {
    vi: 'hộ độc lập, tách hộ đủ thời gian trước khi Chương trình có hiệu lực',
    en: 'an independent household formed long enough before the programme took effect',
  },
  'housing-condition': {
    vi: 'chưa có nhà ở, hoặc nhà ở tạm bợ (ít nhất 2 trong 3 kết cấu chính không bền chắc), hoặc diện tích dưới mức tối thiểu mỗi người',
    en: 'no house, or a makeshift one (at least 2 of 3 main structures non-durable), or too little floor area per person',
  },
  'no-earlier-state-or-mass-organisation-support': {
    vi: 'chưa được Nhà nước, tổ chức chính trị - xã hội hỗ trợ nhà ở',
    en: 'no earlier housing support from the State or a mass organisation',
  },
  'not-supported-by-other-programme': {
    vi: 'chưa được hỗ trợ nhà ở từ Chương trình phát triển vùng đồng bào dân tộc thiểu số hoặc chương trình khác',
    en: 'no housing support from the ethnic-minority programme or another programme',
  },
  child: { vi: 'là trẻ em', en: 'the person is a child' },
  'in-poor-district-or-coastal-border-island-commune': {
    vi: 'ở huyện nghèo hoặc xã đặc biệt khó khăn vùng bãi ngang, ven biển, biên giới, hải đảo',
    en: 'lives in a poor district or an extremely difficult coastal, border or island commune',
  },
  'pregnant-or-breastfeeding': {
    vi: 'đang mang thai hoặc nuôi con bằng sữa mẹ',
    en: 'pregnant or breastfeeding',
  },
  'of-working-age': { vi: 'trong độ tuổi lao động', en: 'of working age' },
  'low-income-worker': {
    vi: 'là người lao động có thu nhập thấp',
    en: 'a low-income worker',
  },
  'accepted-proposer': {
    vi: 'đề xuất bởi nhóm hộ, tổ hợp tác hoặc nhóm hộ có người đại diện theo quy định',
    en: 'proposed by an accepted household group or cooperative group',
  },
  'has-experienced-member': {
    vi: 'có thành viên có kinh nghiệm sản xuất, kinh doanh',
    en: 'a member is experienced in production or business',
  },
  'beneficiary-share': {
    vi: 'đủ tỷ lệ hộ tham gia là đối tượng của Chương trình',
    en: 'enough participating households are programme beneficiaries',
  },
  'priority-share': {
    vi: 'vượt tỷ lệ hộ tham gia thuộc nhóm ưu tiên',
    en: 'more than the priority share of participants are in priority groups',
  },
};

const PREFIX: Readonly<Record<ConditionStatus, Message>> = {
  met: { vi: 'Đạt', en: 'Met' },
  'not-met': { vi: 'Không đạt', en: 'Not met' },
  unknown: { vi: 'Chưa xác định', en: 'Undetermined' },
};

/** An optional detail after the statement: the figures, or what is missing. */
export interface Detail {
  readonly vi: string;
  readonly en: string;
}

/**
 * What a condition may say besides its code, answer and basis. The detail must follow from the
 * code, the answer and `values` (conditions are shared on those), and may be given as a function
 * so that it is written only for the conditions actually made.
 */
export interface ConditionOptions {
  readonly detail?: Detail | (() => Detail);
  readonly missing?: readonly string[];
  readonly values?: Readonly<Record<string, number | string | boolean>>;
}

/** Builds a condition with its message: "Met: the household is poor (income at the line)." */
export function condition(
  code: ConditionCode,
  status: ConditionStatus,
  basis: LegalCitation,
  options: ConditionOptions = {},
): Condition {
  const statement = STATEMENTS[code];
  const prefix = PREFIX[status];
  const missing = status === 'unknown' ? unique(options.missing ?? []) : [];
  const detail = typeof options.detail === 'function' ? options.detail() : options.detail;
  const vi = detail ? ` (${detail.vi})` : '';
  const en = detail ? ` (${detail.en})` : '';
  const needs =
    missing.length === 0
      ? { vi: '', en: '' }
      : { vi: ` Cần: ${missing.join(', ')}.`, en: ` Needs: ${missing.join(', ')}.` };
  return {
    code,
    status,
    message: {
      vi: `${prefix.vi}: ${statement.vi}${vi}.${needs.vi}`,
      en: `${prefix.en}: ${statement.en}${en}.${needs.en}`,
    },
    ...(options.values === undefined ? {} : { values: options.values }),
    missing,
    basis,
  };
}

/** Paths in first-seen order, each once. */
export function unique(paths: readonly string[]): string[] {
  return [...new Set(paths)];
}

/** The answer of a conjunction: any not met decides; else any unknown leaves it open. */
export function allOf(statuses: readonly ConditionStatus[]): ConditionStatus {
  if (statuses.includes('not-met')) return 'not-met';
  return statuses.includes('unknown') ? 'unknown' : 'met';
}

/** The answer of a disjunction: any met decides; else any unknown leaves it open. */
export function anyOf(statuses: readonly ConditionStatus[]): ConditionStatus {
  if (statuses.includes('met')) return 'met';
  return statuses.includes('unknown') ? 'unknown' : 'not-met';
}

/** The facts that would decide a combination: those of its unknown conditions, when it is open. */
export function missingOf(
  status: ConditionStatus,
  conditions: readonly Condition[],
): readonly string[] {
  return status === 'unknown' ? unique(conditions.flatMap((c) => c.missing)) : [];
}

const MEMBERSHIP: Readonly<Record<ConditionStatus, MembershipStatus>> = {
  met: 'in',
  'not-met': 'not-in',
  unknown: 'undetermined',
};

const ELIGIBILITY: Readonly<Record<ConditionStatus, EligibilityStatus>> = {
  met: 'eligible',
  'not-met': 'not-eligible',
  unknown: 'undetermined',
};

/** A membership's status from its conditions' answer. */
export const membershipOf = (status: ConditionStatus): MembershipStatus => MEMBERSHIP[status];

/** An eligibility's status from its conditions' answer. */
export const eligibilityOf = (status: ConditionStatus): EligibilityStatus => ELIGIBILITY[status];

/** The conditions' answer from an eligibility's status. */
export function conditionOf(status: EligibilityStatus): ConditionStatus {
  return status === 'eligible' ? 'met' : status === 'not-eligible' ? 'not-met' : 'unknown';
}

/**
 * Conditions shared across the households of one call: many households meet or fail a condition
 * for the same reason, so a ranking of 100,000 households holds each such condition once, frozen,
 * instead of 100,000 copies that the garbage collector would have to trace. A condition is keyed by
 * its code, answer, basis, missing facts and values: its values must decide its detail, and must
 * not carry the caller's free text (member ids), which could make two keys alike.
 */
export class ConditionMemo {
  private readonly conditions = new Map<string, Condition>();
  private readonly bases = new Map<LegalCitation, number>();

  /** The condition with these contents: made once, then shared. */
  get(
    code: ConditionCode,
    status: ConditionStatus,
    basis: LegalCitation,
    options: ConditionOptions = {},
  ): Condition {
    let basisId = this.bases.get(basis);
    if (basisId === undefined) {
      basisId = this.bases.size;
      this.bases.set(basis, basisId);
    }
    const key = `${code}|${status}|${basisId}|${
      status === 'unknown' ? (options.missing ?? []).join(',') : ''
    }|${options.values === undefined ? '' : valuesKey(options.values)}`;
    let found = this.conditions.get(key);
    if (found === undefined) {
      found = deepFreeze(condition(code, status, basis, options));
      this.conditions.set(key, found);
    }
    return found;
  }
}

function valuesKey(values: Readonly<Record<string, number | string | boolean>>): string {
  let key = '';
  for (const name in values) key += `${name}=${String(values[name])};`;
  return key;
}
