import type { Assessment } from '../assess/types';
import type { Household } from '../household/types';
import type { MemberFacts } from '../indicators/context';
import { cite } from '../law/cite';
import type { Standard } from '../standards/types';
import type { TargetingOptions } from './assess-priority-groups';
import { type TargetingContext, targetingContext } from './context';
import {
  isOfWorkingAgeCondition,
  poorNearPoorOrNewlyEscaped,
  withinProgrammePeriod,
} from './household-conditions';
import { lowIncomeWorker } from './low-income-worker';
import { personEligibility, route } from './person-eligibility';
import { resolveRules } from './resolve-rules';
import type { Condition, PersonEligibility } from './types';

/** Options of {@link assessEmploymentEligibility}. */
export interface EmploymentOptions extends TargetingOptions {
  /**
   * The standard of the assessment, for the low-income worker test; by default the national one
   * of the assessment's `standardId` (pass it for a provincial standard).
   */
  readonly standard?: Standard;
}

const DECREE_30 = cite('decree', '30/2025/NĐ-CP', undefined, 'L');

/** What would decide each of the low-income worker test's open questions, as paths. */
function lowIncomeMissing(
  code: string,
  context: TargetingContext,
  facts: MemberFacts,
): readonly string[] {
  switch (code) {
    case 'work-missing':
      return [`members[${facts.index}].work`];
    case 'household-category-undetermined':
      return context.decidingFacts;
    case 'actual-income-needed':
      return ['income'];
    case 'low-income-worker-rule-unpublished':
      return ['standard.lowIncomeWorker'];
    default:
      return [`members[${facts.index}]`];
  }
}

function lowIncomeWorkerCondition(
  context: TargetingContext,
  facts: MemberFacts,
  standard: Standard | undefined,
): Condition {
  const result = lowIncomeWorker(context.household, facts.member, context.assessment, standard);
  const status = result.status === 'yes' ? 'met' : result.status === 'no' ? 'not-met' : 'unknown';
  const messages = result.reasons.map((reason) => reason.message);
  return context.condition('low-income-worker', status, DECREE_30, {
    ...(messages.length === 0
      ? {}
      : {
          detail: {
            vi: messages.map((m) => m.vi.replace(/\.$/, '')).join('; '),
            en: messages.map((m) => m.en.replace(/\.$/, '')).join('; '),
          },
        }),
    missing: result.reasons.flatMap((reason) => lowIncomeMissing(reason.code, context, facts)),
    values: { reasons: result.reasons.map((reason) => reason.code).join(',') },
  });
}

/**
 * Which members are beneficiaries of Project 4, vocational training and sustainable employment
 * (giáo dục nghề nghiệp, việc làm bền vững), on the date of the household's assessment: workers of
 * poor, near-poor and newly escaped households, and low-income workers.
 *
 * @remarks Legal basis: Decision 90/QĐ-TTg, Project 4 (grade N; "workers" read as members of
 * working age, from 15 to the statutory retirement age, grade U); low-income workers under Decree
 * 30/2025/NĐ-CP (grade L), tested by {@link assessLowIncomeWorker}.
 *
 * @param household - a household that `parseHousehold` accepted
 * @param assessment - the household's assessment, whose date is the date of the answer
 * @param options - `rules`: the targeting rules; `standard`: the assessment's standard, needed
 * when it is not a national one
 * @returns each member's routes and answer, and the eligible and undetermined members
 * @throws {@link VnPovertyError} `assessment-mismatch` when the assessment is not the household's,
 * `invalid-options` for rules of the wrong shape, `unknown-standard` for an assessment made under a
 * provincial standard that is not passed in `standard`
 *
 * @example
 * ```ts
 * import { assessEmploymentEligibility, assessHousehold, parseHousehold } from 'vn-poverty';
 * const parsed = parseHousehold({
 *   id: 'HH-4', area: 'rural', income: { annualTotal: 54000000 }, // 2,250,000 a month each
 *   members: [
 *     { id: 'a', sex: 'male', birthDate: '1990-05-01', ethnicity: 'Kinh', work: 'self-employed', healthInsurance: true },
 *     { id: 'b', sex: 'female', birthDate: '1950-01-01', ethnicity: 'Kinh', work: 'not-in-labour-force', healthInsurance: true },
 *   ],
 *   dwelling: { foundation: 'durable', walls: 'durable', roof: 'durable', floorAreaM2: 40 },
 *   water: 'piped', latrine: 'septic', devices: ['smartphone'],
 *   previous: { category: 'middle', policyYear: 2021, since: '2018-01-01' },
 * });
 * if (!parsed.success) throw new Error('invalid');
 * const result = assessEmploymentEligibility(parsed.data, assessHousehold(parsed.data, { on: '2025-06-01' }));
 * result.eligibleMembers; //=> ['a']
 * result.members[1]?.status; //=> 'not-eligible'
 * ```
 */
export function assessEmploymentEligibility(
  household: Household,
  assessment: Assessment,
  options: EmploymentOptions = {},
): PersonEligibility<'employment'> {
  const rules = resolveRules(options?.rules);
  const context = targetingContext(household, assessment, rules);
  const basis = rules.employmentMinimumAge.basis;
  const period = withinProgrammePeriod(context);
  const status = poorNearPoorOrNewlyEscaped(context, basis);
  return personEligibility('employment', context, (facts) => [
    route(
      'worker-of-poor-near-poor-or-newly-escaped-household',
      [period, isOfWorkingAgeCondition(context, facts), status],
      basis,
    ),
    route(
      'low-income-worker',
      [period, lowIncomeWorkerCondition(context, facts, options?.standard)],
      DECREE_30,
    ),
  ]);
}
