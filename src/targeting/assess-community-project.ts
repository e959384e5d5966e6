import type { LegalCitation } from '../law/citation';
import type { Fraction } from '../standards/types';
import { NEAR_POOR, POOR } from '../status/timeline';
import type { TargetingOptions } from './assess-priority-groups';
import { checkAssessedList, inputIssue, invalidInput } from './check-list';
import {
  allOf,
  anyOf,
  ConditionMemo,
  condition,
  eligibilityOf,
  membershipOf,
  missingOf,
} from './conditions';
import { type TargetingContext, targetingContext } from './context';
import {
  ethnicMinorityHousehold,
  newlyEscaped,
  poorNearPoorOrNewlyEscaped,
  someMember,
  statusIn,
} from './household-conditions';
import { resolveRules } from './resolve-rules';
import type {
  BeneficiaryStatus,
  CommunityProject,
  CommunityProjectAssessment,
  Condition,
  ConditionStatus,
  MembershipStatus,
  Parameter,
  ParticipantFinding,
  ShareCount,
  TargetingRules,
} from './types';
import { PROPOSER_KINDS } from './values';

const PROPOSERS: ReadonlySet<string> = new Set(PROPOSER_KINDS);

function checkProject(project: unknown): void {
  if (project === null || typeof project !== 'object') {
    throw invalidInput([
      inputIssue(
        'project',
        'invalid-type',
        'Dự án phải là một đối tượng.',
        'The project must be an object.',
      ),
    ]);
  }
  const { proposer, hasExperiencedMember } = project as Record<string, unknown>;
  const issues = [];
  if (proposer !== undefined && (typeof proposer !== 'string' || !PROPOSERS.has(proposer))) {
    issues.push(
      inputIssue(
        'proposer',
        'invalid-value',
        `Bên đề xuất phải là một trong: ${[...PROPOSERS].join(', ')}.`,
        `The proposer must be one of: ${[...PROPOSERS].join(', ')}.`,
      ),
    );
  }
  if (hasExperiencedMember !== undefined && typeof hasExperiencedMember !== 'boolean') {
    issues.push(
      inputIssue(
        'hasExperiencedMember',
        'invalid-type',
        'Phải là true hoặc false.',
        'It must be true or false.',
      ),
    );
  }
  if (issues.length > 0) throw invalidInput(issues);
}

const PRIORITY: Readonly<Record<ConditionStatus, CommunityProjectAssessment['priority']>> = {
  met: 'priority',
  'not-met': 'not-priority',
  unknown: 'undetermined',
};

/** The status bits that each beneficiary status stands for (newly escaped is tested apart). */
const BENEFICIARY_BITS: Readonly<Record<BeneficiaryStatus, number>> = {
  poor: POOR,
  'near-poor': NEAR_POOR,
  'newly-escaped': 0,
};

/** A participant is a beneficiary when it has one of the statuses the rules list. */
function beneficiary(
  context: TargetingContext,
  { value: statuses, basis }: Parameter<readonly BeneficiaryStatus[]>,
): Condition {
  const wanted = statuses.reduce((bits, status) => bits | BENEFICIARY_BITS[status], 0);
  const parts: Condition[] = [];
  if (wanted !== 0) parts.push(statusIn(context, 'household-poor-or-near-poor', wanted, basis));
  if (statuses.includes('newly-escaped')) parts.push(newlyEscaped(context, basis));
  const status = anyOf(parts.map((part) => part.status));
  // Made afresh, not shared: its detail is its parts' messages, which its values do not carry.
  return condition('household-poor-near-poor-or-newly-escaped', status, basis, {
    detail: {
      vi: parts.map((part) => part.message.vi.replace(/\.$/, '')).join('; '),
      en: parts.map((part) => part.message.en.replace(/\.$/, '')).join('; '),
    },
    missing: parts.flatMap((part) => part.missing),
  });
}

/**
 * A participant in a priority group: poor, near-poor or newly escaped, an ethnic-minority
 * household, or with a person of merit (women of poor households are in poor households).
 */
