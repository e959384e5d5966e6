import type { AssessedHousehold, GroupKey, LegalCitation, Message } from '../../index';
import type { ReportPriorityGroupId } from './types';

// The library's targeting module (assessPriorityGroups) is not on main yet. Until it is, the
// report tells the plan's groups by these key functions over the household facts, with the
// readings the targeting branch makes (grade U there): an ethnic-minority household is one whose
// head is of a group other than Kinh; a woman is a female member aged 16 or more. This file is
// the one place to switch over to assessPriorityGroups' conditions.

/** Where the three groups are named: Thái Nguyên's Plan 85/KH-UBND of 2024 (grade N). */
const PLAN_85: LegalCitation = Object.freeze({ kind: 'plan', number: '85/KH-UBND', grade: 'N' });

/** What the report counts for one household: its keys for the priority groups. */
export interface PriorityFacts {
  /** Whether it is an ethnic-minority household; `null` when the facts do not say. */
  readonly ethnicMinority: GroupKey;
  /** Whether a member is a person of merit; `null` when some member's fact is missing. */
  readonly personOfMerit: GroupKey;
  /** Women (female members surely aged 16 or more on the reference date). */
  readonly women: number;
  /** Female members whose birth date leaves it open whether they are 16 yet. */
  readonly womenUnknown: number;
}

const WOMAN_MINIMUM_AGE = 16;

function ethnicMinority({ household }: AssessedHousehold): GroupKey {
  const head = household.members.find((member) => member.relation === 'head');
  if (head !== undefined) return head.ethnicity !== 'Kinh';
  // No head named: decided only when every member tells the same.
  const minority = household.members.map((member) => member.ethnicity !== 'Kinh');
  return minority.every(Boolean) ? true : minority.some(Boolean) ? null : false;
}

function personOfMerit({ household }: AssessedHousehold): GroupKey {
  const flags = household.members.map((member) => member.meritorious);
  if (flags.includes(true)) return true;
  return flags.includes(undefined) ? null : false;
}

/** The earliest day a birth date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) can stand for. */
const earliestDay = (birthDate: string): string =>
  birthDate.length === 4
    ? `${birthDate}-01-01`
    : birthDate.length === 7
      ? `${birthDate}-01`
      : birthDate;

/** The latest day it can stand for (`-31` compares right with every day of the month). */
const latestDay = (birthDate: string): string =>
  birthDate.length === 4
    ? `${birthDate}-12-31`
    : birthDate.length === 7
      ? `${birthDate}-31`
      : birthDate;

/** The last birth day of a woman on `on`: 16 years before it (ISO dates compare as text). */
function bornBy(on: string): string {
  const year = Number(on.slice(0, 4)) - WOMAN_MINIMUM_AGE;
  return `${String(year).padStart(4, '0')}${on.slice(4)}`;
}

/** Women surely 16 or more on the reference date, and those who may or may not be. */
function women({ household, assessment }: AssessedHousehold): [number, number] {
  const last = bornBy(assessment.on);
  let sure = 0;
  let open = 0;
  for (const member of household.members) {
    if (member.sex !== 'female') continue;
    if (latestDay(member.birthDate) <= last) sure++;
    else if (earliestDay(member.birthDate) <= last) open++;
  }
  return [sure, open];
}

/** The household's keys for the plan's priority groups. */
export function priorityFacts(item: AssessedHousehold): PriorityFacts {
  const [sure, open] = women(item);
  return {
    ethnicMinority: ethnicMinority(item),
    personOfMerit: personOfMerit(item),
    women: sure,
    womenUnknown: open,
  };
}

/** Each group's name, how the report tells it, and where it is named. */
export const PRIORITY_GROUPS: Readonly<
  Record<ReportPriorityGroupId, { label: Message; reading: Message; basis: LegalCitation }>
> = Object.freeze({
  'poor-ethnic-minority-household': {
    label: { vi: 'Hộ nghèo dân tộc thiểu số', en: 'Poor ethnic-minority households' },
    reading: {
      vi: 'hộ có chủ hộ là người dân tộc thiểu số (không phải dân tộc Kinh)',
      en: 'households whose head is of an ethnic minority (not Kinh)',
    },
    basis: PLAN_85,
  },
  'poor-household-with-person-of-merit': {
    label: {
      vi: 'Hộ nghèo có thành viên là người có công với cách mạng',
      en: 'Poor households with a person of merit to the revolution',
    },
    reading: {
      vi: 'hộ có ít nhất một thành viên là người có công với cách mạng',
      en: 'households with at least one member who is a person of merit',
    },
    basis: PLAN_85,
  },
  'woman-in-poor-household': {
    label: { vi: 'Phụ nữ thuộc hộ nghèo', en: 'Women in poor households' },
    reading: {
      vi: `thành viên nữ từ đủ ${WOMAN_MINIMUM_AGE} tuổi trở lên vào ngày đánh giá`,
      en: `female members aged ${WOMAN_MINIMUM_AGE} or more on the reference date`,
    },
    basis: PLAN_85,
  },
});

/** The note the report prints under the priority groups. */
export const PRIORITY_GROUPS_NOTE: Message = Object.freeze({
  vi: 'Nhóm ưu tiên theo Kế hoạch 85/KH-UBND; được xác định từ thông tin của hộ như ghi dưới mỗi nhóm (cách hiểu của báo cáo, chưa được văn bản quy định).',
  en: 'Priority groups of Plan 85/KH-UBND, told from the household facts as noted under each group (the report’s reading: the texts do not define them).',
});
