import { isOfWorkingAge } from '../dates/retirement';
import { ETHNIC_GROUPS } from '../household/ethnic-groups';
import { findEthnicGroup } from '../household/find-ethnic-group';
import type { Location, Member } from '../household/types';
import { CATEGORY_LABELS } from '../i18n/category-labels';
import type { MemberFacts } from '../indicators/context';
import type { LegalCitation } from '../law/citation';
import { categoriesOf, POOR_OR_NEAR_POOR } from '../status/timeline';
import { anyOf, condition } from './conditions';
import type { TargetingContext } from './context';
import type { Condition, ConditionCode, ConditionStatus } from './types';

/** The conditions about a household or a member that the programme's rules are built from. */

/** The categories the assessment allows, named in both languages. */
function assessedAs(bits: number): { vi: string; en: string } {
  const names = categoriesOf(bits).map((category) => CATEGORY_LABELS[category]);
  return {
    vi: `đánh giá: ${names.map((name) => name.vi).join(' hoặc ')}`,
    en: `assessed: ${names.map((name) => name.en).join(' or ')}`,
  };
}

/** Whether the household's assessed status is within `wanted` (bits of categories). */
export function statusIn(
  context: TargetingContext,
  code: ConditionCode,
  wanted: number,
  basis: LegalCitation,
): Condition {
  const bits = context.statusBits;
  const status: ConditionStatus =
    (bits & ~wanted) === 0 ? 'met' : (bits & wanted) === 0 ? 'not-met' : 'unknown';
  return context.condition(code, status, basis, {
    detail: () => assessedAs(bits),
    missing: context.decidingFacts,
    values: statusValues(context),
  });
}

/** The assessment's answers, as a condition's values: they decide its detail. */
function statusValues(context: TargetingContext): Readonly<Record<string, string>> {
  return {
    category: context.assessment.category,
    poverty: context.assessment.poverty,
    possibleCategories: context.assessment.possibleCategories.join(','),
  };
}

/** Newly escaped on the assessment's date, counting from `previous.leftOn`. */
export function newlyEscaped(context: TargetingContext, basis: LegalCitation): Condition {
  const escaped = context.newlyEscaped();
  const months = context.rules.newlyEscapedMonths.value;
  const status: ConditionStatus =
    escaped.status === 'yes' ? 'met' : escaped.status === 'no' ? 'not-met' : 'unknown';
  const when =
    escaped.escapedFrom === undefined
      ? undefined
      : escaped.escapedFrom === escaped.escapedBy
        ? escaped.escapedFrom
        : `${escaped.escapedFrom}…${escaped.escapedBy}`;
  return context.condition('household-newly-escaped', status, basis, {
    detail: () =>
      when === undefined
        ? {
            vi: `trong ${months} tháng sau khi ra khỏi danh sách`,
            en: `within ${months} months of leaving the list`,
          }
        : {
            vi: `ra khỏi danh sách hộ nghèo, cận nghèo ngày ${when}; tính ${months} tháng`,
            en: `left the poor or near-poor list on ${when}; ${months} months counted`,
          },
    missing: escaped.missing,
    values: {
      windowMonths: months,
      ...(escaped.escapedFrom === undefined ? {} : { escapedFrom: escaped.escapedFrom }),
      ...(escaped.escapedBy === undefined ? {} : { escapedBy: escaped.escapedBy }),
    },
  });
}

/** Poor, near-poor, or newly escaped: one condition, decided by whichever part decides. */
export function poorNearPoorOrNewlyEscaped(
  context: TargetingContext,
  basis: LegalCitation,
): Condition {
  const poorish = statusIn(context, 'household-poor-or-near-poor', POOR_OR_NEAR_POOR, basis);
  if (poorish.status === 'met') {
    return context.condition('household-poor-near-poor-or-newly-escaped', 'met', basis, {
      detail: () => assessedAs(context.statusBits),
      values: statusValues(context),
    });
  }
  const escaped = newlyEscaped(context, basis);
  const status = anyOf([poorish.status, escaped.status]);
  return context.condition('household-poor-near-poor-or-newly-escaped', status, basis, {
    detail: () => ({
      vi: `${assessedAs(context.statusBits).vi}; ${escaped.message.vi}`,
      en: `${assessedAs(context.statusBits).en}; ${escaped.message.en}`,
    }),
    missing: [...poorish.missing, ...escaped.missing],
    values: { ...statusValues(context), ...escaped.values, escaped: escaped.status },
  });
}

/** The assessment's date lies within the programme's period. */
export function withinProgrammePeriod(context: TargetingContext): Condition {
  const { value, basis } = context.rules.period;
  const status = context.on >= value.from && context.on <= value.until ? 'met' : 'not-met';
  return context.condition('within-programme-period', status, basis, {
    detail: () => ({
      vi: `ngày ${context.on}; Chương trình từ ${value.from} đến ${value.until}`,
      en: `on ${context.on}; the programme runs from ${value.from} to ${value.until}`,
    }),
    values: { on: context.on, from: value.from, until: value.until },
  });
}

