import { cite } from '../law/cite';
import { deepFreeze } from '../util/deep-freeze';
import type { TargetingRules } from './types';
import { HOUSING_PRIORITY_LEVELS } from './values';

const DECISION_90 = '90/QĐ-TTg';
const PLAN_85 = '85/KH-UBND';

/**
 * The targeting rules of the National Target Programme for Sustainable Poverty Reduction
 * 2021–2025 (Chương trình mục tiêu quốc gia giảm nghèo bền vững): priority groups, Project 5
 * housing, Project 3.2 nutrition, Project 4 employment and community production projects, as data.
 *
 * @remarks Legal basis: National Assembly Resolution 24/2021/QH15 and Decision 90/QĐ-TTg of
 * 18 Jan 2022 (in force from signing); community projects Decree 27/2022/NĐ-CP as amended by
 * Decree 38/2023/NĐ-CP; the priority groups as Thái Nguyên's Plan 85/KH-UBND of 2024 names them.
 * Each parameter carries its own citation and grade. Grade U marks the library's readings where
 * the texts found are silent: the ethnic-minority household is told by the head's ethnic group
 * (household surveys break households down by the head's group, so counts agree with the
 * published ethnic-minority poverty figures); a woman is a female member of 16 or more (the Law on
 * Children calls everyone under 16 a child); every disability level counts; the elderly are 60 or
 * more and a household of only elderly members is "elderly living alone"; a monthly social
 * allowance makes a social-protection beneficiary; a newly escaped household is one within 36
 * months of leaving the list.
 *
 * @example
 * ```ts
 * import { PROGRAMME_2021_2025 } from 'vn-poverty';
 * PROGRAMME_2021_2025.ethnicMinorityHousehold.value; //=> { by: 'head' }
 * PROGRAMME_2021_2025.housing.caps.value.newHouse; //=> 40000000
 * PROGRAMME_2021_2025.housing.priorityOrder.value[0]; //=> 'poor-ethnic-minority'
 * ```
 */
