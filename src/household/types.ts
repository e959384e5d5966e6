import type { Sex } from '../dates/retirement';
import type { NationalIndicatorId } from './indicator-ids';

/** Where a household lives: nông thôn (`rural`) or thành thị, đô thị from 2027 (`urban`). */
export type Area = 'rural' | 'urban';

/** A household's poverty status (phân loại hộ), as assessed or as recognised in a review. */
export type Category = 'poor' | 'near-poor' | 'middle' | 'not-poor' | 'undetermined';

/**
 * The programme's question, answered whenever the facts decide it: poor, near-poor, or neither
 * (middle or not poor, whichever the middle band would say), or `undetermined`.
 */
export type PovertyStatus = 'poor' | 'near-poor' | 'neither' | 'undetermined';

/** A structure of the dwelling: durable (kiên cố) or non-durable materials. */
export type StructureQuality = 'durable' | 'non-durable';

/** The main drinking or domestic water source (nguồn nước sinh hoạt). */
export type WaterSource =
  | 'piped'
  | 'drilled-well'
  | 'protected-dug-well'
  | 'unprotected-dug-well'
  | 'protected-spring'
  | 'unprotected-spring'
  | 'rainwater'
  | 'bottled'
  | 'surface-water'
  | 'other';

/** The household's latrine (nhà tiêu). */
export type Latrine =
  | 'septic'
  | 'semi-septic'
  | 'pour-flush'
  | 'double-vault'
  | 'ventilated-pit'
  | 'biogas'
  | 'simple-pit'
  | 'hanging'
  | 'none'
  | 'other';

/** An information device the household owns. */
export type Device = 'television' | 'radio' | 'computer' | 'smartphone' | 'basic-phone';

/** How the household treats its waste (an optional fact for the `nd351-2025` waste indicator). */
export type WasteTreatment = 'collected' | 'composted' | 'buried' | 'burned' | 'dumped' | 'other';

/** A member's relation to the household head. */
export type Relation = 'head' | 'spouse' | 'child' | 'parent' | 'grandchild' | 'sibling' | 'other';

/** A member's work situation. */
export type Work =
  | 'wage-with-contract'
  | 'wage-without-contract'
  | 'self-employed'
  | 'unpaid-family-work'
  | 'unemployed'
  | 'not-in-labour-force';

/** A member's disability level (mức độ khuyết tật). */
export type Disability = 'none' | 'mild' | 'severe' | 'especially-severe';

/**
 * Whether a woman is pregnant (mang thai) or breastfeeding (nuôi con bằng sữa mẹ), for the
 * programme's nutrition project. Added in version 1.1 of the contract.
 */
export type Maternity = 'none' | 'pregnant' | 'breastfeeding';

/**
 * Who gave a household earlier housing support (hỗ trợ nhà ở). Added in version 1.1.
 *
 * - `ethnic-minority-programme`: the national target programme for ethnic-minority and
 *   mountainous areas 2021–2030 (Decision 1719/QĐ-TTg);
 * - `poverty-reduction-programme`: this programme's housing project (Project 5, Decision
 *   90/QĐ-TTg);
 * - `other-state-programme`: any other State programme or policy (earlier housing decisions,
 *   disaster relief…);
 * - `mass-organisation`: a socio-political organisation (Fatherland Front, Women's Union…);
 * - `other`: anyone else (relatives, enterprises, charities).
 */
export type HousingSupportSource =
  | 'ethnic-minority-programme'
  | 'poverty-reduction-programme'
  | 'other-state-programme'
  | 'mass-organisation'
  | 'other';

/** One earlier housing support the household received. Added in version 1.1. */
export interface HousingSupport {
  /** Who gave it. */
  readonly source: HousingSupportSource;
  /** The year it was given, when known. */
  readonly year?: number;
}

/** A child's nutrition status (suy dinh dưỡng thấp còi / nhẹ cân). */
export type Nutrition = 'normal' | 'stunted' | 'underweight' | 'stunted-and-underweight';

/** A level of schooling or training. */
export type SchoolLevel =
  | 'preschool'
  | 'primary'
  | 'lower-secondary'
  | 'upper-secondary'
  | 'vocational'
  | 'higher';

/**
 * A qualification (văn bằng, chứng chỉ): a general-education level completed or a vocational or
 * higher-education qualification.
 */
export type Qualification =
  | 'none'
  | 'primary'
  | 'lower-secondary'
  | 'upper-secondary'
  | 'vocational-elementary'
  | 'vocational-intermediate'
  | 'college'
  | 'university';

/** Whether a member is attending school or training now, and at which level. */
export interface Schooling {
  /** Attending school or training (đang đi học). */
  readonly attending: boolean;
  /** The level attended, when known. */
  readonly level?: SchoolLevel;
}

