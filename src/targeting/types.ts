import type { Disability, HousingSupportSource } from '../household/types';
import type { Message } from '../i18n/message';
import type { LegalCitation } from '../law/citation';
import type { Fraction } from '../standards/types';

/** A condition's answer, three-valued: `unknown` when a fact it needs is missing. */
export type ConditionStatus = 'met' | 'not-met' | 'unknown';

/**
 * The stable codes of the conditions that targeting tests. Listed in the guide "Targeting and
 * benefits"; a new code is a minor release (the union is open: handle codes you do not know).
 */
export type ConditionCode =
  | 'household-poor'
  | 'household-poor-or-near-poor'
  | 'household-poor-near-poor-or-newly-escaped'
  | 'household-newly-escaped'
  | 'ethnic-minority-household'
  | 'has-person-of-merit'
  | 'is-woman'
  | 'has-disability'
  | 'has-social-protection-beneficiary'
  | 'especially-hard-circumstances'
  | 'often-hit-by-disasters'
  | 'within-programme-period'
  | 'in-poor-district'
  | 'formed-long-enough-before'
  | 'housing-condition'
  | 'no-earlier-state-or-mass-organisation-support'
  | 'not-supported-by-other-programme'
  | 'child'
  | 'in-poor-district-or-coastal-border-island-commune'
  | 'pregnant-or-breastfeeding'
  | 'of-working-age'
  | 'low-income-worker'
  | 'accepted-proposer'
  | 'has-experienced-member'
  | 'beneficiary-share'
  | 'priority-share';

/** One condition tested, with its answer, the figures, the facts that would decide, and the law. */
export interface Condition {
  /** Stable code. */
  readonly code: ConditionCode;
  /** Met, not met, or unknown. */
  readonly status: ConditionStatus;
  /** Why, for people (Vietnamese first); not part of the contract. */
  readonly message: Message;
  /** The figures compared, when there are any. */
  readonly values?: Readonly<Record<string, number | string | boolean>>;
  /** Paths of the facts that would decide an unknown condition (`location.poorDistrict`). */
  readonly missing: readonly string[];
  /** Where the condition is set, with its evidence grade. */
  readonly basis: LegalCitation;
}

/** A priority group (nhóm ưu tiên) that a whole household is in. */
export type HouseholdPriorityGroup =
  | 'poor-ethnic-minority-household'
  | 'poor-household-with-person-of-merit'
  | 'newly-escaped-household';

/** A priority group that a person is in. */
export type PersonPriorityGroup =
  | 'woman-in-poor-household'
  | 'person-with-disability-in-poor-or-near-poor-household';

/** Any priority group. */
export type PriorityGroupId = HouseholdPriorityGroup | PersonPriorityGroup;

/** Whether a household or a person is in a group: `undetermined` when missing facts could tell. */
export type MembershipStatus = 'in' | 'not-in' | 'undetermined';

/** One group's finding. */
export interface GroupMembership<G extends PriorityGroupId = PriorityGroupId> {
  /** The group. */
  readonly group: G;
  /** In, not in, or undetermined. */
  readonly status: MembershipStatus;
  /** Each condition of the group, with its answer. */
  readonly conditions: readonly Condition[];
  /** When undetermined: the facts that would decide. */
  readonly missing: readonly string[];
  /** Where the group is named. */
  readonly basis: LegalCitation;
}

/** A member's person-level groups. */
export interface MemberGroups {
  /** The member's id. */
  readonly memberId: string;
  /** Each person-level group, in or not. */
  readonly groups: readonly GroupMembership<PersonPriorityGroup>[];
}

/** A household's and its members' priority groups, from its record and its assessment. */
export interface PriorityGroups {
  /** The household's id, when it has one. */
  readonly householdId?: string;
  /** The date of the assessment. */
  readonly on: string;
  /** The standard of the assessment. */
  readonly standardId: string;
  /** Each household-level group. */
  readonly household: readonly GroupMembership<HouseholdPriorityGroup>[];
  /** Each member's person-level groups, in the order of the register. */
  readonly members: readonly MemberGroups[];
  /** The groups the household or one of its members is in, for certain. */
  readonly inGroups: readonly PriorityGroupId[];
  /** The groups that missing facts leave undetermined (and that no member is in for certain). */
  readonly undeterminedGroups: readonly PriorityGroupId[];
}

