import type {
  NationalIndicatorId,
  Nd07IndicatorId,
  Nd351IndicatorId,
  Qd59IndicatorId,
} from '../household/indicator-ids';
import type {
  Device,
  Latrine,
  Nutrition,
  Qualification,
  SchoolLevel,
  WasteTreatment,
  WaterSource,
  Work,
} from '../household/types';
import type { Message } from '../i18n/message';
import type { LegalCitation } from '../law/citation';

export type { NationalIndicatorId, Nd07IndicatorId, Nd351IndicatorId, Qd59IndicatorId };

/** The id of one of the three national editions. */
export type NationalStandardId = 'qd59-2015' | 'nd07-2021' | 'nd351-2025';

/** A basic social service (dịch vụ xã hội cơ bản) that indicators are grouped under. */
export type ServiceId =
  | 'employment'
  | 'health'
  | 'education'
  | 'housing'
  | 'water-sanitation'
  | 'water-sanitation-environment'
  | 'information';

/** One value for each area. */
export interface ByArea<T> {
  /** For rural areas (nông thôn). */
  readonly rural: T;
  /** For urban areas (thành thị; đô thị from 2027). */
  readonly urban: T;
}

/** A range of years, both ends included. */
export interface YearRange {
  /** The first year. */
  readonly from: number;
  /** The last year. */
  readonly to: number;
}

/** A value that the law sets but that no source found publishes: it must be supplied to decide. */
export interface Unpublished {
  /** Always `true`. */
  readonly unpublished: true;
  /** What is missing and where it should come from. */
  readonly note: string;
}

/** An income line (chuẩn) per person, by month or by year, with its legal basis. */
export interface IncomeLine {
  /** Integer VND per person. */
  readonly amount: number;
  /** Whether `amount` is per month (national lines) or per year (some provincial lines). */
  readonly per: 'month' | 'year';
  /** Where the line is set. */
  readonly basis: LegalCitation;
}

/** The lines for one area. */
export interface AreaLines {
  /** The poverty line (chuẩn nghèo): income at or below it is income-poor. */
  readonly poverty: IncomeLine;
  /** The near-poverty line (chuẩn cận nghèo); equal to the poverty line from 2022. */
  readonly nearPoverty: IncomeLine;
  /** The top of the middle band (mức sống trung bình), inclusive; unpublished for 2027–2030. */
  readonly middleUpper: IncomeLine | Unpublished;
}

/** How income and deprivations combine into a category. */
export interface ClassificationRule {
  /** Deprivations that, with income at or below the line, make a household poor (3). */
  readonly deprivationThreshold: number;
  /**
   * Whether income at or below the poverty line alone makes a household poor (the two-tier test
   * of 2016–2021); when `false`, such a household with fewer deprivations is near-poor.
   */
  readonly incomeAloneMakesPoor: boolean;
  /** Where the rule is set. */
  readonly basis: LegalCitation;
}

/** The survey scoring method (phương pháp chấm điểm, forms B1 and B2). */
export interface SurveyScoring {
  /** Score A (form B1) at or below which income counts as at or below the poverty line. */
  readonly scoreACutoff: ByArea<number>;
  /** Score B points per deprived indicator (form B2). */
  readonly pointsPerIndicator: number;
  /** Score B at or above which an income-poor household is poor. */
  readonly poorScoreBAtLeast: number;
  /** Where the method is set. */
  readonly basis: LegalCitation;
}

/**
 * Who counts as a worker for the low-income worker rule. The text says "a member of a household";
 * which members are workers is a reading (grade U), so it is a parameter of the standard.
 */
export interface WorkerDefinition {
  /** The youngest age, in completed years (15, the start of working age). */
  readonly minimumAge: number;
  /**
   * Whether a member must be below the statutory retirement age (Decree 135/2020/NĐ-CP). The
   * default reading is `true`: people past retirement age who still work are left out, on no
   * text; set `false` to count them.
   */
  readonly belowRetirementAge: boolean;
  /** The kinds of work that make a member a worker. */
  readonly work: readonly Work[];
  /** Where the reading comes from, with its grade. */
  readonly basis: LegalCitation;
}

/** The low-income worker rule (người lao động có thu nhập thấp). */
export interface LowIncomeWorkerRule {
  /** The first day the rule applies, `YYYY-MM-DD`. */
  readonly effectiveFrom: string;
  /**
   * The programme years the text scopes the rule to (2021–2025); a result for a later year says
   * that the rule is applied there by inference.
   */
  readonly programmeYears: YearRange;
  /** The highest monthly income per capita, inclusive, by area. */
  readonly lines: ByArea<IncomeLine>;
  /** Who counts as a worker. */
  readonly workers: WorkerDefinition;
  /** Where the rule is set. */
  readonly basis: LegalCitation;
}

