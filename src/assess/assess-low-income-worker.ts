import { completedMonths } from '../dates/age';
import { splitDate, splitFullDate } from '../dates/calendar';
import { isOfWorkingAge, retirementAgeMonths } from '../dates/retirement';
import { describeValue, VnPovertyError } from '../errors';
import type { NationalIndicatorId } from '../household/indicator-ids';
import type { Household, Member } from '../household/types';
import type { LegalCitation } from '../law/citation';
import type { IncomeLine, LowIncomeWorkerRule, Standard } from '../standards/types';
import { copyCitation } from './copies';
import { assessorFor } from './create-assessor';
import { type AssessOptions, resolveAssessOptions } from './resolve-options';
import type { Assessment, Reason } from './types';

/** Three-valued, like the indicators: `unknown` when a needed fact is missing. */
export type LowIncomeWorkerStatus = 'yes' | 'no' | 'unknown';

/**
 * The codes of the conditions that failed or could not be checked.
 *
 * @see {@link !"Codes" | Codes}
 */
export type LowIncomeWorkerReasonCode =
  | 'no-low-income-worker-rule'
  | 'low-income-worker-rule-unpublished'
  | 'rule-not-yet-in-force'
  | 'below-working-age'
  | 'past-retirement-age'
  | 'work-missing'
  | 'member-without-work'
  | 'household-poor-or-near-poor'
  | 'household-category-undetermined'
  | 'actual-income-needed'
  | 'income-above-low-income-line';

/** The codes of the notes of a low-income worker result. */
export type LowIncomeWorkerNoteCode = 'rule-applied-past-programme-years';

/** Whether a member is a low-income worker, and why. */
export interface LowIncomeWorkerResult {
  /** The answer. */
  readonly status: LowIncomeWorkerStatus;
  /** The member asked about. */
  readonly memberId: string;
  /** The household's id, when it has one. */
  readonly householdId?: string;
  /** The standard whose rule was applied. */
  readonly standardId: string;
  /** The reference date. */
  readonly on: string;
  /** Each condition that failed or could not be checked; empty for `yes`. */
  readonly reasons: readonly Reason<LowIncomeWorkerReasonCode>[];
  /** Remarks that do not change the answer: the rule applied past its programme years. */
  readonly notes: readonly Reason<LowIncomeWorkerNoteCode>[];
  /** The household's own assessment on the same date and standard, which the answer rests on. */
  readonly assessment: Assessment;
  /** The rule's legal basis, when the standard has a rule. */
  readonly basis?: LegalCitation;
}

type Check = {
  readonly status: LowIncomeWorkerStatus;
  readonly reason?: Reason<LowIncomeWorkerReasonCode>;
};

const yes: Check = { status: 'yes' };
const fail = (
  status: 'no' | 'unknown',
  code: LowIncomeWorkerReasonCode,
  vi: string,
  en: string,
  values?: Reason['values'],
): Check => ({
  status,
  reason:
    values === undefined ? { code, message: { vi, en } } : { code, message: { vi, en }, values },
});

function isWorker(member: Member, rule: LowIncomeWorkerRule, on: string): Check {
  const { workers } = rule;
  const birth = splitDate(member.birthDate);
  const ageMonths = completedMonths(birth, splitFullDate(on));
  const ageYears = Math.floor(ageMonths / 12);
  if (ageMonths < workers.minimumAge * 12) {
    return fail(
      'no',
      'below-working-age',
      `Thành viên ${ageYears} tuổi, chưa đến tuổi lao động (${workers.minimumAge}).`,
      `The member is ${ageYears}, below working age (${workers.minimumAge}).`,
      { ageYears, minimumAge: workers.minimumAge },
    );
  }
  const month = birth.month ?? 1;
  if (
    workers.belowRetirementAge &&
    !isOfWorkingAge(member.sex, birth.year, month, ageMonths, workers.minimumAge)
  ) {
    const retirement = retirementAgeMonths(member.sex, birth.year, month);
    return fail(
      'no',
      'past-retirement-age',
      'Thành viên đã đến tuổi nghỉ hưu (Nghị định 135/2020/NĐ-CP): theo cách hiểu mặc định, không tính là người lao động.',
      'The member has reached retirement age (Decree 135/2020/NĐ-CP): by the default reading, not a worker.',
      { ageMonths, retirementAgeMonths: retirement },
    );
  }
  if (member.work === undefined) {
    return fail(
      'unknown',
      'work-missing',
      'Chưa rõ tình trạng việc làm của thành viên.',
      'The member’s work is not recorded.',
    );
  }
  return workers.work.includes(member.work)
    ? yes
    : fail(
        'no',
        'member-without-work',
        'Thành viên không có việc làm.',
        'The member has no work.',
        {
          work: member.work,
        },
      );
}