/** Eligible, not eligible (a condition fails), or undetermined (missing facts could decide). */
export type EligibilityStatus = 'eligible' | 'not-eligible' | 'undetermined';

/** Project 5 (housing support, hỗ trợ nhà ở) for one household. */
export interface HousingEligibility {
  /** Always `housing`. */
  readonly project: 'housing';
  /** The household's id, when it has one. */
  readonly householdId?: string;
  /** The date of the assessment. */
  readonly on: string;
  /** The answer. */
  readonly status: EligibilityStatus;
  /** Every condition, with its answer, in the order of the rule. */
  readonly conditions: readonly Condition[];
  /** The codes of every condition not met: all of them, not only the first. */
  readonly failed: readonly ConditionCode[];
  /** When undetermined: the facts that would decide. */
  readonly missing: readonly string[];
  /** The central budget's caps per household, in đồng (the province sets the actual level). */
  readonly caps: HousingCaps;
  /** Where the caps are set. */
  readonly capsBasis: LegalCitation;
}

/** The central budget's support per household for Project 5, at most, in integer đồng. */
export interface HousingCaps {
  /** Building a new house. */
  readonly newHouse: number;
  /** Repairing a house. */
  readonly repair: number;
}

/** A range of days, both ends included, `YYYY-MM-DD`. */
export interface DateRange {
  /** The first day. */
  readonly from: string;
  /** The last day. */
  readonly until: string;
}

/** A way a person can be in a project (a child of a poor household, a low-income worker…). */
export type EligibilityRoute =
  | 'child-of-poor-near-poor-or-newly-escaped-household'
  | 'child-in-poor-district-or-coastal-border-island-commune'
  | 'pregnant-or-breastfeeding-woman-in-poor-district'
  | 'worker-of-poor-near-poor-or-newly-escaped-household'
  | 'low-income-worker';

/** One route's answer for one person. */
export interface RouteFinding {
  /** The route. */
  readonly route: EligibilityRoute;
  /** Eligible by this route, not, or undetermined. */
  readonly status: EligibilityStatus;
  /** Each condition of the route. */
  readonly conditions: readonly Condition[];
  /** When undetermined: the facts that would decide. */
  readonly missing: readonly string[];
  /** Where the route is set. */
  readonly basis: LegalCitation;
}

/** One person's eligibility: eligible by any route. */
export interface MemberEligibility {
  /** The member's id. */
  readonly memberId: string;
  /** Eligible when a route is; not eligible when none can be; undetermined otherwise. */
  readonly status: EligibilityStatus;
  /** Every route, with its answer. */
  readonly routes: readonly RouteFinding[];
}

/** A project whose beneficiaries are people: Project 3.2 (nutrition) or Project 4 (employment). */
export interface PersonEligibility<
  P extends 'nutrition' | 'employment' = 'nutrition' | 'employment',
> {
  /** The project. */
  readonly project: P;
  /** The household's id, when it has one. */
  readonly householdId?: string;
  /** The date of the assessment. */
  readonly on: string;
  /** Each member, in the order of the register. */
  readonly members: readonly MemberEligibility[];
  /** The members eligible for certain. */
  readonly eligibleMembers: readonly string[];
  /** The members whose eligibility missing facts leave undetermined. */
  readonly undeterminedMembers: readonly string[];
}

/**
 * How an ethnic-minority household (hộ dân tộc thiểu số) is told, a named parameter because the
 * texts found do not define it: by the head's ethnic group (`head`), the head's or the spouse's
 * (`head-or-spouse`), any member's (`any-member`), or a share of members at least `atLeast`.
 */
export type EthnicMinorityHouseholdRule =
  | {
      /** By the head's ethnic group. */
      readonly by: 'head';
    }
  | {
      /** By the head's or the spouse's ethnic group. */
      readonly by: 'head-or-spouse';
    }
  | {
      /** By any member's ethnic group. */
      readonly by: 'any-member';
    }
  | {
      /** By a share of members. */
      readonly by: 'share';
      /** The least share of members of an ethnic minority, compared exactly. */
      readonly atLeast: Fraction;
    };