/** Qualifying qualifications for one age band of the adult-education indicator. */
export interface QualificationBand {
  /** The youngest age of the band, in completed years. */
  readonly fromAge: number;
  /** The oldest age of the band, inclusive; `null` for no upper limit. */
  readonly toAge: number | null;
  /** Only people born in this year or later are counted; `null` for everyone. */
  readonly bornFromYear: number | null;
  /** Qualifications that count as having the expected education. */
  readonly qualifying: readonly Qualification[];
}

/** The school level expected from a school age on. */
export interface ExpectedLevel {
  /** The first school age at which the level is expected. */
  readonly fromSchoolAge: number;
  /** The level. */
  readonly level: SchoolLevel;
}

/** Employment: a member of working age has work of a depriving kind. */
export interface WorkingAgeWorkRule {
  /** The rule's kind. */
  readonly kind: 'working-age-work';
  /** The youngest working age, in completed years (15); the oldest is the retirement age. */
  readonly minimumAge: number;
  /** The kinds of work that deprive (unemployed, a wage without a labour contract). */
  readonly depriving: readonly Work[];
}

/** Dependants: their share of the members is above a limit. */
export interface DependantsShareRule {
  /** The rule's kind. */
  readonly kind: 'dependants-share';
  /** Children under this age (16) are dependants. */
  readonly childUnderAge: number;
  /** People from this age (60) are dependants, with a monthly social allowance if so required. */
  readonly elderlyFromAge: number;
  /**
   * Whether the elderly count only with a monthly social allowance, as people with a disability
   * do. The definition reads either way; the library's reading (grade U, in the guide Readings) is
   * `true`.
   */
  readonly elderlyNeedAllowance: boolean;
  /** Deprived when dependants ÷ members is more than numerator ÷ denominator (1/2). */
  readonly shareAbove: Fraction;
}

/** A fraction of two integers, so that shares are compared exactly. */
export interface Fraction {
  /** The numerator. */
  readonly numerator: number;
  /** The denominator, above 0. */
  readonly denominator: number;
}

/** Nutrition: a child is stunted or underweight. */
export interface ChildNutritionRule {
  /** The rule's kind. */
  readonly kind: 'child-nutrition';
  /** Children under this age (16) are counted. */
  readonly underAge: number;
  /** The nutrition statuses that deprive. */
  readonly depriving: readonly Nutrition[];
}

/** Health insurance: a member from an age has no card. */
export interface HealthInsuranceRule {
  /** The rule's kind. */
  readonly kind: 'health-insurance';
  /** Members from this age (6) are counted. */
  readonly minimumAge: number;
}

/** Adult education: a member in an age band is not in school and lacks a qualifying qualification. */
export interface AdultQualificationRule {
  /** The rule's kind. */
  readonly kind: 'adult-qualification';
  /** The age bands and what qualifies in each. */
  readonly bands: readonly QualificationBand[];
  /** Whether training certified by an employer counts as qualified. */
  readonly employerCertificationCounts: boolean;
}

/** Child school attendance: a child in an age range does not attend, or attends below the expected level. */
export interface SchoolAttendanceRule {
  /** The rule's kind. */
  readonly kind: 'school-attendance';
  /** The youngest age counted, in completed years. */
  readonly fromAge: number;
  /** Children under this age are counted. */
  readonly underAge: number;
  /** The month in which a school year begins (9, September). */
  readonly schoolYearStartMonth: number;
  /** Levels expected by school age; empty when attending at any level is enough. */
  readonly expectedLevels: readonly ExpectedLevel[];
}

/** Housing quality: no dwelling, or enough main structures non-durable. */
export interface DwellingStructuresRule {
  /** The rule's kind. */
  readonly kind: 'dwelling-structures';
  /** How many of the three main structures must be non-durable (2). */
  readonly minimumNonDurable: number;
}

/** Floor area: no dwelling, or less than a minimum per member. */
export interface FloorAreaPerMemberRule {
  /** The rule's kind. */
  readonly kind: 'floor-area-per-member';
  /** The minimum floor area per member, in m² (8). */
  readonly minimumM2: number;
}

/** Domestic water: the main source is not a safe one. */
export interface WaterSourceRule {
  /** The rule's kind. */
  readonly kind: 'water-source';
  /** The sources that count as safe. */
  readonly safe: readonly WaterSource[];
}