/** A flag of the household's location: met, not met, or unknown when left out. */
export function locationFlag(
  context: TargetingContext,
  code: ConditionCode,
  flag: keyof Location,
  basis: LegalCitation,
): Condition {
  const value = context.household.location?.[flag];
  const status: ConditionStatus = value === true ? 'met' : value === false ? 'not-met' : 'unknown';
  return context.condition(code, status, basis, { missing: [`location.${flag}`] });
}

/** Either of two location flags. */
export function eitherLocationFlag(
  context: TargetingContext,
  code: ConditionCode,
  flags: readonly [keyof Location, keyof Location],
  basis: LegalCitation,
): Condition {
  const parts = flags.map((flag) => locationFlag(context, code, flag, basis));
  const status = anyOf(parts.map((part) => part.status));
  return context.condition(code, status, basis, { missing: parts.flatMap((part) => part.missing) });
}

/** Whether some member has a boolean fact set: met by one `true`, not met when all are `false`. */
export function someMember(
  context: TargetingContext,
  code: ConditionCode,
  fact: 'meritorious' | 'monthlySocialAllowance',
  basis: LegalCitation,
): Condition {
  const members = context.household.members;
  const holders = members.filter((member) => member[fact] === true).map((member) => member.id);
  const missing = members.flatMap((member, index) =>
    member[fact] === undefined ? [`members[${index}].${fact}`] : [],
  );
  const status: ConditionStatus =
    holders.length > 0 ? 'met' : missing.length > 0 ? 'unknown' : 'not-met';
  // Member ids are the caller's text: a condition naming them is made afresh, never shared.
  const make = holders.length > 0 ? condition : context.condition;
  return make(code, status, basis, {
    ...(holders.length > 0
      ? {
          detail: () => ({
            vi: `thành viên ${holders.join(', ')}`,
            en: `member ${holders.join(', ')}`,
          }),
          values: { members: holders.join(',') },
        }
      : {}),
    missing,
  });
}

/** Canonical names first: parsed households hold them, and the general match is slower. */
const MINORITY_BY_NAME: ReadonlyMap<string, boolean> = new Map(
  ETHNIC_GROUPS.map((group) => [group.name, group.minority]),
);

const isMinority = (member: Member): boolean | undefined =>
  MINORITY_BY_NAME.get(member.ethnicity) ?? findEthnicGroup(member.ethnicity)?.minority;

/** Whether every one of `members` is of an ethnic minority: met, not met (none is), or mixed. */
function minorityOf(members: readonly Member[]): ConditionStatus {
  const minorities = members.filter((member) => isMinority(member) === true).length;
  if (minorities === members.length) return 'met';
  return minorities === 0 ? 'not-met' : 'unknown';
}

/** An ethnic-minority household, by the rule's named parameter. */
export function ethnicMinorityHousehold(context: TargetingContext): Condition {
  const rule = context.rules.ethnicMinorityHousehold;
  const members = context.household.members;
  const minorityCount = members.filter((member) => isMinority(member) === true).length;
  const values = { rule: rule.value.by, minorityMembers: minorityCount, members: members.length };
  const relationPaths = (who: readonly Member[]) =>
    who.map((member) => `members[${members.indexOf(member)}].relation`);
  const decide = (status: ConditionStatus, missing: readonly string[] = []) =>
    context.condition('ethnic-minority-household', status, rule.basis, {
      detail: () => ({
        vi: `${minorityCount}/${members.length} thành viên là người dân tộc thiểu số; quy tắc: ${rule.value.by}`,
        en: `${minorityCount} of ${members.length} members belong to an ethnic minority; rule: ${rule.value.by}`,
      }),
      missing,
      values,
    });
  switch (rule.value.by) {
    case 'any-member':
      return decide(minorityCount > 0 ? 'met' : 'not-met');
    case 'share': {
      const { numerator, denominator } = rule.value.atLeast;
      return decide(minorityCount * denominator >= numerator * members.length ? 'met' : 'not-met');
    }
    case 'head': {
      const heads = members.filter((member) => member.relation === 'head');
      if (heads.length > 0) return decide(minorityOf(heads), relationPaths(heads));
      const unrecorded = members.filter((member) => member.relation === undefined);
      const candidates = unrecorded.length > 0 ? unrecorded : members;
      return decide(minorityOf(candidates), relationPaths(candidates));
    }
    case 'head-or-spouse': {
      const known = members.filter((m) => m.relation === 'head' || m.relation === 'spouse');
      if (known.some((member) => isMinority(member) === true)) return decide('met');
      const unrecorded = members.filter((member) => member.relation === undefined);
      const hasHead = known.some((member) => member.relation === 'head');
      const possible = hasHead || unrecorded.length > 0 ? unrecorded : members;
      const undecided = possible.filter((member) => isMinority(member) === true);
      return undecided.length === 0
        ? decide('not-met')
        : decide('unknown', relationPaths(undecided));
    }
  }
}

