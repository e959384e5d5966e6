/**
 * vn-poverty: Vietnam's multidimensional poverty standards (chuẩn nghèo đa chiều) and the rules
 * of the National Target Programme for Sustainable Poverty Reduction, as pure, typed, explained
 * functions.
 *
 * @module vn-poverty
 */

export { assessHousehold } from './assess/assess-household';
export {
  assessLowIncomeWorker,
  type LowIncomeWorkerNoteCode,
  type LowIncomeWorkerReasonCode,
  type LowIncomeWorkerResult,
  type LowIncomeWorkerStatus,
} from './assess/assess-low-income-worker';
export { type Assessor, createAssessor } from './assess/create-assessor';
export { type FormatAssessmentOptions, formatAssessment } from './assess/format-assessment';
export { isLowIncomeWorker } from './assess/is-low-income-worker';
export type {
  AssessOptions,
  ByDate,
  ForPolicyYear,
  ForReview,
  WithStandard,
} from './assess/resolve-options';
export type {
  AssessedHousehold,
  Assessment,
  AssessmentReasonCode,
  DecidingFact,
  IncomeAssessment,
  IncomeBand,
  IncomeComparison,
  IndicatorResult,
  Note,
  NoteCode,
  Reason,
  ScoreRange,
} from './assess/types';
export {
  assessBatch,
  type BatchAssessment,
  CATEGORY_CODES,
  POVERTY_CODES,
} from './batch/assess-batch';
export { encodeHouseholds, type HouseholdColumns } from './batch/household-columns';
export { BENEFIT_RULES } from './benefits/benefit-rules';
export { benefitsFor } from './benefits/benefits-for';
export type {
  BenefitFinding,
  BenefitGrant,
  BenefitId,
  BenefitRequirement,
  BenefitRule,
  BenefitStatus,
  BenefitsOnDate,
  BenefitsOptions,
  BenefitsSubject,
  BenefitWindow,
  EntitlementStatus,
  GrantFigures,
  UncoveredBenefit,
} from './benefits/types';
export { allocate } from './budget/allocate';
export type { BudgetIssueCode } from './budget/budget-issues';
export {
  type AllocationComparison,
  compareAllocations,
  type TableName,
  type UnitComparison,
} from './budget/compare-allocations';
export {
  type CounterpartCommon,
  type CounterpartFunds,
  type CounterpartFundsDecided,
  type CounterpartFundsOptions,
  type CounterpartFundsRequest,
  type CounterpartFundsUndetermined,
  type CounterpartMinimum,
  type CounterpartReason,
  type CounterpartReasonCode,
  counterpartFunds,
  type MergedProvinceReading,
} from './budget/counterpart-funds';
export {
  COUNTERPART_FUNDS_RULE,
  type CounterpartBand,
  type CounterpartFundsRule,
  type NamedProvince,
  type ProvinceSuccessor,
} from './budget/counterpart-rule';
export { EXAMPLE_COMMUNE_CRITERIA } from './budget/example-commune-criteria';
export { type FormatAllocationOptions, formatAllocation } from './budget/format-allocation';
export {
  type HousingCandidate,
  type HousingLevelsInput,
  type HousingSupportCost,
  type HousingSupportPart,
  type HousingWork,
  housingSupportCost,
} from './budget/housing-support-cost';
export {
  DECISION_02_2022_SPLITS,
  HOUSING_SUPPORT_CAPS,
  type HousingSupportLevels,
  type ProgrammeSplit,
} from './budget/national-rules';
export type {
  AllocateOptions,
  Allocation,
  AllocationCriterion,
  AllocationReason,
  AllocationReasonCode,
  AllocationRounding,
  AllocationUnit,
  AppliedCoefficient,
  CarveOut,
  CarveOutAmount,
  CoefficientTable,
  CriteriaTable,
  CriterionKind,
  CriterionPoints,
  RoundingUnit,
  UnitAllocation,
} from './budget/types';
export {
  RETIREMENT_SCHEDULE,
  type RetirementPath,
  type RetirementSchedule,
  type Sex,
} from './dates/retirement';
export { type ErrorCode, type ValidationIssue, VnPovertyError } from './errors';
export { ETHNIC_GROUPS, ETHNIC_GROUPS_BASIS, type EthnicGroup } from './household/ethnic-groups';
export { findEthnicGroup } from './household/find-ethnic-group';
export type {
  NationalIndicatorId,
  Nd07IndicatorId,
  Nd351IndicatorId,
  Qd59IndicatorId,
} from './household/indicator-ids';
export type { ParseIssueCode } from './household/issue-codes';
export { HOUSEHOLD_LIMITS, type HouseholdLimits } from './household/limits';
export {
  type ParseFailure,
  type ParseHouseholdOptions,
  type ParseResult,
  type ParseSuccess,
  parseHousehold,
} from './household/parse-household';
export type {
  AnnualIncome,
  Area,
  Category,
  Device,
  Disability,
  Dwelling,
  Household,
  HouseholdInput,
  HousingSupport,
  HousingSupportSource,
  Income,
  Latrine,
  Location,
  Maternity,
  Member,
  MonthlyIncomePerCapita,
  NoDwelling,
  Nutrition,
  PovertyStatus,
  PreviousStatus,
  ProxyScoreIncome,
  Qualification,
  Relation,
  Schooling,
  SchoolLevel,
  StructureQuality,
  WasteTreatment,
  WaterSource,
  Work,
} from './household/types';
export { CATEGORY_LABELS } from './i18n/category-labels';
export type { Message } from './i18n/message';
export { POVERTY_LABELS } from './i18n/poverty-labels';
export type {
  EvidenceValue,
  EvidenceValues,
  IndicatorStatus,
  MemberEvidence,
} from './indicators/finding';
export type { IndicatorReasonCode } from './indicators/reason-codes';
export type { EvidenceGrade, InstrumentKind, LegalCitation } from './law/citation';
export { formatCitation, type Language } from './law/format-citation';
export {
  type AlkireFosterGroup,
  type AlkireFosterIndicator,
  type AlkireFosterOptions,
  type AlkireFosterPopulation,
  type AlkireFosterResult,
  alkireFoster,
  type UnknownTreatment,
} from './measure/alkire-foster';
export {
  type AssessedRecord,
  type AssessManyItem,
  type AssessManyTotals,
  assessMany,
} from './measure/assess-many';
export {
  type CompareReviewsOptions,
  compareReviews,
  type ReviewComparison,
  TRANSITION_KINDS,
  type Transition,
  type TransitionCounts,
  type TransitionGroup,
  type TransitionKind,
} from './measure/compare-reviews';
export {
  type CategoryMove,
  type CategoryRateChanges,
  type ChangeCause,
  type ChangedHousehold,
  type ClassificationChange,
  type ClassificationParameters,
  type CompareStandardsOptions,
  compareStandards,
  type IncomeChange,
  type IndicatorChange,
  type LineAmount,
  type LineMove,
  type RateChange,
  type RateChanges,
  type StandardsComparison,
  type StandardsComparisonGroup,
} from './measure/compare-standards';
export { deprivationMatrix } from './measure/deprivation-matrix';
export {
  type DeprivationProfile,
  type DeprivationProfileOptions,
  deprivationProfile,
  type IndicatorProfile,
  type ProfileCell,
  type StatusCounts,
} from './measure/deprivation-profile';
export type { ExactValue, WeightsSource } from './measure/indicator-weights';
export type { DeprivationMatrixOptions } from './measure/matrix-builder';
export {
  type DeprivationTable,
  parseDeprivationMatrix,
} from './measure/parse-deprivation-matrix';
export {
  DECISION_90_TARGETS,
  type ProgrammeTarget,
  RESOLUTION_257_TARGETS,
  type TargetBand,
  type TargetKind,
  type TargetUnit,
  THAI_NGUYEN_TARGETS,
} from './measure/programme-targets';
export type { ExactNumber } from './measure/ratio';
export {
  type GroupSummary,
  type SummarizeOptions,
  type Summary,
  summarize,
} from './measure/summarize';
export type { CategoryFigures, SummaryFigures, Tally } from './measure/tally';
export {
  type BandPosition,
  type CountFigure,
  type LevelProgress,
  type PeriodFallProgress,
  type ProgressStatus,
  type TargetFigure,
  type TargetProgress,
  targetProgress,
  type ValueFigure,
  type YearFigures,
  type YearlyFallProgress,
  type YearlyStep,
  type YearValue,
} from './measure/target-progress';
export {
  DEPRIVATION_STATUS_CODES,
  type DeprivationMatrix,
  type GroupBy,
  type GroupKey,
  type PopulationItem,
  type RejectedRecord,
  type SurveyWeight,
} from './measure/types';
export { formatVnd } from './money/format-vnd';
export { defineStandard } from './standards/define-standard';
export { getStandard } from './standards/get-standard';
export { NATIONAL_STANDARDS } from './standards/national-standards';
export { ND07_2021 } from './standards/nd07-2021';
export { ND351_2025 } from './standards/nd351-2025';
export { QD59_2015 } from './standards/qd59-2015';
export {
  ANNUAL_REVIEW,
  type AnnualReviewWindow,
  type MonthDay,
} from './standards/review-calendar';
export type {
  AreaLinesChange,
  IndicatorChanges,
  IndicatorUpdate,
  LineChange,
  StandardChanges,
} from './standards/standard-changes';
export { standardForPolicyYear } from './standards/standard-for-policy-year';
export { standardForReview } from './standards/standard-for-review';
export { standardInForce } from './standards/standard-in-force';
export type {
  AdultQualificationRule,
  AreaLines,
  ByArea,
  ChildNutritionRule,
  ClassificationRule,
  DependantsShareRule,
  DwellingStructuresRule,
  ExpectedLevel,
  FloorAreaPerMemberRule,
  Fraction,
  HealthInsuranceRule,
  IncomeLine,
  IndicatorDefinition,
  IndicatorRule,
  IndicatorRuleKind,
  InformationDevicesRule,
  LatrineRule,
  LowIncomeWorkerRule,
  MemberUsesRule,
  NationalStandardId,
  QualificationBand,
  SchoolAttendanceRule,
  ServiceId,
  SickWithoutCareRule,
  Standard,
  SurveyScoring,
  Unpublished,
  UnpublishedRule,
  WasteTreatmentRule,
  WaterSourceRule,
  WorkerDefinition,
  WorkingAgeWorkRule,
  YearRange,
} from './standards/types';
export type { RecognisedStatus, StatusChange } from './status/types';
export { assessCommunityProject } from './targeting/assess-community-project';
export {
  assessEmploymentEligibility,
  type EmploymentOptions,
} from './targeting/assess-employment-eligibility';
export { assessHousingEligibility } from './targeting/assess-housing-eligibility';
export { assessNutritionEligibility } from './targeting/assess-nutrition-eligibility';
export { assessPriorityGroups, type TargetingOptions } from './targeting/assess-priority-groups';
export { PROGRAMME_2021_2025 } from './targeting/programme-2021-2025';
export {
  type HousingRankingOptions,
  rankForHousingSupport,
} from './targeting/rank-for-housing-support';
export { selectForSupport } from './targeting/select-for-support';
export type {
  BeneficiaryStatus,
  CommunityProject,
  CommunityProjectAssessment,
  CommunityProjectRules,
  Condition,
  ConditionCode,
  ConditionStatus,
  DateRange,
  EligibilityRoute,
  EligibilityStatus,
  EthnicMinorityHouseholdRule,
  GroupMembership,
  HouseholdPriorityGroup,
  HousingCaps,
  HousingEligibility,
  HousingPriorityLevel,
  HousingRanking,
  HousingRules,
  LevelFinding,
  ListedOrder,
  MemberEligibility,
  MemberGroups,
  MembershipStatus,
  Parameter,
  ParticipantFinding,
  PersonEligibility,
  PersonPriorityGroup,
  PriorityGroupId,
  PriorityGroups,
  ProposerKind,
  RankedHousehold,
  RouteFinding,
  SelectedHousehold,
  ShareCount,
  SupportSelection,
  TargetingRules,
  TieBreak,
  TieBreakKey,
  TieBreakValue,
  UndecidedHousehold,
  UnrankedHousehold,
} from './targeting/types';
export { LIBRARY_VERSION } from './version';
