import type { Assessment } from '../assess/types';
import type { Household } from '../household/types';
import { POOR, POOR_OR_NEAR_POOR } from '../status/timeline';
import { allOf, membershipOf, missingOf } from './conditions';
import { type TargetingContext, targetingContext } from './context';
import {
  ethnicMinorityHousehold,
  hasDisability,
  isWoman,
  newlyEscaped,
  someMember,
  statusIn,
} from './household-conditions';
import { resolveRules } from './resolve-rules';
import type {
  Condition,
  GroupMembership,
  HouseholdPriorityGroup,
  MemberGroups,
  PersonPriorityGroup,
  PriorityGroupId,
  PriorityGroups,
  TargetingRules,
} from './types';

/** Options of the targeting functions. */
export interface TargetingOptions {
  /** The rules to apply; by default {@link PROGRAMME_2021_2025}. */
  readonly rules?: TargetingRules;
}

function membership<G extends PriorityGroupId>(
  context: TargetingContext,
  group: G,
  conditions: readonly Condition[],
): GroupMembership<G> {
  const status = allOf(conditions.map((c) => c.status));
  return {
    group,
    status: membershipOf(status),
    conditions,
    missing: missingOf(status, conditions),
    basis: context.rules.groupBasis[group],
  };
}

/**
 * Finds a household's priority groups (nhóm đối tượng ưu tiên) and each member's: poor
 * ethnic-minority household, poor household with a person of merit, newly escaped household;
 * woman in a poor household, person with a disability in a poor or near-poor household. Each
 * finding says in, not in, or undetermined, with every condition, the facts that would decide, and
 * where the group is named.
 *
 * @remarks Legal basis: Thái Nguyên's Plan 85/KH-UBND of 2024 names the first three as its
 * priorities (grade N); people with disabilities and newly escaped households are among the
 * beneficiaries of Decision 90/QĐ-TTg (grade N). How an ethnic-minority household is told, the age
 * of a woman, the disability levels and the newly-escaped window are named parameters of the rules
 * (grade U), listed in {@link PROGRAMME_2021_2025}. The status is the assessment's: a household
 * whose assessment is undetermined between poor and near-poor is undetermined for the groups of
 * poor households, and the assessment's deciding facts are the facts that would decide.
 *
 * @param household - a household that `parseHousehold` accepted
 * @param assessment - the household's assessment
 * @param options - `rules`: the targeting rules, by default the programme 2021–2025's
 * @returns the household's groups and each member's, with the groups it is in for certain
 * @throws {@link VnPovertyError} `assessment-mismatch` when the assessment is not the household's,
 * `invalid-options` for rules of the wrong shape, `invalid-status-history` when the assessment is
 * dated before the household's previous status ended
 *
 * @example
 * ```ts
 * import { assessHousehold, assessPriorityGroups, parseHousehold } from 'vn-poverty';
 * const parsed = parseHousehold({
 *   id: 'HH-3', area: 'rural', income: { annualTotal: 30000000 },
 *   members: [
 *     { id: 'a', sex: 'female', birthDate: '1980', ethnicity: 'Mông', relation: 'head', meritorious: false, disability: 'none' },
 *     { id: 'b', sex: 'male', birthDate: '2012', ethnicity: 'Mông', relation: 'child', meritorious: false, disability: 'severe' },
 *   ],
 *   dwelling: { foundation: 'durable', walls: 'non-durable', roof: 'non-durable', floorAreaM2: 20 },
 *   water: 'surface-water', latrine: 'none', devices: [],
 * });
 * if (!parsed.success) throw new Error('invalid');
 * const groups = assessPriorityGroups(parsed.data, assessHousehold(parsed.data, { on: '2024-06-01' }));
 * groups.inGroups; //=> ['poor-ethnic-minority-household', 'woman-in-poor-household', 'person-with-disability-in-poor-or-near-poor-household']
 * groups.household.map((g) => g.status); //=> ['in', 'not-in', 'not-in']
 * ```
 */
export function assessPriorityGroups(
  household: Household,
  assessment: Assessment,
  options: TargetingOptions = {},
): PriorityGroups {
  const rules = resolveRules(options?.rules);
  const context = targetingContext(household, assessment, rules);
  const groups = rules.groupBasis;
  const poor = statusIn(context, 'household-poor', POOR, groups['poor-ethnic-minority-household']);
  const poorOrNearPoor = statusIn(
    context,
    'household-poor-or-near-poor',
    POOR_OR_NEAR_POOR,
    groups['person-with-disability-in-poor-or-near-poor-household'],
  );
  const householdGroups: GroupMembership<HouseholdPriorityGroup>[] = [
    membership(context, 'poor-ethnic-minority-household', [poor, ethnicMinorityHousehold(context)]),
    membership(context, 'poor-household-with-person-of-merit', [
      poor,
      someMember(
        context,
        'has-person-of-merit',
        'meritorious',
        groups['poor-household-with-person-of-merit'],
      ),
    ]),
    membership(context, 'newly-escaped-household', [
      newlyEscaped(context, groups['newly-escaped-household']),
    ]),
  ];
  const members: MemberGroups[] = context.members.map((facts) => ({
    memberId: facts.member.id,
    groups: [
      membership<PersonPriorityGroup>(context, 'woman-in-poor-household', [
        poor,
        isWoman(context, facts),
      ]),
      membership<PersonPriorityGroup>(
        context,
        'person-with-disability-in-poor-or-near-poor-household',
        [poorOrNearPoor, hasDisability(context, facts)],
      ),
    ],
  }));
  const all: GroupMembership[] = [...householdGroups, ...members.flatMap((m) => m.groups)];
  const inGroups = distinct(all.filter((g) => g.status === 'in').map((g) => g.group));
  const undeterminedGroups = distinct(
    all
      .filter((g) => g.status === 'undetermined' && !inGroups.includes(g.group))
      .map((g) => g.group),
  );
  return {
    ...(household.id === undefined ? {} : { householdId: household.id }),
    on: context.on,
    standardId: assessment.standardId,
    household: householdGroups,
    members,
    inGroups,
    undeterminedGroups,
  };
}

const distinct = <T>(values: readonly T[]): T[] => [...new Set(values)];