function householdNotPoor(assessment: Assessment): Check {
  if (assessment.poverty === 'neither') return yes;
  if (assessment.poverty === 'undetermined') {
    return fail(
      'unknown',
      'household-category-undetermined',
      'Chưa xác định được hộ có là hộ nghèo, cận nghèo hay không.',
      'Whether the household is poor or near-poor is undetermined.',
    );
  }
  return fail(
    'no',
    'household-poor-or-near-poor',
    'Hộ là hộ nghèo hoặc cận nghèo: thành viên của hộ nghèo, cận nghèo không thuộc đối tượng này.',
    'The household is poor or near-poor: their members are excluded by the rule.',
    { poverty: assessment.poverty },
  );
}

function incomeWithinLine(assessment: Assessment, line: IncomeLine): Check {
  const { income } = assessment;
  const annualLine = line.per === 'month' ? line.amount * 12 : line.amount;
  let householdValue: number;
  let lineValue: number;
  if (income.annualTotal !== undefined) {
    householdValue = income.annualTotal;
    lineValue = annualLine * income.memberCount;
  } else if (income.form === 'monthly-per-capita' && income.monthlyPerCapita !== undefined) {
    householdValue = income.monthlyPerCapita * 12;
    lineValue = annualLine;
  } else {
    return fail(
      'unknown',
      'actual-income-needed',
      'Cần thu nhập thực tế (không dùng điểm A).',
      'Actual income is needed, not a proxy score.',
    );
  }
  return householdValue <= lineValue
    ? yes
    : fail(
        'no',
        'income-above-low-income-line',
        'Thu nhập bình quân vượt mức thu nhập thấp.',
        'Income per capita is above the low-income line.',
        { householdValue, lineValue, lineAmount: line.amount },
      );
}

function pastProgramme(rule: LowIncomeWorkerRule, assessment: Assessment) {
  const year = Number(assessment.on.slice(0, 4));
  if (year <= rule.programmeYears.to) return [];
  return [
    {
      code: 'rule-applied-past-programme-years' as const,
      message: {
        vi: `Quy định gắn với chương trình ${rule.programmeYears.from}–${rule.programmeYears.to}; áp dụng cho năm ${year} là suy luận (chuẩn nghèo giai đoạn trước được giữ nguyên), chưa có văn bản xác nhận.`,
        en: `The rule is scoped to the programme for ${rule.programmeYears.from}–${rule.programmeYears.to}; applying it in ${year}, when the earlier standard is kept, is an inference no text confirms.`,
      },
      values: { year, programmeTo: rule.programmeYears.to },
    },
  ];
}

function ruleChecks(
  rule: Standard['lowIncomeWorker'],
  member: Member,
  household: Household,
  assessment: Assessment,
): readonly Check[] {
  if (rule === null) {
    return [
      fail(
        'no',
        'no-low-income-worker-rule',
        `Chuẩn ${assessment.standardId} không có quy định về người lao động có thu nhập thấp.`,
        `Standard ${assessment.standardId} has no low-income worker rule.`,
      ),
    ];
  }
  if ('unpublished' in rule) {
    return [
      fail(
        'unknown',
        'low-income-worker-rule-unpublished',
        'Quy định về người lao động có thu nhập thấp cho giai đoạn này chưa được công bố.',
        rule.note,
      ),
    ];
  }
  if (assessment.on < rule.effectiveFrom) {
    return [
      fail(
        'no',
        'rule-not-yet-in-force',
        `Quy định áp dụng từ ${rule.effectiveFrom}.`,
        `The rule applies from ${rule.effectiveFrom}.`,
      ),
    ];
  }
  return [
    isWorker(member, rule, assessment.on),
    householdNotPoor(assessment),
    incomeWithinLine(assessment, rule.lines[household.area]),
  ];
}

