import { isIsoDate } from '../dates/calendar';
import { daysInclusive, lastDayOfWindow } from '../dates/days';
import { VnPovertyError } from '../errors';
import type { Household } from '../household/types';
import type { Message } from '../i18n/message';
import { checkAssessmentOf } from '../status/check-assessment';
import {
  categoriesOf,
  MIDDLE,
  NEAR_POOR,
  newlyEscapedOnDay,
  POOR,
  statusOnDay,
  type Timeline,
  timelineFromHistory,
  timelineFromRecord,
} from '../status/timeline';
import { BENEFIT_RULES } from './benefit-rules';
import { grantFigures } from './grant-figures';
import { resolveBenefitRules } from './resolve-benefit-rules';
import type { Part, RuleContext, Tri } from './rule-context';
import type {
  BenefitFinding,
  BenefitRule,
  BenefitsOnDate,
  BenefitsOptions,
  BenefitsSubject,
  BenefitWindow,
  EntitlementStatus,
  UncoveredBenefit,
} from './types';

/** The days the library answers for: those of the national standards it holds. */
const FIRST_DAY = '2016-01-01';
const LAST_DAY = '2030-12-31';

const BENEFIT_NAMES: Readonly<Record<BenefitFinding['benefit'], Message>> = {
  'health-insurance': { vi: 'Hỗ trợ đóng bảo hiểm y tế', en: 'Health-insurance premium support' },
  'policy-credit-rate': { vi: 'Lãi suất tín dụng chính sách', en: 'Policy-credit interest rate' },
  'policy-credit-unsecured-cap': {
    vi: 'Vay tín dụng chính sách không bảo đảm',
    en: 'Unsecured policy credit',
  },
  'tuition-exemption': { vi: 'Miễn học phí', en: 'Tuition exemption' },
  'electricity-support': { vi: 'Hỗ trợ tiền điện', en: 'Electricity support' },
};

const FOR_NAMES: Readonly<Record<BenefitFinding['for'], Message>> = {
  poor: { vi: 'hộ nghèo', en: 'poor households' },
  'near-poor': { vi: 'hộ cận nghèo', en: 'near-poor households' },
  'newly-escaped': { vi: 'hộ mới thoát nghèo', en: 'newly escaped households' },
  middle: { vi: 'hộ có mức sống trung bình', en: 'middle-living-standard households' },
};

const REQUIREMENT_NAMES: Readonly<Record<NonNullable<BenefitRule['requires']>, Message>> = {
  'poor-commune': { vi: ' ở xã nghèo', en: ' in poor communes' },
  'agricultural-household': {
    vi: ' làm nông, lâm, ngư, diêm nghiệp',
    en: ' in agriculture, forestry, fishery or salt making',
  },
};

const STATUS_WORDS: Readonly<Record<EntitlementStatus, Message>> = {
  entitled: { vi: 'được hưởng', en: 'entitled' },
  'not-entitled': { vi: 'không được hưởng', en: 'not entitled' },
  undetermined: { vi: 'chưa xác định', en: 'undetermined' },
};

function invalidOption(path: string, vi: string, en: string): VnPovertyError {
  return new VnPovertyError('invalid-options', { vi, en }, [
    { path, code: 'invalid-option', message: { vi, en } },
  ]);
}

function checkDate(on: unknown): string {
  if (typeof on !== 'string' || !isIsoDate(on)) {
    throw new VnPovertyError('invalid-date', {
      vi: `Ngày "${String(on)}" không hợp lệ: cần ngày có thật, viết YYYY-MM-DD.`,
      en: `The date "${String(on)}" is not a real date written YYYY-MM-DD.`,
    });
  }
  if (on < FIRST_DAY || on > LAST_DAY) {
    throw new VnPovertyError('date-out-of-range', {
      vi: `Ngày ${on} nằm ngoài khoảng thư viện có quy định (${FIRST_DAY} đến ${LAST_DAY}).`,
      en: `${on} is outside the days the library holds rules for (${FIRST_DAY} to ${LAST_DAY}).`,
    });
  }
  return on;
}

function checkPrice(price: unknown): number | undefined {
  if (price === undefined) return undefined;
  if (typeof price !== 'number' || !Number.isSafeInteger(price) || price < 0) {
    throw invalidOption(
      'electricityPricePerKwh',
      'Giá điện bậc 1 phải là số nguyên đồng/kWh, không âm.',
      'The first-tier electricity price must be a whole number of đồng per kWh, at least 0.',
    );
  }
  return price;
}