/** A person on the household register (nhân khẩu). Optional facts left out are unknown. */
export interface Member {
  /** Unique within the household. */
  readonly id: string;
  /** Sex. */
  readonly sex: Sex;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: registers often hold a year only. */
  readonly birthDate: string;
  /** One of the 54 ethnic groups, by its canonical name after parsing (`Kinh`, `Tày`, `Khơ-me`…). */
  readonly ethnicity: string;
  /** Relation to the household head. */
  readonly relation?: Relation;
  /** Work situation. */
  readonly work?: Work;
  /** Disability level. */
  readonly disability?: Disability;
  /** Receives a monthly social allowance (trợ cấp xã hội hằng tháng). */
  readonly monthlySocialAllowance?: boolean;
  /** Holds a valid health-insurance card (thẻ bảo hiểm y tế). */
  readonly healthInsurance?: boolean;
  /** For children under 16: nutrition status. */
  readonly nutrition?: Nutrition;
  /** Attending school or training now. */
  readonly schooling?: Schooling;
  /**
   * The highest qualification completed (bằng cấp cao nhất), as version 1 of the contract has it.
   * One value cannot say that a person holds both an upper-secondary diploma and a vocational
   * certificate; use `qualifications` for that.
   */
  readonly qualification?: Qualification;
  /**
   * Every qualification the member holds, general-education and vocational together (contract
   * 1.1): `['lower-secondary', 'vocational-elementary']`. When given, it is the complete list (an
   * empty list means none); a rule counts a member as qualified when any held qualification
   * counts. With `qualification` as well, that value must be in the list.
   */
  readonly qualifications?: readonly Qualification[];
  /** Trained on the job and certified by the employer. */
  readonly employerCertifiedTraining?: boolean;
  /** Uses internet services. */
  readonly usesInternet?: boolean;
  /** `qd59-2015` only: uses a telephone subscription. */
  readonly usesPhone?: boolean;
  /** A person of merit to the revolution (người có công với cách mạng). */
  readonly meritorious?: boolean;
  /** `qd59-2015` only: was sick in the last 12 months and did not seek care. */
  readonly sickWithoutCare?: boolean;
  /** Pregnant or breastfeeding (since version 1.1). */
  readonly maternity?: Maternity;
}

/**
 * The household's income, exactly one of three forms: the annual total (integer VND over the 12
 * months before the review), the monthly income per capita (integer VND), or the survey's proxy
 * score A (form B1). Giving two forms at once does not compile.
 */
export type Income = AnnualIncome | MonthlyIncomePerCapita | ProxyScoreIncome;

/** Household income over the 12 months before the review. */
export interface AnnualIncome {
  /** Integer VND, at least 0. */
  readonly annualTotal: number;
  /** Not with `annualTotal`. */
  readonly monthlyPerCapita?: never;
  /** Not with `annualTotal`. */
  readonly proxyScore?: never;
}

/** Monthly income per capita. */
export interface MonthlyIncomePerCapita {
  /** Integer VND, at least 0. */
  readonly monthlyPerCapita: number;
  /** Not with `monthlyPerCapita`. */
  readonly annualTotal?: never;
  /** Not with `monthlyPerCapita`. */
  readonly proxyScore?: never;
}

/** The survey's proxy for income: score A of form B1. */
export interface ProxyScoreIncome {
  /** Score A, at least 0. */
  readonly proxyScore: number;
  /** Not with `proxyScore`. */
  readonly annualTotal?: never;
  /** Not with `proxyScore`. */
  readonly monthlyPerCapita?: never;
}

/** A household with no dwelling (không có nhà ở). */
export interface NoDwelling {
  /** Always `true`. */
  readonly none: true;
  /** Not with `none`. */
  readonly foundation?: never;
  /** Not with `none`. */
  readonly walls?: never;
  /** Not with `none`. */
  readonly roof?: never;
  /** Not with `none`. */
  readonly floorAreaM2?: never;
}

/** The dwelling's three main structures and its floor area. */
export interface Dwelling {
  /** Not with the structures. */
  readonly none?: never;
  /** Foundation or columns (móng, cột). */
  readonly foundation: StructureQuality;
  /** Frame and walls (khung, tường). */
  readonly walls: StructureQuality;
  /** Roof (mái). */
  readonly roof: StructureQuality;
  /** Floor area in m², at least 0. */
  readonly floorAreaM2: number;
}

/**
 * Where a household is: administrative unit codes (GSO list), the village, and (since version
 * 1.1) the flags of the area that decide programme eligibility. A flag left out is unknown.
 */