/** Especially hard circumstances: a household of elderly members only, or a member with a disability. */
export function especiallyHardCircumstances(
  context: TargetingContext,
  basis: LegalCitation,
): Condition {
  const elderlyAge = context.rules.elderlyFromAge.value;
  const levels = context.rules.disabilityLevels.value;
  const elderlyOnly = context.members.every((facts) => facts.ageYears >= elderlyAge);
  const members = context.household.members;
  const disabled = members.filter(
    (member) => member.disability !== undefined && levels.includes(member.disability),
  );
  const missing = members.flatMap((member, index) =>
    member.disability === undefined ? [`members[${index}].disability`] : [],
  );
  const status: ConditionStatus =
    elderlyOnly || disabled.length > 0 ? 'met' : missing.length > 0 ? 'unknown' : 'not-met';
  const withDisability = disabled.map((member) => member.id).join(', ');
  // Member ids are the caller's text: a condition naming them is made afresh, never shared.
  const make = disabled.length > 0 ? condition : context.condition;
  return make('especially-hard-circumstances', status, basis, {
    detail: () =>
      elderlyOnly
        ? {
            vi: `mọi thành viên từ ${elderlyAge} tuổi trở lên`,
            en: `every member is ${elderlyAge} or older`,
          }
        : disabled.length > 0
          ? {
              vi: `thành viên khuyết tật: ${withDisability}`,
              en: `members with a disability: ${withDisability}`,
            }
          : {
              vi: 'không có người cao tuổi neo đơn',
              en: 'not a household of elderly members only',
            },
    missing,
    values: { elderlyOnly, membersWithDisability: withDisability },
  });
}

/** A member has a disability at one of the rule's levels. */
export function hasDisability(context: TargetingContext, facts: MemberFacts): Condition {
  const { disability } = facts.member;
  const parameter = context.rules.disabilityLevels;
  const status: ConditionStatus =
    disability === undefined ? 'unknown' : parameter.value.includes(disability) ? 'met' : 'not-met';
  return context.condition('has-disability', status, parameter.basis, {
    missing: [`members[${facts.index}].disability`],
    ...(disability === undefined ? {} : { values: { disability } }),
  });
}

/** A female member of at least the rule's age. */
export function isWoman(context: TargetingContext, facts: MemberFacts): Condition {
  const parameter = context.rules.womanMinimumAge;
  const status = facts.member.sex === 'female' && facts.ageYears >= parameter.value;
  return context.condition('is-woman', status ? 'met' : 'not-met', parameter.basis, {
    detail: () => ({
      vi: `${facts.member.sex === 'female' ? 'nữ' : 'nam'}, ${facts.ageYears} tuổi; từ ${parameter.value} tuổi`,
      en: `${facts.member.sex}, aged ${facts.ageYears}; from ${parameter.value}`,
    }),
    values: { sex: facts.member.sex, age: facts.ageYears, minimumAge: parameter.value },
  });
}

/** A member under the nutrition project's child age. */
export function isChild(context: TargetingContext, facts: MemberFacts): Condition {
  const parameter = context.rules.nutritionChildUnderAge;
  const status = facts.ageYears < parameter.value ? 'met' : 'not-met';
  return context.condition('child', status, parameter.basis, {
    detail: () => ({
      vi: `${facts.ageYears} tuổi; dưới ${parameter.value} tuổi`,
      en: `aged ${facts.ageYears}; under ${parameter.value}`,
    }),
    values: { age: facts.ageYears, underAge: parameter.value },
  });
}

/** Pregnant or breastfeeding: recorded, or not for a male member; unknown for a woman left blank. */
export function isPregnantOrBreastfeeding(
  context: TargetingContext,
  facts: MemberFacts,
  basis: LegalCitation,
): Condition {
  const { maternity, sex } = facts.member;
  const status: ConditionStatus =
    maternity === 'pregnant' || maternity === 'breastfeeding'
      ? 'met'
      : maternity === 'none' || sex === 'male'
        ? 'not-met'
        : 'unknown';
  return context.condition('pregnant-or-breastfeeding', status, basis, {
    missing: [`members[${facts.index}].maternity`],
    ...(maternity === undefined ? {} : { values: { maternity } }),
  });
}

/** Of working age: from the rule's minimum age to the statutory retirement age. */
export function isOfWorkingAgeCondition(context: TargetingContext, facts: MemberFacts): Condition {
  const parameter = context.rules.employmentMinimumAge;
  const { member, birthYear, birthMonth, ageMonths, ageYears } = facts;
  const working = isOfWorkingAge(member.sex, birthYear, birthMonth, ageMonths, parameter.value);
  return context.condition('of-working-age', working ? 'met' : 'not-met', parameter.basis, {
    detail: () => ({ vi: `${ageYears} tuổi`, en: `aged ${ageYears}` }),
    values: { age: ageYears, minimumAge: parameter.value },
  });
}
