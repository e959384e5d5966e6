import type { Assessment } from '../assess/types';
import { monthsFromTo, partialDateBounds } from '../dates/days';
import type { Household, HousingSupportSource } from '../household/types';
import { isBelowProduct } from '../money/exact';
import { POOR_OR_NEAR_POOR } from '../status/timeline';
import type { TargetingOptions } from './assess-priority-groups';
import { allOf, eligibilityOf, missingOf } from './conditions';
import { type TargetingContext, targetingContext } from './context';
import { locationFlag, statusIn, withinProgrammePeriod } from './household-conditions';
import { resolveRules } from './resolve-rules';
import type { Condition, ConditionCode, HousingEligibility, Parameter } from './types';

/** Formed at least `years` before the programme took effect; a year or month alone may not tell. */
function formedLongEnoughBefore(context: TargetingContext): Condition {
  const { value: years, basis } = context.rules.housing.formedYearsBefore;
  const programmeFrom = context.rules.period.value.from;
  const formedOn = context.household.formedOn;
  const values = { programmeFrom, yearsBefore: years };
  if (formedOn === undefined) {
    return context.condition('formed-long-enough-before', 'unknown', basis, {
      missing: ['formedOn'],
      values,
    });
  }
  const { earliest, latest } = partialDateBounds(formedOn);
  const longEnough = (day: string) => monthsFromTo(day, programmeFrom) >= years * 12;
  const status = longEnough(latest) ? 'met' : longEnough(earliest) ? 'unknown' : 'not-met';
  return context.condition('formed-long-enough-before', status, basis, {
    detail: () => ({
      vi: `tách hộ ${formedOn}; cần ít nhất ${years} năm trước ${programmeFrom}`,
      en: `formed ${formedOn}; at least ${years} years before ${programmeFrom} needed`,
    }),
    missing: ['formedOn'],
    values: { ...values, formedOn },
  });
}

/** No house; or at least N of 3 main structures non-durable; or under M m² of floor per person. */
function housingCondition(context: TargetingContext): Condition {
  const housing = context.rules.housing;
  const basis = housing.minimumNonDurableStructures.basis;
  const dwelling = context.household.dwelling;
  if ('none' in dwelling) {
    return context.condition('housing-condition', 'met', basis, {
      detail: { vi: 'không có nhà ở', en: 'no house' },
      values: { dwelling: 'none' },
    });
  }
  const nonDurable = [dwelling.foundation, dwelling.walls, dwelling.roof].filter(
    (structure) => structure === 'non-durable',
  ).length;
  const members = context.household.members.length;
  const perPerson = housing.floorAreaPerPersonM2.value;
  const makeshift = nonDurable >= housing.minimumNonDurableStructures.value;
  const cramped = isBelowProduct(dwelling.floorAreaM2, perPerson, members);
  return context.condition('housing-condition', makeshift || cramped ? 'met' : 'not-met', basis, {
    detail: () => ({
      vi: `${nonDurable}/3 kết cấu không bền chắc (cần ${housing.minimumNonDurableStructures.value}); ${dwelling.floorAreaM2} m² cho ${members} người (dưới ${perPerson} m²/người là thiếu)`,
      en: `${nonDurable} of 3 structures non-durable (${housing.minimumNonDurableStructures.value} needed); ${dwelling.floorAreaM2} m² for ${members} people (under ${perPerson} m² each is too little)`,
    }),
    values: { nonDurableStructures: nonDurable, floorAreaM2: dwelling.floorAreaM2, members },
  });
}

/** None of the household's earlier supports came from the listed sources. */
function noSupportFrom(
  context: TargetingContext,
  code: ConditionCode,
  sources: Parameter<readonly HousingSupportSource[]>,
): Condition {
  const supports = context.household.earlierHousingSupport;
  if (supports === undefined) {
    return context.condition(code, 'unknown', sources.basis, {
      missing: ['earlierHousingSupport'],
    });
  }
  const found = supports.filter((support) => sources.value.includes(support.source));
  const listed = found.map((s) => (s.year === undefined ? s.source : `${s.source} ${s.year}`));
  return context.condition(code, found.length === 0 ? 'met' : 'not-met', sources.basis, {
    ...(found.length === 0
      ? {}
      : {
          detail: {
            vi: `đã được hỗ trợ: ${listed.join(', ')}`,
            en: `supported: ${listed.join(', ')}`,
          },
          values: { supports: listed.join(',') },
        }),
  });
}