function priorityParts(context: TargetingContext, basis: LegalCitation): Condition[] {
  return [
    poorNearPoorOrNewlyEscaped(context, basis),
    ethnicMinorityHousehold(context),
    someMember(context, 'has-person-of-merit', 'meritorious', basis),
  ];
}

function participantFinding(
  context: TargetingContext,
  community: TargetingRules['communityProject'],
): ParticipantFinding {
  const isBeneficiary = beneficiary(context, community.beneficiaryStatuses);
  const priority = priorityParts(context, community.priorityShareAbove.basis);
  return {
    householdId: context.household.id as string,
    beneficiary: membershipOf(isBeneficiary.status),
    priority: membershipOf(anyOf(priority.map((part) => part.status))),
    conditions: [isBeneficiary, ...priority],
  };
}

/** The facts that would decide the undetermined participants, each prefixed with its place. */
function participantsMissing(
  findings: readonly ParticipantFinding[],
  kind: 'beneficiary' | 'priority',
): string[] {
  return findings.flatMap((finding, index) => {
    if (finding[kind] !== 'undetermined') return [];
    const relevant =
      kind === 'beneficiary' ? finding.conditions.slice(0, 1) : finding.conditions.slice(1);
    return relevant.flatMap((c) => c.missing).map((path) => `participants[${index}].${path}`);
  });
}

/** Counts `statuses` against a share, exactly: `count × denominator` against `numerator × total`. */
function share(
  statuses: readonly MembershipStatus[],
  threshold: Fraction,
  comparison: 'at-least' | 'above',
): { count: ShareCount; status: ConditionStatus } {
  const count = statuses.filter((s) => s === 'in').length;
  const undetermined = statuses.filter((s) => s === 'undetermined').length;
  const total = statuses.length;
  const passes = (n: number) => {
    const left = n * threshold.denominator;
    const right = threshold.numerator * total;
    return comparison === 'at-least' ? left >= right : left > right;
  };
  const status: ConditionStatus = passes(count)
    ? 'met'
    : passes(count + undetermined)
      ? 'unknown'
      : 'not-met';
  return { count: { count, undetermined, total, threshold, comparison }, status };
}

function shareDetail(count: ShareCount): { vi: string; en: string } {
  const { numerator, denominator } = count.threshold;
  const sign = count.comparison === 'at-least' ? '≥' : '>';
  const open = count.undetermined > 0 ? `, ${count.undetermined} chưa xác định` : '';
  const openEn = count.undetermined > 0 ? `, ${count.undetermined} undetermined` : '';
  return {
    vi: `${count.count}/${count.total} hộ${open}; cần ${sign} ${numerator}/${denominator}`,
    en: `${count.count} of ${count.total} households${openEn}; ${sign} ${numerator}/${denominator} needed`,
  };
}