/** The subject's timeline and household, checked. */
function subjectOf(subject: BenefitsSubject): { timeline: Timeline; household?: Household } {
  if (subject !== null && typeof subject === 'object' && 'assessment' in subject) {
    checkAssessmentOf(subject.household, subject.assessment);
    return {
      timeline: timelineFromRecord(subject.household, subject.assessment),
      household: subject.household,
    };
  }
  if (subject !== null && typeof subject === 'object' && 'history' in subject) {
    const household = subject.household;
    if (
      household !== undefined &&
      (household === null || typeof household !== 'object' || !Array.isArray(household.members))
    ) {
      throw new VnPovertyError('invalid-household', {
        vi: 'Hộ truyền vào không hợp lệ: hãy kiểm tra hộ bằng parseHousehold trước.',
        en: 'The household given is not valid: check it with parseHousehold first.',
      });
    }
    return {
      timeline: timelineFromHistory(subject.history),
      ...(household === undefined ? {} : { household }),
    };
  }
  throw invalidOption(
    'subject',
    'Cần { household, assessment } hoặc { history, household? }.',
    'Give { household, assessment } or { history, household? }.',
  );
}

const inForce = (rule: BenefitRule, on: string): boolean =>
  (rule.validFrom === undefined || rule.validFrom <= on) &&
  (rule.validUntil === undefined || on <= rule.validUntil);

/**
 * Lists what a household gets on a date (chính sách được hưởng theo tình trạng nghèo): every
 * benefit rule in force that day, answered entitled, not entitled or undetermined, with the exact
 * rate or amount, the newly-escaped window that still runs, the facts that would decide, and the
 * legal basis; and the benefits the library holds no rule for on that date.
 *
 * @remarks Legal basis: each rule's own, in {@link BENEFIT_RULES}. The status on the date is the
 * household's recognised status then: from a status history, or from a household with its
 * assessment (the assessment's status from its date, or from `previous.leftOn` when the record
 * says when the earlier status ended, and the earlier status before). A newly escaped household is
 * one within a rule's window (3 years for policy credit) of the day it left the poor or near-poor
 * list, the window counted in months by the age rule: it opens on the escape day and closes the
 * day before its third anniversary. Rates are decimal strings computed exactly (`6.24 × 1.25 =
 * 7.8`); amounts are integer đồng. Tuition reads each member's schooling, the near-poor premium in
 * poor communes `location.poorCommune`, the middle households' premium `agriculturalHousehold`.
 *
 * @param subject - `{ household, assessment }`, or `{ history, household? }`
 * @param options - `on`: the date (2016-01-01 to 2030-12-31); `electricityPricePerKwh`: the
 * first residential tier's price, to have the electricity support in đồng; `rules`: other rules
 * @returns the benefits in force on the date, each answered, and those not covered
 * @throws {@link VnPovertyError} `invalid-date` or `date-out-of-range` for the date;
 * `assessment-mismatch` when the assessment is not the household's; `invalid-status-history` for a
 * bad history; `invalid-options` for a bad price, subject or rule list
 *
 * @example
 * ```ts
 * import { benefitsFor } from 'vn-poverty';
 * const history = [
 *   { status: 'poor', on: '2021-12-20' },
 *   { status: 'middle', on: '2024-12-20' }, // left the list: newly escaped for 3 years
 * ] as const;
 * const before = benefitsFor({ history }, { on: '2025-11-30' });
 * const after = benefitsFor({ history }, { on: '2025-12-01' });
 * before.benefits.find((b) => b.for === 'newly-escaped')?.figures.percentPerYear; //=> '8.25'
 * after.benefits.find((b) => b.for === 'newly-escaped')?.figures.percentPerYear; //=> '7.8'
 * after.benefits.find((b) => b.for === 'newly-escaped')?.window?.closesOn; //=> '2027-12-19'
 * ```
 */
export function benefitsFor(subject: BenefitsSubject, options: BenefitsOptions): BenefitsOnDate {
  const on = checkDate(options?.on);
  const price = checkPrice(options.electricityPricePerKwh);
  const rules = options.rules === undefined ? BENEFIT_RULES : resolveBenefitRules(options.rules);
  const { timeline, household } = subjectOf(subject);
  const status = statusOnDay(timeline, on);
  const context: RuleContext = {
    on,
    timeline,
    statusBits: status.set,
    statusMissing: status.missing,
    household,
    price,
  };
  const active = rules.filter((rule) => inForce(rule, on));
  const poorRate = active.find((rule) => rule.for === 'poor' && rule.grant.kind === 'credit-rate');
  const benefits: BenefitFinding[] = [];
  const notCovered: UncoveredBenefit[] = [];
  for (const rule of active) {
    if (rule.grant.kind === 'credit-rate-relative' && poorRate === undefined) continue;
    benefits.push(finding(rule, context, poorRate));
  }
  const covered = new Set(benefits.map((b) => `${b.benefit}|${b.for}`));
  for (const rule of rules) {
    const key = `${rule.benefit}|${rule.for}`;
    if (covered.has(key)) continue;
    covered.add(key);
    notCovered.push({
      benefit: rule.benefit,
      for: rule.for,
      message: {
        vi: `${BENEFIT_NAMES[rule.benefit].vi} cho ${FOR_NAMES[rule.for].vi}: thư viện chưa có quy định áp dụng ngày ${on}.`,
        en: `${BENEFIT_NAMES[rule.benefit].en} for ${FOR_NAMES[rule.for].en}: the library holds no rule in force on ${on}.`,
      },
    });
  }
  const possibleStatuses = categoriesOf(status.set);
  const id = household?.id;
  return {
    on,
    ...(id === undefined ? {} : { householdId: id }),
    possibleStatuses,
    statusMissing: possibleStatuses.length > 1 ? [...new Set(status.missing)] : [],
    benefits,
    entitled: benefits.filter((b) => b.status === 'entitled').map((b) => b.ruleId),
    notCovered,
  };
}