/**
 * Whether a member is a low-income worker (người lao động có thu nhập thấp), three-valued with
 * reasons: a member of the household who is a worker (by default, from 15 to the retirement age
 * and with work: a named parameter of the standard), in a household that is neither poor nor
 * near-poor, whose monthly income per capita is at most the rule's line (2,250,000 rural, 3,000,000
 * urban), compared exactly. It assesses the household itself on the options given, so the answer
 * and the household's category always belong together.
 *
 * @remarks Legal basis: Decree 07/2021/NĐ-CP Art. 3.2(d) as amended by Decree 30/2025/NĐ-CP Art.
 * 1.3, from 24 Feb 2025 (grade S). Art. 1.1 scopes it to the programme for 2021–2025: a result for
 * a later year says in its notes that the rule is applied there by inference. Who counts as a
 * worker is a reading (grade U): `standard.lowIncomeWorker.workers`. Under `qd59-2015` there is no
 * such rule (`no`); under `nd351-2025` whether it carries over is not known (`unknown`).
 *
 * @param household - a household from `parseHousehold`
 * @param memberId - the id of one of its members
 * @param options - as for {@link assessHousehold}: the reference date and the standard
 * @returns the answer, the reasons, the notes and the household's assessment
 * @throws {@link VnPovertyError} `member-not-in-household` when no member has that id, and as
 * {@link createAssessor} for the options and the household
 *
 * @example
 * ```ts
 * import { assessLowIncomeWorker, parseHousehold } from 'vn-poverty';
 * const parsed = parseHousehold({
 *   area: 'rural',
 *   income: { monthlyPerCapita: 2250000 },
 *   members: [{ id: 'a', sex: 'male', birthDate: '1990-05-01', ethnicity: 'Kinh', work: 'self-employed' }],
 *   dwelling: { foundation: 'durable', walls: 'durable', roof: 'durable', floorAreaM2: 30 },
 *   water: 'piped', latrine: 'septic', devices: [],
 * });
 * if (!parsed.success) throw new Error('invalid');
 * assessLowIncomeWorker(parsed.data, 'a', { on: '2025-03-01' }).status; //=> 'yes'
 * assessLowIncomeWorker(parsed.data, 'a', { on: '2025-02-23' }).status; //=> 'no'
 * assessLowIncomeWorker(parsed.data, 'a', { on: '2026-03-01' }).notes[0]?.code; //=> 'rule-applied-past-programme-years'
 * ```
 *
 * @see {@link !"Readings" | Readings}
 * @see {@link !"Codes" | Codes}
 */
export function assessLowIncomeWorker<Id extends string = NationalIndicatorId>(
  household: Household,
  memberId: string,
  options: AssessOptions<Id>,
): LowIncomeWorkerResult {
  const resolved = resolveAssessOptions(options);
  const assessment: Assessment = assessorFor(resolved)(household);
  const member = household.members.find((candidate) => candidate.id === memberId);
  if (member === undefined) {
    throw new VnPovertyError(
      'member-not-in-household',
      {
        vi: `Hộ không có thành viên mã ${describeValue(memberId)}.`,
        en: `The household has no member ${describeValue(memberId)}.`,
      },
      [],
      household.id,
    );
  }
  const rule = resolved.standard.lowIncomeWorker;
  const checks = ruleChecks(rule, member, household, assessment);
  const reasons = checks.flatMap((check) => (check.reason ? [check.reason] : []));
  const status = checks.some((c) => c.status === 'no')
    ? 'no'
    : checks.some((c) => c.status === 'unknown')
      ? 'unknown'
      : 'yes';
  const applied = rule !== null && !('unpublished' in rule) ? rule : undefined;
  return {
    status,
    memberId,
    ...(household.id === undefined ? {} : { householdId: household.id }),
    standardId: assessment.standardId,
    on: assessment.on,
    reasons: status === 'yes' ? [] : reasons,
    notes: applied === undefined || status === 'no' ? [] : pastProgramme(applied, assessment),
    assessment,
    ...(applied === undefined ? {} : { basis: copyCitation(applied.basis) }),
  };
}
