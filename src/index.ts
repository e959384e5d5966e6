/**
 * vn-poverty: Vietnam's multidimensional poverty standards (chuẩn nghèo đa chiều) and the rules
 * of the National Target Programme for Sustainable Poverty Reduction, as pure, typed, explained
 * functions.
 *
 * @packageDocumentation
 */

export { assessHousehold } from './assess/assess-household';
export {
  assessLowIncomeWorker,
  type LowIncomeWorkerResult,
  type LowIncomeWorkerStatus,
} from './assess/assess-low-income-worker';
export { type AssessOptions, type Assessor, createAssessor } from './assess/create-assessor';
export type { PovertyStatus } from './assess/decide-category';
export { type FormatAssessmentOptions, formatAssessment } from './assess/format-assessment';
export { isLowIncomeWorker } from './assess/is-low-income-worker';
export type {
  Assessment,
  DecidingFact,
  IncomeAssessment,
  IncomeBand,
  IncomeComparison,
  IndicatorResult,
  Reason,
  ScoreRange,
} from './assess/types';
export {
  RETIREMENT_SCHEDULE,
  type RetirementPath,
  type RetirementSchedule,
  type Sex,
} from './dates/retirement';
export { type ErrorCode, type ValidationIssue, VnPovertyError } from './errors';
export { ETHNIC_GROUPS, ETHNIC_GROUPS_BASIS, type EthnicGroup } from './household/ethnic-groups';
export { findEthnicGroup } from './household/find-ethnic-group';
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
  Income,
  Latrine,
  Location,
  Member,
  MonthlyIncomePerCapita,
  NoDwelling,
  Nutrition,
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
export type { IndicatorStatus } from './indicators/finding';
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
  type AssessedHousehold,
  DEPRIVATION_STATUS_CODES,
  type DeprivationMatrix,
  type GroupBy,
  type GroupKey,
  type PopulationItem,
  type RejectedRecord,
  type SurveyWeight,
} from './measure/types';
export { formatVnd } from './money/format-vnd';
export {
  type AreaLinesChange,
  defineStandard,
  type IndicatorChanges,
  type IndicatorUpdate,
  type LineChange,
  type StandardChanges,
} from './standards/define-standard';
export { getStandard } from './standards/get-standard';
export { NATIONAL_STANDARDS } from './standards/national-standards';
export { ND07_2021 } from './standards/nd07-2021';
export { ND351_2025 } from './standards/nd351-2025';
export { QD59_2015 } from './standards/qd59-2015';
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
  WorkingAgeWorkRule,
  YearRange,
} from './standards/types';
export { LIBRARY_VERSION } from './version';