export const PROGRAMME_2021_2025: TargetingRules = deepFreeze({
  id: 'ntp-poverty-2021-2025',
  title: {
    vi: 'Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021–2025',
    en: 'National Target Programme for Sustainable Poverty Reduction 2021–2025',
  },
  basis: cite('decision', DECISION_90, undefined, 'L', 'In force from signing, 18 Jan 2022'),
  period: {
    value: { from: '2022-01-18', until: '2025-12-31' },
    basis: cite(
      'resolution',
      '24/2021/QH15',
      undefined,
      'L',
      'Programme 2021–2025; Decision 90/QĐ-TTg in force from 18 Jan 2022',
    ),
  },
  ethnicMinorityHousehold: {
    value: { by: 'head' },
    basis: cite(
      'specification',
      'vn-poverty',
      undefined,
      'U',
      'Not defined in the texts found; read by the head’s ethnic group, as household surveys classify households',
    ),
  },
  womanMinimumAge: {
    value: 16,
    basis: cite(
      'law',
      '102/2016/QH13',
      '1',
      'U',
      'Law on Children: under 16 is a child; a woman is a female member of 16 or more (a reading)',
    ),
  },
  disabilityLevels: {
    value: ['mild', 'severe', 'especially-severe'],
    basis: cite('decision', DECISION_90, undefined, 'U', 'People with disabilities: every level'),
  },
  elderlyFromAge: {
    value: 60,
    basis: cite(
      'law',
      '39/2009/QH12',
      '2',
      'U',
      'Law on the Elderly: 60 or more; "elderly living alone" read as a household of elderly members only',
    ),
  },
  socialProtectionBeneficiary: {
    value: 'monthly-social-allowance',
    basis: cite(
      'decree',
      '20/2021/NĐ-CP',
      '5',
      'U',
      'Social-protection beneficiaries read as the people receiving a monthly social allowance',
    ),
  },
  newlyEscapedMonths: {
    value: 36,
    basis: cite(
      'decision',
      DECISION_90,
      undefined,
      'U',
      'Newly escaped households: 36 months after leaving the list, as provincial rules count them',
    ),
  },
  groupBasis: {
    'poor-ethnic-minority-household': cite('plan', PLAN_85, undefined, 'N'),
    'poor-household-with-person-of-merit': cite('plan', PLAN_85, undefined, 'N'),
    'woman-in-poor-household': cite('plan', PLAN_85, undefined, 'N'),
    'person-with-disability-in-poor-or-near-poor-household': cite(
      'decision',
      DECISION_90,
      undefined,
      'N',
      'People with disabilities among the programme’s beneficiaries',
    ),
    'newly-escaped-household': cite(
      'decision',
      DECISION_90,
      undefined,
      'N',
      'Newly escaped households among the programme’s beneficiaries',
    ),
  },
  housing: {
    formedYearsBefore: {
      value: 3,
      basis: cite('decision', DECISION_90, 'Project 5', 'S'),
    },
    minimumNonDurableStructures: {
      value: 2,
      basis: cite('decision', DECISION_90, 'Project 5', 'S', 'At least 2 of 3 main structures'),
    },
    floorAreaPerPersonM2: {
      value: 8,
      basis: cite('decision', DECISION_90, 'Project 5', 'S', 'Floor area under 8 m² per person'),
    },
    earlierSupportSources: {
      value: [
        'ethnic-minority-programme',
        'poverty-reduction-programme',
        'other-state-programme',
        'mass-organisation',
      ],
      basis: cite(
        'decision',
        DECISION_90,
        'Project 5',
        'S',
        'No earlier housing support from the State or a mass organisation',
      ),
    },
    excludedProgrammes: {
      value: ['ethnic-minority-programme', 'other-state-programme'],
      basis: cite(
        'decision',
        DECISION_90,
        'Project 5',
        'S',
        'Excluded: supported by Decision 1719/QĐ-TTg (ethnic-minority programme) or another programme',
      ),
    },
    caps: {
      value: { newHouse: 40_000_000, repair: 20_000_000 },
      basis: cite('decision', '02/2022/QĐ-TTg', '9.1', 'S', 'The province sets the actual level'),
    },
    priorityOrder: {
      value: HOUSING_PRIORITY_LEVELS,
      basis: cite('decision', DECISION_90, 'Project 5', 'S'),
    },
  },
  nutritionChildUnderAge: {
    value: 16,
    basis: cite('decision', DECISION_90, 'Sub-project 3.2', 'N'),
  },
  employmentMinimumAge: {
    value: 15,
    basis: cite(
      'decision',
      DECISION_90,
      'Project 4',
      'U',
      'Workers read as members of working age: from 15 to the retirement age',
    ),
  },
  communityProject: {
    proposers: {
      value: [
        'commune-certified-household-group',
        'cooperative-group',
        'represented-household-group',
      ],
      basis: cite('decree', '27/2022/NĐ-CP', undefined, 'S', 'As amended by Decree 38/2023/NĐ-CP'),
    },
    beneficiaryStatuses: {
      value: ['poor', 'near-poor', 'newly-escaped'],
      basis: cite(
        'decree',
        '27/2022/NĐ-CP',
        undefined,
        'U',
        'Beneficiary households read as poor, near-poor and newly escaped households',
      ),
    },
    beneficiaryShareAtLeast: {
      value: { numerator: 1, denominator: 2 },
      basis: cite('decree', '27/2022/NĐ-CP', undefined, 'S', 'As amended by Decree 38/2023/NĐ-CP'),
    },
    priorityShareAbove: {
      value: { numerator: 7, denominator: 10 },
      basis: cite('decree', '27/2022/NĐ-CP', undefined, 'N', 'As amended by Decree 38/2023/NĐ-CP'),
    },
  },
} satisfies TargetingRules);