/** A level of Project 5's priority order, from the first (highest) to the sixth. */
export type HousingPriorityLevel =
  | 'poor-ethnic-minority'
  | 'poor-with-person-of-merit'
  | 'with-social-protection-beneficiary'
  | 'especially-hard-circumstances'
  | 'often-hit-by-disasters'
  | 'other-poor-or-near-poor';

/** Who proposes a community production project (dự án hỗ trợ phát triển sản xuất cộng đồng). */
export type ProposerKind =
  | 'commune-certified-household-group'
  | 'cooperative-group'
  | 'represented-household-group'
  | 'other';

/** A status that makes a participating household count as a programme beneficiary. */
export type BeneficiaryStatus = 'poor' | 'near-poor' | 'newly-escaped';

/** A number with its legal basis: a parameter of the targeting rules. */
export interface Parameter<T> {
  /** The value. */
  readonly value: T;
  /** Where it comes from, with its grade (U where the library had to choose). */
  readonly basis: LegalCitation;
}

/**
 * The programme's targeting rules as data: every threshold and reading a named parameter with its
 * citation and grade, so that a correction is a data change and a caller can override one
 * (`{ ...PROGRAMME_2021_2025, womanMinimumAge: { value: 18, basis } }`) without forking.
 */
export interface TargetingRules {
  /** An id for results and reports. */
  readonly id: string;
  /** The title, in both languages. */
  readonly title: Message;
  /** The programme's legal basis. */
  readonly basis: LegalCitation;
  /** The first and last day of the programme's projects: eligibility outside them is not given. */
  readonly period: Parameter<DateRange>;
  /** How an ethnic-minority household is told. */
  readonly ethnicMinorityHousehold: Parameter<EthnicMinorityHouseholdRule>;
  /** The age from which a female member counts as a woman (phụ nữ), in completed years. */
  readonly womanMinimumAge: Parameter<number>;
  /** The disability levels that count as a disability. */
  readonly disabilityLevels: Parameter<readonly Disability[]>;
  /** The age from which a member is elderly (người cao tuổi), in completed years. */
  readonly elderlyFromAge: Parameter<number>;
  /** The reading that a monthly social allowance makes a social-protection beneficiary. */
  readonly socialProtectionBeneficiary: Parameter<'monthly-social-allowance'>;
  /** How long after leaving the list a household counts as newly escaped, in months. */
  readonly newlyEscapedMonths: Parameter<number>;
  /** Where each priority group is named. */
  readonly groupBasis: Readonly<Record<PriorityGroupId, LegalCitation>>;
  /** Project 5: housing support. */
  readonly housing: HousingRules;
  /** Project 3.2: children under this age, in completed years. */
  readonly nutritionChildUnderAge: Parameter<number>;
  /** Project 4: the youngest working age, in completed years. */
  readonly employmentMinimumAge: Parameter<number>;
  /** Community production projects. */
  readonly communityProject: CommunityProjectRules;
}

/** Project 5's rules. */
export interface HousingRules {
  /** The household must have been formed at least this many years before the programme began. */
  readonly formedYearsBefore: Parameter<number>;
  /** The housing condition: at least this many non-durable main structures… */
  readonly minimumNonDurableStructures: Parameter<number>;
  /** …or a floor area under this many m² per person. */
  readonly floorAreaPerPersonM2: Parameter<number>;
  /** Earlier support from these sources disqualifies (State or mass organisations). */
  readonly earlierSupportSources: Parameter<readonly HousingSupportSource[]>;
  /** Support from these other programmes excludes (the ethnic-minority programme and others). */
  readonly excludedProgrammes: Parameter<readonly HousingSupportSource[]>;
  /** The central budget's caps per household, in đồng. */
  readonly caps: Parameter<HousingCaps>;
  /** The priority order, first level first. */
  readonly priorityOrder: Parameter<readonly HousingPriorityLevel[]>;
}

