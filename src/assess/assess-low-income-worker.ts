import { completedMonths } from '../dates/age';
import { splitDate, splitFullDate } from '../dates/calendar';
import { isOfWorkingAge } from '../dates/retirement';
import { VnPovertyError } from '../errors';
import type { Household, Member, Work } from '../household/types';
import { getStandard } from '../standards/get-standard';
import type { IncomeLine, LowIncomeWorkerRule, Standard } from '../standards/types';
import type { Assessment, Reason } from './types';

/** Three-valued, like the indicators: `unknown` when a needed fact is missing. */
export type LowIncomeWorkerStatus = 'yes' | 'no' | 'unknown';

/** Whether a member is a low-income worker, and why. */
export interface LowIncomeWorkerResult {
  /** The answer. */
  readonly status: LowIncomeWorkerStatus;
  /** Each condition that failed or could not be checked; empty for `yes`. */
  readonly reasons: readonly Reason[];
}

const WORKING: readonly Work[] = [
  'wage-with-contract',
  'wage-without-contract',
  'self-employed',
  'unpaid-family-work',
];

type Check = { status: LowIncomeWorkerStatus; reason?: Reason };

const yes: Check = { status: 'yes' };
const fail = (status: 'no' | 'unknown', code: string, vi: string, en: string): Check => ({
  status,
  reason: { code, message: { vi, en } },
});

function isWorker(member: Member, rule: LowIncomeWorkerRule, on: string): Check {
  const birth = splitDate(member.birthDate);
  const ageMonths = completedMonths(birth, splitFullDate(on));
  if (!isOfWorkingAge(member.sex, birth.year, birth.month ?? 1, ageMonths, rule.minimumAge)) {
    return fail(
      'no',
      'not-of-working-age',
      'Thành viên không trong độ tuổi lao động.',
      'The member is not of working age.',
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
  return WORKING.includes(member.work)
    ? yes
    : fail('no', 'member-without-work', 'Thành viên không có việc làm.', 'The member has no work.');
}

function householdNotPoor(assessment: Assessment): Check {
  const poorish = assessment.possibleCategories.filter(
    (c) => c === 'poor' || c === 'near-poor',
  ).length;
  if (poorish === 0) return yes;
  return poorish === assessment.possibleCategories.length
    ? fail(
        'no',
        'household-poor-or-near-poor',
        'Hộ là hộ nghèo hoặc cận nghèo.',
        'The household is poor or near-poor.',
      )
    : fail(
        'unknown',
        'household-category-undetermined',
        'Chưa xác định được hộ có nghèo hay cận nghèo không.',
        'Whether the household is poor or near-poor is undetermined.',
      );
}

function incomeWithinLine(assessment: Assessment, line: IncomeLine): Check {
  const { income } = assessment;
  const annualLine = line.per === 'month' ? line.amount * 12 : line.amount;
  let within: boolean;
  if (income.annualTotal !== undefined)
    within = income.annualTotal <= annualLine * income.memberCount;
  else if (income.form === 'monthly-per-capita' && income.monthlyPerCapita !== undefined)
    within = income.monthlyPerCapita * 12 <= annualLine;
  else
    return fail(
      'unknown',
      'actual-income-needed',
      'Cần thu nhập thực tế (không dùng điểm A).',
      'Actual income is needed, not a proxy score.',
    );
  return within
    ? yes
    : fail(
        'no',
        'income-above-low-income-line',
        'Thu nhập bình quân vượt mức thu nhập thấp.',
        'Income per capita is above the low-income line.',
      );
}

/**
 * Whether a member is a low-income worker (người lao động có thu nhập thấp), three-valued with
 * reasons: a member of working age who has work, in a household that is neither poor nor
 * near-poor, whose monthly income per capita is at most the rule's line (2,250,000 rural,
 * 3,000,000 urban), compared exactly.
 *
 * @remarks Legal basis: Decree 30/2025/NĐ-CP (amending Decree 07/2021/NĐ-CP), from 24 Feb 2025;
 * grade L/S. A person-level predicate with no deprivation test. Under `qd59-2015` there is no
 * such rule (`no`); under `nd351-2025` whether it carries over is not known (`unknown`).
 *
 * @param member - one of the household's members
 * @param household - the household
 * @param assessment - the household's assessment
 * @param standard - the standard of the assessment; by default the national one of that id
 * @returns the answer and the reasons
 * @throws {@link VnPovertyError} `member-not-in-household` when the member is not in the household
 *
 * @example
 * ```ts
 * import { assessHousehold, assessLowIncomeWorker, parseHousehold } from 'vn-poverty';
 * const parsed = parseHousehold({
 *   area: 'rural',
 *   income: { monthlyPerCapita: 2250000 },
 *   members: [{ id: 'a', sex: 'male', birthDate: '1990-05-01', ethnicity: 'Kinh', work: 'self-employed' }],
 *   dwelling: { foundation: 'durable', walls: 'durable', roof: 'durable', floorAreaM2: 30 },
 *   water: 'piped', latrine: 'septic', devices: [],
 * });
 * if (!parsed.success) throw new Error('invalid');
 * const member = parsed.data.members[0];
 * if (member === undefined) throw new Error('no member');
 * const assessment = assessHousehold(parsed.data, { on: '2025-03-01' });
 * assessLowIncomeWorker(member, parsed.data, assessment).status; //=> 'yes'
 * const before = assessHousehold(parsed.data, { on: '2025-02-23' });
 * assessLowIncomeWorker(member, parsed.data, before).status; //=> 'no'
 * ```
 */
export function assessLowIncomeWorker(
  member: Member,
  household: Household,
  assessment: Assessment,
  standard: Standard = getStandard(assessment.standardId),
): LowIncomeWorkerResult {
  if (!household.members.some((candidate) => candidate.id === member.id)) {
    throw new VnPovertyError('member-not-in-household', {
      vi: `Thành viên "${member.id}" không thuộc hộ này.`,
      en: `Member "${member.id}" is not in this household.`,
    });
  }
  const rule = standard.lowIncomeWorker;
  if (rule === null) {
    return result([
      fail(
        'no',
        'no-low-income-worker-rule',
        `Chuẩn ${standard.id} không có quy định về người lao động có thu nhập thấp.`,
        `Standard ${standard.id} has no low-income worker rule.`,
      ),
    ]);
  }
  if ('unpublished' in rule) {
    return result([
      fail(
        'unknown',
        'low-income-worker-rule-unpublished',
        'Quy định về người lao động có thu nhập thấp cho giai đoạn này chưa được công bố.',
        rule.note,
      ),
    ]);
  }
  if (assessment.on < rule.effectiveFrom) {
    return result([
      fail(
        'no',
        'rule-not-yet-in-force',
        `Quy định áp dụng từ ${rule.effectiveFrom}.`,
        `The rule applies from ${rule.effectiveFrom}.`,
      ),
    ]);
  }
  const line = rule.lines[household.area];
  return result([
    isWorker(member, rule, assessment.on),
    householdNotPoor(assessment),
    incomeWithinLine(assessment, line),
  ]);
}

function result(checks: readonly Check[]): LowIncomeWorkerResult {
  const reasons = checks.flatMap((check) => (check.reason ? [check.reason] : []));
  const status = checks.some((c) => c.status === 'no')
    ? 'no'
    : checks.some((c) => c.status === 'unknown')
      ? 'unknown'
      : 'yes';
  return { status, reasons: status === 'yes' ? [] : reasons };
}