/** Sanitation: the latrine is not a hygienic kind. */
export interface LatrineRule {
  /** The rule's kind. */
  readonly kind: 'latrine';
  /** The latrines that count as hygienic. */
  readonly hygienic: readonly Latrine[];
}

/** Telecommunication: no member uses any of the services. */
export interface MemberUsesRule {
  /** The rule's kind. */
  readonly kind: 'member-uses';
  /** The member facts that count as using a service. */
  readonly services: readonly ('usesInternet' | 'usesPhone')[];
}

/** Access to information: the household owns none of the devices (and cannot hear the loudspeaker). */
export interface InformationDevicesRule {
  /** The rule's kind. */
  readonly kind: 'information-devices';
  /** The devices that give access. */
  readonly devices: readonly Device[];
  /** Whether hearing the commune or village loudspeaker counts as access. */
  readonly loudspeakerCounts: boolean;
}

/** Access to health care: a member was sick and sought no care. */
export interface SickWithoutCareRule {
  /** The rule's kind. */
  readonly kind: 'sick-without-care';
}

/** Waste treatment: the household's way of treating waste is not an adequate one. */
export interface WasteTreatmentRule {
  /** The rule's kind. */
  readonly kind: 'waste-treatment';
  /** The ways that count as adequate. */
  readonly adequate: readonly WasteTreatment[];
}

/** An indicator whose cut-off is not published: only a declared value (form B2) decides it. */
export interface UnpublishedRule {
  /** The rule's kind. */
  readonly kind: 'unpublished';
  /** What is missing. */
  readonly note: string;
}

/**
 * The rule of an indicator: which shared test it applies, with its cut-offs as named
 * parameters. Editions differ only in which rules they list and with which parameters.
 */
export type IndicatorRule =
  | WorkingAgeWorkRule
  | DependantsShareRule
  | ChildNutritionRule
  | HealthInsuranceRule
  | AdultQualificationRule
  | SchoolAttendanceRule
  | DwellingStructuresRule
  | FloorAreaPerMemberRule
  | WaterSourceRule
  | LatrineRule
  | MemberUsesRule
  | InformationDevicesRule
  | SickWithoutCareRule
  | WasteTreatmentRule
  | UnpublishedRule;

/** The kinds of indicator rule. */
export type IndicatorRuleKind = IndicatorRule['kind'];

/** A deprivation indicator (chỉ số đo lường mức độ thiếu hụt) of a standard. */
export interface IndicatorDefinition<Id extends string = string> {
  /** A stable id, camelCase (`healthInsurance`). */
  readonly id: Id;
  /** The service it belongs to. */
  readonly service: ServiceId;
  /** Its name, in Vietnamese and English. */
  readonly label: Message;
  /** Its test and cut-offs. */
  readonly rule: IndicatorRule;
  /** Where it is set, with the evidence grade of the cut-off. */
  readonly basis: LegalCitation;
  /**
   * The standard whose cut-off this indicator carries over unverified, when the standard's own
   * cut-off is not published (`nd351-2025` carries ten from `nd07-2021`). Results that use such a
   * rule say so in their notes.
   */
  readonly carriedOverFrom?: string;
}

/**
 * A multidimensional poverty standard (chuẩn nghèo đa chiều): frozen, typed data that the
 * shared code reads. National editions never change; provincial and what-if standards are
 * derived from them with `defineStandard`.
 */
export interface Standard<Id extends string = string> {
  /** A stable id (`nd07-2021`, or a derived standard's own id). */
  readonly id: string;
  /** Its name. */
  readonly title: Message;
  /** Whether parts of it are still unknown (`nd351-2025`). */
  readonly provisional: boolean;
  /** The id of the standard it was derived from, for a derived standard. */
  readonly derivedFrom?: string;
  /** The instruments that set it. */
  readonly basis: readonly LegalCitation[];
  /** The policy years it governs, inclusive. */
  readonly policyYears: YearRange;
  /** The income lines by area. */
  readonly lines: ByArea<AreaLines>;
  /** How income and deprivations combine. */
  readonly classification: ClassificationRule;
  /** The deprivation indicators, in the order of the legal text. */
  readonly indicators: readonly IndicatorDefinition<Id>[];
  /** The survey scoring method, for households whose income is a proxy score. */
  readonly survey: SurveyScoring | Unpublished;
  /** The low-income worker rule, `null` where the standard has none. */
  readonly lowIncomeWorker: LowIncomeWorkerRule | Unpublished | null;
}