/** The rules of community production projects. */
export interface CommunityProjectRules {
  /** Who may propose a project. */
  readonly proposers: Parameter<readonly ProposerKind[]>;
  /** The statuses that make a participating household a programme beneficiary. */
  readonly beneficiaryStatuses: Parameter<readonly BeneficiaryStatus[]>;
  /** At least this share of participating households must be beneficiaries. */
  readonly beneficiaryShareAtLeast: Parameter<Fraction>;
  /** A project is a priority when more than this share are priority participants. */
  readonly priorityShareAbove: Parameter<Fraction>;
}

import type { AssessedHousehold } from '../assess/types';

export type { AssessedHousehold };

/** A community production project as proposed: who proposes it and who takes part. */
export interface CommunityProject {
  /** Who proposes it; left out, the proposer condition is unknown. */
  readonly proposer?: ProposerKind;
  /** Whether a member is experienced in production or business; left out, unknown. */
  readonly hasExperiencedMember?: boolean;
  /** The participating households, each with its assessment and an id of its own. */
  readonly participants: readonly AssessedHousehold[];
}

/** How many participants count, exactly, against a share. */
export interface ShareCount {
  /** Participants that count for certain. */
  readonly count: number;
  /** Participants that missing facts leave open. */
  readonly undetermined: number;
  /** All participants. */
  readonly total: number;
  /** The share compared with. */
  readonly threshold: Fraction;
  /** `at-least` (≥) or `above` (>). */
  readonly comparison: 'at-least' | 'above';
}

/** One participating household: is it a beneficiary, and a priority participant? */
export interface ParticipantFinding {
  /** The household's id. */
  readonly householdId: string;
  /** A programme beneficiary (poor, near-poor or newly escaped by default). */
  readonly beneficiary: MembershipStatus;
  /**
   * A priority participant: poor, near-poor, newly escaped or ethnic-minority household, or with a
   * person of merit (women of poor households are in poor households).
   */
  readonly priority: MembershipStatus;
  /** The conditions tested. */
  readonly conditions: readonly Condition[];
}

/** Whether a community production project meets the rules, and whether it is a priority. */
export interface CommunityProjectAssessment {
  /** Eligible when every condition is met. */
  readonly status: EligibilityStatus;
  /** A priority project: more than the priority share of participants in priority groups. */
  readonly priority: 'priority' | 'not-priority' | 'undetermined';
  /** The project's conditions: proposer, experienced member, beneficiary share. */
  readonly conditions: readonly Condition[];
  /** The priority condition. */
  readonly priorityCondition: Condition;
  /** The beneficiary count against its share. */
  readonly beneficiaries: ShareCount;
  /** The priority count against its share. */
  readonly priorityParticipants: ShareCount;
  /** Each participant, in the order given. */
  readonly participants: readonly ParticipantFinding[];
  /**
   * When undetermined: the facts that would decide (participants' paths are prefixed,
   * `participants[3].location.poorDistrict`); the priority's are in `priorityCondition.missing`.
   */
  readonly missing: readonly string[];
}

/**
 * A tie-break inside one priority level (the law gives none, so the order is the caller's choice,
 * explicit and stable):
 *
 * - `worse-housing`: no house first, then more non-durable main structures, then less floor area
 *   per person (compared exactly);
 * - `lower-income-per-capita`: lower income per person first (compared exactly); households
 *   known only by a proxy score come after, lower score first;
 * - `more-deprivations`: more deprived indicators first;
 * - `more-members`: larger households first;
 * - `{ by: 'listed-order', ids }`: the order of a list the commune decided (a village meeting's
 *   vote), households not listed after the listed ones.
 *
 * After the chosen tie-breaks the household id (in code-unit order) always decides, so that the
 * same households always give the same order, whatever the order of the input.
 */
export type TieBreak =
  | 'worse-housing'
  | 'lower-income-per-capita'
  | 'more-deprivations'
  | 'more-members'
  | ListedOrder;

/** An order the commune decided: the listed households first, in the list's order. */
export interface ListedOrder {
  /** Always `listed-order`. */
  readonly by: 'listed-order';
  /** Household ids, first to support first. */
  readonly ids: readonly string[];
}