/**
 * Whether a community production project (dự án hỗ trợ phát triển sản xuất cộng đồng) meets the
 * programme's rules: an accepted proposer with a member experienced in production, at least half
 * of the participating households programme beneficiaries; and whether it is a priority project,
 * with more than 70% of participants poor, near-poor, newly escaped or ethnic-minority households,
 * people of merit or women of poor households.
 *
 * @remarks Legal basis: Decree 27/2022/NĐ-CP as amended by Decree 38/2023/NĐ-CP (grades S/N).
 * Shares are compared exactly in integers (`count × 2 ≥ total`, `count × 10 > 7 × total`).
 * Participants whose facts are missing are counted both ways: the answer is decided when both
 * counts agree, and undetermined otherwise, with the facts that would decide (prefixed with the
 * participant, `participants[3].location.poorDistrict`). The beneficiary statuses and both shares
 * are named parameters of the rules.
 *
 * @param project - the proposer, whether a member is experienced, and the participating households
 * (each with its assessment and its own id)
 * @param options - `rules`: the targeting rules, by default the programme 2021–2025's
 * @returns the answer, the priority, the counts and each participant's finding
 * @throws {@link VnPovertyError} `invalid-targeting-input` for no participants, more than
 * 1,000,000, a missing or repeated household id, or a proposer not in the list;
 * `assessment-mismatch` when an assessment is not its household's
 *
 * @example
 * ```ts
 * import { assessCommunityProject, assessHousehold, parseHousehold } from 'vn-poverty';
 * const participant = (id: string, annualTotal: number) => {
 *   const parsed = parseHousehold({
 *     id, area: 'rural', income: { annualTotal },
 *     members: [{ id: 'a', sex: 'female', birthDate: '1980', ethnicity: 'Kinh', relation: 'head', meritorious: false }],
 *     dwelling: { foundation: 'durable', walls: 'durable', roof: 'durable', floorAreaM2: 30 },
 *     water: 'piped', latrine: 'septic', devices: ['television'],
 *     previous: { category: 'middle', policyYear: 2020, since: '2019-01-01' },
 *   });
 *   if (!parsed.success) throw new Error('invalid');
 *   return { household: parsed.data, assessment: assessHousehold(parsed.data, { on: '2024-06-01' }) };
 * };
 * // Two poor households (12,000,000 a year) and two above the lines (60,000,000).
 * const result = assessCommunityProject({
 *   proposer: 'cooperative-group',
 *   hasExperiencedMember: true,
 *   participants: [participant('P1', 12000000), participant('P2', 12000000), participant('P3', 60000000), participant('P4', 60000000)],
 * });
 * result.status; //=> 'eligible'
 * result.beneficiaries.count; //=> 2
 * result.priority; //=> 'not-priority'
 * ```
 */
export function assessCommunityProject(
  project: CommunityProject,
  options: TargetingOptions = {},
): CommunityProjectAssessment {
  checkProject(project);
  const participants = checkAssessedList(project.participants, 'participants');
  const rules = resolveRules(options?.rules);
  const community = rules.communityProject;
  const memo = new ConditionMemo();
  const findings = participants.map(({ household, assessment }) =>
    participantFinding(targetingContext(household, assessment, rules, memo), community),
  );
  const beneficiaries = share(
    findings.map((f) => f.beneficiary),
    community.beneficiaryShareAtLeast.value,
    'at-least',
  );
  const priorities = share(
    findings.map((f) => f.priority),
    community.priorityShareAbove.value,
    'above',
  );
  const conditions: Condition[] = [
    condition(
      'accepted-proposer',
      project.proposer === undefined
        ? 'unknown'
        : community.proposers.value.includes(project.proposer)
          ? 'met'
          : 'not-met',
      community.proposers.basis,
      {
        missing: ['proposer'],
        ...(project.proposer === undefined ? {} : { values: { proposer: project.proposer } }),
      },
    ),
    condition(
      'has-experienced-member',
      project.hasExperiencedMember === undefined
        ? 'unknown'
        : project.hasExperiencedMember
          ? 'met'
          : 'not-met',
      community.proposers.basis,
      { missing: ['hasExperiencedMember'] },
    ),
    condition('beneficiary-share', beneficiaries.status, community.beneficiaryShareAtLeast.basis, {
      detail: shareDetail(beneficiaries.count),
      missing: participantsMissing(findings, 'beneficiary'),
      values: {
        count: beneficiaries.count.count,
        undetermined: beneficiaries.count.undetermined,
        total: beneficiaries.count.total,
      },
    }),
  ];
  const priorityCondition = condition(
    'priority-share',
    priorities.status,
    community.priorityShareAbove.basis,
    {
      detail: shareDetail(priorities.count),
      missing: participantsMissing(findings, 'priority'),
      values: {
        count: priorities.count.count,
        undetermined: priorities.count.undetermined,
        total: priorities.count.total,
      },
    },
  );
  const status = allOf(conditions.map((c) => c.status));
  return {
    status: eligibilityOf(status),
    priority: PRIORITY[priorities.status],
    conditions,
    priorityCondition,
    beneficiaries: beneficiaries.count,
    priorityParticipants: priorities.count,
    participants: findings,
    missing: missingOf(status, conditions),
  };
}