export interface Location {
  /** The province code. */
  readonly provinceCode?: string;
  /** The commune code. */
  readonly communeCode?: string;
  /** The village (thôn, xóm, bản). */
  readonly village?: string;
  /** In a poor district (huyện nghèo) of the programme 2021–2025 (since 1.1). */
  readonly poorDistrict?: boolean;
  /** In a poor commune (xã nghèo) as the Prime Minister's decisions list them (since 1.1). */
  readonly poorCommune?: boolean;
  /** In an extremely difficult commune (xã đặc biệt khó khăn) (since 1.1). */
  readonly extremelyDifficultCommune?: boolean;
  /**
   * In an extremely difficult coastal, border or island commune (xã đặc biệt khó khăn vùng bãi
   * ngang, ven biển, biên giới, hải đảo) (since 1.1).
   */
  readonly extremelyDifficultCoastalBorderIslandCommune?: boolean;
  /** In an area often hit by natural disasters (vùng thường xuyên bị thiên tai) (since 1.1). */
  readonly oftenHitByDisasters?: boolean;
}

/** The household's recognised status in an earlier year. */
export interface PreviousStatus {
  /** The category recognised then. */
  readonly category: Exclude<Category, 'undetermined'>;
  /** The policy year it was recognised for. */
  readonly policyYear: number;
  /** Since when the household had that status, `YYYY-MM-DD`. */
  readonly since?: string;
  /**
   * The day the household left that status (the first day of its next status), `YYYY-MM-DD`:
   * for a poor or near-poor status, the escape date that newly-escaped rules count from (since
   * version 1.1).
   */
  readonly leftOn?: string;
}

/**
 * A household record (hộ gia đình) as callers write it: version 1.1 of the JSON contract (the guide
 * "The household contract").
 * Optional facts that are absent are unknown, never assumed. Check it with `parseHousehold`, which
 * returns a {@link Household}.
 *
 * @typeParam DeclaredId - the indicator ids that `declared` may name: by default those of the
 * national editions, so that a misspelt id does not compile; a provincial standard's ids can be
 * given.
 *
 * @see {@link !"Getting started" | Getting started}
 * @see {@link !"Conventions" | Conventions}
 */
export interface HouseholdInput<DeclaredId extends string = NationalIndicatorId> {
  /** The caller's identifier, echoed in results and errors. */
  readonly id?: string;
  /** Rural or urban. */
  readonly area: Area;
  /** Administrative location, for grouping and targeting. */
  readonly location?: Location;
  /** Income, in exactly one of its three forms. */
  readonly income: Income;
  /** Everyone on the household register; at least one. */
  readonly members: readonly Member[];
  /** The dwelling, or `{ none: true }`. */
  readonly dwelling: Dwelling | NoDwelling;
  /** The main water source. */
  readonly water: WaterSource;
  /** The latrine. */
  readonly latrine: Latrine;
  /** Information devices owned; may be empty. */
  readonly devices: readonly Device[];
  /** `qd59-2015` only: can hear the commune or village loudspeaker (loa truyền thanh). */
  readonly hearsLoudspeaker?: boolean;
  /** How the household treats its waste. */
  readonly wasteTreatment?: WasteTreatment;
  /** Indicator id → deprived, as ticked on survey form B2; overrides the facts. */
  readonly declared?: Readonly<Partial<Record<DeclaredId, boolean>>>;
  /** The recognised status in an earlier year. */
  readonly previous?: PreviousStatus;
  /**
   * When the household became an independent household on the register (ngày tách hộ: split from
   * its parents' household, or formed otherwise): `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (since 1.1).
   */
  readonly formedOn?: string;
  /**
   * Housing support received earlier, one entry for each; an empty list means none (since 1.1).
   * Left out, whether the household had any is unknown.
   */
  readonly earlierHousingSupport?: readonly HousingSupport[];
  /**
   * Works in agriculture, forestry, fishery or salt making (hộ làm nông nghiệp, lâm nghiệp, ngư
   * nghiệp, diêm nghiệp), for the health-insurance support of such households (since 1.1).
   */
  readonly agriculturalHousehold?: boolean;
}

/** Only `parseHousehold` makes a {@link Household}: this key exists in its type alone. */
declare const parsedHousehold: unique symbol;

/**
 * A household record that `parseHousehold` checked: every fact valid, ethnic groups in their
 * canonical spelling, frozen, so that it cannot change between the check and an assessment. An
 * object literal is not a `Household`: parse it first.
 *
 * @see {@link !"Getting started" | Getting started}
 */
export interface Household extends HouseholdInput<string> {
  /** Present in the type only: marks a record that `parseHousehold` made. */
  readonly [parsedHousehold]: true;
}