/** The name of a tie-break as results show it. */
export type TieBreakKey =
  | 'worse-housing'
  | 'lower-income-per-capita'
  | 'more-deprivations'
  | 'more-members'
  | 'listed-order'
  | 'household-id';

/** One tie-break's value for a household, as compared. */
export interface TieBreakValue {
  /** The tie-break. */
  readonly key: TieBreakKey;
  /** Its value, written exactly (`36000000/2 per year`, `2/3 non-durable; 7.5 m² for 1`). */
  readonly value: string | number;
}

/** One level of the priority order tested for a household. */
export interface LevelFinding {
  /** The level's number, 1 for the first. */
  readonly level: number;
  /** The level. */
  readonly levelId: HousingPriorityLevel;
  /** Whether the household is at this level. */
  readonly status: ConditionStatus;
  /** The level's conditions. */
  readonly conditions: readonly Condition[];
}

/** A household's place in the ranking for housing support, with why. */
export interface RankedHousehold {
  /** 1 for the first to support. */
  readonly rank: number;
  /** The household's id. */
  readonly householdId: string;
  /** Its priority level: the first level it meets (the number after the last level when none). */
  readonly level: number;
  /** That level, when it is one of the order's. */
  readonly levelId?: HousingPriorityLevel;
  /** The levels it may be at: more than one when missing facts could raise it. */
  readonly possibleLevels: readonly number[];
  /** Every level down to its own: why not higher, and why this one. */
  readonly levels: readonly LevelFinding[];
  /** The facts that could raise its level. */
  readonly missing: readonly string[];
  /** Its position in the tie-break order alone (all levels together), 1 for the first. */
  readonly tieBreakOrder: number;
  /** Its value for each tie-break, as compared. */
  readonly tieBreak: readonly TieBreakValue[];
}

/** A candidate that is not ranked, with its eligibility. */
export interface UnrankedHousehold {
  /** The household's id. */
  readonly householdId: string;
  /** Why: not eligible, or undetermined with the facts that would decide. */
  readonly eligibility: HousingEligibility;
  /** The levels it would be at if found eligible (for undetermined candidates). */
  readonly possibleLevels: readonly number[];
  /**
   * For an undetermined candidate: its position in the tie-break order alone, among ranked and
   * undetermined candidates (none for an ineligible one).
   */
  readonly tieBreakOrder?: number;
}

/** Candidates for Project 5 ranked for limited support. */
export interface HousingRanking {
  /** The rules applied. */
  readonly rulesId: string;
  /** The priority order applied, first level first. */
  readonly order: readonly HousingPriorityLevel[];
  /** The tie-breaks applied, ending with the household id. */
  readonly tieBreak: readonly TieBreakKey[];
  /** The eligible candidates, first to support first. */
  readonly ranked: readonly RankedHousehold[];
  /** The candidates whose eligibility missing facts leave open, in tie-break order. */
  readonly undetermined: readonly UnrankedHousehold[];
  /** The candidates not eligible, in the order given. */
  readonly ineligible: readonly UnrankedHousehold[];
}

/** A household in a what-if selection. */
export interface SelectedHousehold {
  /** The household's id. */
  readonly householdId: string;
  /** Its rank, when ranked. */
  readonly rank?: number;
  /** Its priority level, or the best it may have. */
  readonly level: number;
}

/** Who is supported within a number of houses, and who is first left out. */
export interface SupportSelection {
  /** The number of houses. */
  readonly houses: number;
  /** The supported households, in rank order. */
  readonly supported: readonly SelectedHousehold[];
  /** The first ranked household left out, when there is one. */
  readonly firstLeftOut?: SelectedHousehold;
  /** Houses left over when there are fewer eligible candidates than houses. */
  readonly housesLeft: number;
  /**
   * Households left out now that missing facts could bring in (a higher level, or eligibility),
   * with those facts: the selection is final only when this is empty.
   */
  readonly undecided: readonly UndecidedHousehold[];
}

/** A household left out that missing facts could bring in. */
export interface UndecidedHousehold extends SelectedHousehold {
  /** The facts that would decide. */
  readonly missing: readonly string[];
}
