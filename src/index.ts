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
  AssessedHousehold,
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