const STATUS_BIT: Readonly<Record<Exclude<BenefitRule['for'], 'newly-escaped'>, number>> = {
  poor: POOR,
  'near-poor': NEAR_POOR,
  middle: MIDDLE,
};

/** Whether the household has the rule's status on the date. */
function statusPart(rule: BenefitRule, context: RuleContext): Part & { window?: BenefitWindow } {
  if (rule.for === 'newly-escaped') {
    const months = rule.windowMonths ?? 36;
    const escaped = newlyEscapedOnDay(context.timeline, context.on, months);
    if (escaped.escapedFrom === undefined || escaped.escapedBy === undefined) return escaped;
    const closesOn = lastDayOfWindow(escaped.escapedBy, months);
    const window: BenefitWindow = {
      opensOn: escaped.escapedFrom,
      closesOn,
      exact: escaped.escapedFrom === escaped.escapedBy,
      ...(escaped.status === 'yes' ? { daysLeft: daysInclusive(context.on, closesOn) } : {}),
    };
    return { status: escaped.status, missing: escaped.missing, window };
  }
  const bit = STATUS_BIT[rule.for];
  const bits = context.statusBits;
  if (bits === bit) return { status: 'yes', missing: [] };
  if ((bits & bit) === 0) return { status: 'no', missing: [] };
  return { status: 'unknown', missing: context.statusMissing };
}

/** The further fact a rule needs, from the household. */
function requirementPart(rule: BenefitRule, household: Household | undefined): Part {
  if (rule.requires === undefined) return { status: 'yes', missing: [] };
  const path = rule.requires === 'poor-commune' ? 'location.poorCommune' : 'agriculturalHousehold';
  if (household === undefined) return { status: 'unknown', missing: ['household'] };
  const value =
    rule.requires === 'poor-commune'
      ? household.location?.poorCommune
      : household.agriculturalHousehold;
  return value === undefined
    ? { status: 'unknown', missing: [path] }
    : { status: value ? 'yes' : 'no', missing: [] };
}

function combine(parts: readonly Part[]): Part {
  if (parts.some((p) => p.status === 'no')) return { status: 'no', missing: [] };
  const open = parts.filter((p) => p.status === 'unknown');
  return open.length === 0
    ? { status: 'yes', missing: [] }
    : { status: 'unknown', missing: [...new Set(open.flatMap((p) => p.missing))] };
}

const ENTITLEMENT: Readonly<Record<Tri, EntitlementStatus>> = {
  yes: 'entitled',
  no: 'not-entitled',
  unknown: 'undetermined',
};

function finding(
  rule: BenefitRule,
  context: RuleContext,
  poorRate: BenefitRule | undefined,
): BenefitFinding {
  const status = statusPart(rule, context);
  const parts: Part[] = [status, requirementPart(rule, context.household)];
  const { figures, text } = grantFigures(rule, context, poorRate, parts);
  const answer = combine(parts);
  const entitlement = ENTITLEMENT[answer.status];
  const name = BENEFIT_NAMES[rule.benefit];
  const extra = rule.requires === undefined ? { vi: '', en: '' } : REQUIREMENT_NAMES[rule.requires];
  const whom = { vi: FOR_NAMES[rule.for].vi + extra.vi, en: FOR_NAMES[rule.for].en + extra.en };
  const word = STATUS_WORDS[entitlement];
  const window = status.window;
  const windowText =
    window === undefined
      ? { vi: '', en: '' }
      : {
          vi: `; áp dụng từ ${window.opensOn} đến ${window.closesOn}${window.exact ? '' : ' (muộn nhất)'}`,
          en: `; applies from ${window.opensOn} to ${window.closesOn}${window.exact ? '' : ' (at the latest)'}`,
        };
  return {
    ruleId: rule.id,
    benefit: rule.benefit,
    for: rule.for,
    status: entitlement,
    figures,
    ...(window === undefined ? {} : { window }),
    ...(rule.validFrom === undefined ? {} : { validFrom: rule.validFrom }),
    ...(rule.validUntil === undefined ? {} : { validUntil: rule.validUntil }),
    message: {
      vi: `${name.vi} cho ${whom.vi}: ${word.vi} (${text.vi}${windowText.vi}).`,
      en: `${name.en} for ${whom.en}: ${word.en} (${text.en}${windowText.en}).`,
    },
    missing: answer.missing,
    basis: rule.basis,
  };
}
