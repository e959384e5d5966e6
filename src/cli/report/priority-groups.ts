import {
  type AssessedHousehold,
  assessPriorityGroups,
  type Condition,
  type ConditionCode,
  type GroupKey,
  type GroupMembership,
  type LegalCitation,
  type Message,
  PROGRAMME_2021_2025,
  type TargetingRules,
  VnPovertyError,
} from '../../index';
import type { ReportPriorityGroupId } from './types';

// The plan's three priority groups, told by the library's targeting rules (assessPriorityGroups):
// the report groups households by the conditions that do not depend on poverty (an
// ethnic-minority household, a person of merit, a woman), and counts the poor among them with
// summarize, so that each group comes with its bounds and the population it is drawn from.

/** What the report counts for one household: its keys for the priority groups. */
export interface PriorityFacts {
  /** Whether it is an ethnic-minority household; `null` when the facts do not say. */
  readonly ethnicMinority: GroupKey;
  /** Whether a member is a person of merit; `null` when the facts do not say. */
  readonly personOfMerit: GroupKey;
  /** Its women, as the rules tell them. */
  readonly women: number;
  /** Members for whom the facts leave open whether they count as women. */
  readonly womenUnknown: number;
}

const UNKNOWN: PriorityFacts = Object.freeze({
  ethnicMinority: null,
  personOfMerit: null,
  women: 0,
  womenUnknown: 0,
});

const key = (condition: Condition | undefined): GroupKey =>
  condition === undefined || condition.status === 'unknown' ? null : condition.status === 'met';

const conditionOf = (membership: GroupMembership | undefined, code: ConditionCode) =>
  membership?.conditions.find((condition) => condition.code === code);

/**
 * The household's keys for the plan's priority groups. A household whose groups the rules refuse
 * to tell (a status history that ends after its assessment) has every key unknown: it stays in
 * every other figure.
 */
export function priorityFacts(item: AssessedHousehold, rules: TargetingRules): PriorityFacts {
  let groups: ReturnType<typeof assessPriorityGroups>;
  try {
    groups = assessPriorityGroups(item.household, item.assessment, { rules });
  } catch (error) {
    if (error instanceof VnPovertyError) return UNKNOWN;
    throw error;
  }
  const household = (id: string) => groups.household.find((membership) => membership.group === id);
  let women = 0;
  let womenUnknown = 0;
  for (const member of groups.members) {
    const woman = member.groups.find(
      (membership) => membership.group === 'woman-in-poor-household',
    );
    const status = conditionOf(woman, 'is-woman')?.status;
    if (status === 'met') women++;
    else if (status === 'unknown') womenUnknown++;
  }
  return {
    ethnicMinority: key(
      conditionOf(household('poor-ethnic-minority-household'), 'ethnic-minority-household'),
    ),
    personOfMerit: key(
      conditionOf(household('poor-household-with-person-of-merit'), 'has-person-of-merit'),
    ),
    women,
    womenUnknown,
  };
}

/** A group's name, how the rules tell it, and where it is named. */
export interface PriorityGroupText {
  readonly label: Message;
  readonly reading: Message;
  readonly basis: LegalCitation;
}

const LABELS: Readonly<Record<ReportPriorityGroupId, Message>> = {
  'poor-ethnic-minority-household': {
    vi: 'Hộ nghèo dân tộc thiểu số',
    en: 'Poor ethnic-minority households',
  },
  'poor-household-with-person-of-merit': {
    vi: 'Hộ nghèo có thành viên là người có công với cách mạng',
    en: 'Poor households with a person of merit to the revolution',
  },
  'woman-in-poor-household': { vi: 'Phụ nữ thuộc hộ nghèo', en: 'Women in poor households' },
};

function ethnicReading(rules: TargetingRules): Message {
  return rules.ethnicMinorityHousehold.value.by === 'head'
    ? {
        vi: 'hộ có chủ hộ là người dân tộc thiểu số',
        en: 'households whose head is of an ethnic minority',
      }
    : {
        vi: 'hộ có chủ hộ hoặc vợ, chồng của chủ hộ là người dân tộc thiểu số',
        en: 'households whose head or the head’s spouse is of an ethnic minority',
      };
}

/** Each group's name, reading and basis under the rules. */
export function priorityGroupTexts(
  rules: TargetingRules,
): Readonly<Record<ReportPriorityGroupId, PriorityGroupText>> {
  const age = rules.womanMinimumAge.value;
  return {
    'poor-ethnic-minority-household': {
      label: LABELS['poor-ethnic-minority-household'],
      reading: ethnicReading(rules),
      basis: rules.groupBasis['poor-ethnic-minority-household'],
    },
    'poor-household-with-person-of-merit': {
      label: LABELS['poor-household-with-person-of-merit'],
      reading: {
        vi: 'hộ có ít nhất một thành viên là người có công với cách mạng',
        en: 'households with at least one member who is a person of merit',
      },
      basis: rules.groupBasis['poor-household-with-person-of-merit'],
    },
    'woman-in-poor-household': {
      label: LABELS['woman-in-poor-household'],
      reading: {
        vi: `thành viên nữ từ đủ ${age} tuổi trở lên vào ngày đánh giá`,
        en: `female members aged ${age} or more on the reference date`,
      },
      basis: rules.groupBasis['woman-in-poor-household'],
    },
  };
}

/** The note the report prints under the priority groups. */
export function priorityGroupsNote(rules: TargetingRules): Message {
  return {
    vi: `Nhóm ưu tiên theo quy tắc "${rules.title.vi}" của thư viện (assessPriorityGroups); cách xác định hộ dân tộc thiểu số và tuổi của phụ nữ là tham số của quy tắc (mức tin cậy ${rules.ethnicMinorityHousehold.basis.grade}, ${rules.womanMinimumAge.basis.grade}).`,
    en: `Priority groups under the library's rules "${rules.title.en}" (assessPriorityGroups); how an ethnic-minority household and a woman are told are parameters of the rules (grades ${rules.ethnicMinorityHousehold.basis.grade}, ${rules.womanMinimumAge.basis.grade}).`,
  };
}

/** The rules the report uses unless told otherwise. */
export const DEFAULT_TARGETING_RULES: TargetingRules = PROGRAMME_2021_2025;