/**
 * Whether a household is eligible for Project 5, housing support (hỗ trợ nhà ở), on the date of its
 * assessment: every condition tested, every failed one listed, and when facts are missing the
 * answer is undetermined with the facts that would decide.
 *
 * @remarks Legal basis: Decision 90/QĐ-TTg, Project 5 (grade S): a poor or near-poor household on
 * the commune's list, living in a poor district, an independent household formed (split from its
 * parents' household) at least 3 years before the programme took effect (18 Jan 2022); with no
 * house, or at least 2 of its 3 main structures (foundation, frame and walls, roof) non-durable, or
 * under 8 m² of floor per person (compared exactly); with no earlier housing support from the State
 * or a mass organisation, and not supported by the ethnic-minority programme (Decision
 * 1719/QĐ-TTg) or another programme. The central budget gives up to 40,000,000 đồng for a new
 * house and 20,000,000 for a repair (Decision 02/2022/QĐ-TTg Art. 9.1); the province sets the
 * actual level. A formation date given as a year alone decides only when the whole year is on one
 * side of the cut-off (18 Jan 2019).
 *
 * @param household - a household that `parseHousehold` accepted
 * @param assessment - the household's assessment, whose date is the date of the answer
 * @param options - `rules`: the targeting rules, by default the programme 2021–2025's
 * @returns the answer, every condition, the failed ones and the deciding facts
 * @throws {@link VnPovertyError} `assessment-mismatch` when the assessment is not the household's,
 * `invalid-options` for rules of the wrong shape
 *
 * @example
 * ```ts
 * import { assessHousehold, assessHousingEligibility, parseHousehold } from 'vn-poverty';
 * const parsed = parseHousehold({
 *   id: 'HH-5', area: 'rural', income: { annualTotal: 30000000 },
 *   location: { poorDistrict: true },
 *   members: [{ id: 'a', sex: 'male', birthDate: '1975', ethnicity: 'Dao' }, { id: 'b', sex: 'female', birthDate: '1978', ethnicity: 'Dao' }],
 *   dwelling: { foundation: 'durable', walls: 'non-durable', roof: 'non-durable', floorAreaM2: 24 },
 *   water: 'surface-water', latrine: 'none', devices: [],
 *   formedOn: '2010',
 * });
 * if (!parsed.success) throw new Error('invalid');
 * const assessment = assessHousehold(parsed.data, { on: '2024-06-01' });
 * const result = assessHousingEligibility(parsed.data, assessment);
 * result.status; //=> 'undetermined'
 * result.missing; //=> ['earlierHousingSupport']
 * const supported = parseHousehold({ ...parsed.data, earlierHousingSupport: [{ source: 'ethnic-minority-programme', year: 2023 }] });
 * if (!supported.success) throw new Error('invalid');
 * const refused = assessHousingEligibility(supported.data, assessment);
 * refused.status; //=> 'not-eligible'
 * refused.failed; //=> ['no-earlier-state-or-mass-organisation-support', 'not-supported-by-other-programme']
 * ```
 */
export function assessHousingEligibility(
  household: Household,
  assessment: Assessment,
  options: TargetingOptions = {},
): HousingEligibility {
  const rules = resolveRules(options?.rules);
  return housingEligibility(targetingContext(household, assessment, rules));
}

/** Project 5 eligibility of a prepared household: shared with the ranking. */
export function housingEligibility(context: TargetingContext): HousingEligibility {
  const housing = context.rules.housing;
  const household = context.household;
  const conditions: Condition[] = [
    withinProgrammePeriod(context),
    statusIn(
      context,
      'household-poor-or-near-poor',
      POOR_OR_NEAR_POOR,
      housing.priorityOrder.basis,
    ),
    locationFlag(context, 'in-poor-district', 'poorDistrict', housing.priorityOrder.basis),
    formedLongEnoughBefore(context),
    housingCondition(context),
    noSupportFrom(
      context,
      'no-earlier-state-or-mass-organisation-support',
      housing.earlierSupportSources,
    ),
    noSupportFrom(context, 'not-supported-by-other-programme', housing.excludedProgrammes),
  ];
  const status = allOf(conditions.map((c) => c.status));
  return {
    project: 'housing',
    ...(household.id === undefined ? {} : { householdId: household.id }),
    on: context.on,
    status: eligibilityOf(status),
    conditions,
    failed: conditions.filter((c) => c.status === 'not-met').map((c) => c.code),
    missing: missingOf(status, conditions),
    caps: housing.caps.value,
    capsBasis: housing.caps.basis,
  };
}
