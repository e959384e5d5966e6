/*
 * Compile-time contracts: `npm run typecheck` compiles this file, and each `@ts-expect-error`
 * fails the build if the line below it ever compiles. Nothing here runs.
 */
import {
  type Assessment,
  type AssessmentReasonCode,
  assessHousehold,
  defineStandard,
  type Household,
  type HouseholdInput,
  type IndicatorReasonCode,
  ND07_2021,
  type Nd07IndicatorId,
  type NoteCode,
  type ParseIssueCode,
  parseHousehold,
} from '../src/index';

export function contracts(household: Household, input: HouseholdInput): void {
  // Income is one form at a time.
  const income: HouseholdInput['income'] = { annualTotal: 1 };
  // @ts-expect-error both income forms at once
  const both: HouseholdInput['income'] = { annualTotal: 1, monthlyPerCapita: 1 };

  // A dwelling is none, or has its structures, not both.
  // @ts-expect-error no dwelling with a roof
  const dwelling: HouseholdInput['dwelling'] = { none: true, roof: 'durable' };

  // An object literal is not a parsed household.
  // @ts-expect-error assess what parseHousehold made, not a record
  assessHousehold(input, { on: '2024-06-01' });
  assessHousehold(household, { on: '2024-06-01' });

  // The standard is named one way only.
  // @ts-expect-error reviewYear and standard together
  assessHousehold(household, { on: '2024-06-01', reviewYear: 2024, standard: ND07_2021 });

  // Declared ids are the editions' ids.
  const declared: HouseholdInput<Nd07IndicatorId>['declared'] = { water: true };
  // @ts-expect-error a misspelt indicator id
  const misspelt: HouseholdInput<Nd07IndicatorId>['declared'] = { watr: true };

  // defineStandard's updates name the base's indicators.
  defineStandard(ND07_2021, {
    id: 'typed',
    title: { vi: 'x', en: 'x' },
    indicators: { update: { housingArea: { rule: { minimumM2: 10 } } } },
  });
  defineStandard(ND07_2021, {
    id: 'typed',
    title: { vi: 'x', en: 'x' },
    // @ts-expect-error nd07 has no indicator "housingAera"
    indicators: { update: { housingAera: { rule: { minimumM2: 10 } } } },
  });
  defineStandard(ND07_2021, {
    id: 'typed',
    title: { vi: 'x', en: 'x' },
    // @ts-expect-error nd07 has no indicator "rain" to remove
    indicators: { remove: ['rain'] },
  });

  // Results name their codes and ids as literal unions.
  const result: Assessment<Nd07IndicatorId> = assessHousehold(household, {
    on: '2024-06-01',
    standard: ND07_2021,
  });
  const id: Nd07IndicatorId = result.indicators[0]?.id ?? 'water';
  const reason: AssessmentReasonCode | undefined = result.reasons[0]?.code;
  const indicatorReason: IndicatorReasonCode | undefined = result.indicators[0]?.reason.code;
  const note: NoteCode | undefined = result.notes[0]?.code;
  const parsed = parseHousehold(input);
  const issue: ParseIssueCode | undefined = parsed.success ? undefined : parsed.issues[0]?.code;
  // @ts-expect-error not a reason code
  const wrong: AssessmentReasonCode = 'poor';
  void [
    income,
    both,
    dwelling,
    declared,
    misspelt,
    id,
    reason,
    indicatorReason,
    note,
    issue,
    wrong,
  ];
}
