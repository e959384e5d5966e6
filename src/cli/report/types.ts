import type {
  AlkireFosterResult,
  DeprivationProfile,
  ExactNumber,
  GroupKey,
  GroupSummary,
  LegalCitation,
  Message,
  PopulationItem,
  ProgrammeTarget,
  Summary,
  SurveyWeight,
  Tally,
  TargetingRules,
  TargetProgress,
  TransitionCounts,
  TransitionKind,
  UnknownTreatment,
  ValidationIssue,
  YearFigures,
} from '../../index';

/** Options of {@link buildReportModel}. Every figure of the report comes from these and the items. */
export interface ReportOptions {
  /** The earlier review's items (assessed households and rejected records): adds the transitions. */
  readonly previous?: Iterable<PopulationItem> | AsyncIterable<PopulationItem>;
  /** A survey weight per household: the report then shows weighted figures beside the counts. */
  readonly weight?: SurveyWeight;
  /** The report's title; by default "Báo cáo rà soát hộ nghèo, hộ cận nghèo" / "Poverty review report". */
  readonly title?: Message;
  /** Whether the households are synthetic (invented): every page and summary then says so. */
  readonly synthetic?: boolean;
  /** Commune names by commune code, to show beside the codes. */
  readonly communeNames?: ReadonlyMap<string, string>;
  /**
   * The Alkire-Foster cut-off and treatment of unknown values; by default `k = 1/3` and unknown
   * values excluded (the report states the choice).
   */
  readonly alkireFoster?: { readonly k: ExactNumber; readonly unknown: UnknownTreatment };
  /**
   * The targets to follow; by default those of the programme whose period holds the current
   * review's year (Decision 90/QĐ-TTg for 2021–2025, Resolution 257/2025/QH15 for 2026–2030).
   */
  readonly targets?: readonly ProgrammeTarget[];
  /**
   * The targeting rules that tell the plan's priority groups (`assessPriorityGroups`); by default
   * those of the programme 2021–2025 (`PROGRAMME_2021_2025`).
   */
  readonly targetingRules?: TargetingRules;
  /**
   * Figures of other years (published ones, say), by measure id, added to those the report
   * measures; a year the report measures itself takes the report's figures for those measures.
   */
  readonly history?: readonly YearFigures[];
}

/** A group of households counted apart: a commune, or households in or out of a priority group. */
export interface ReportGroup {
  /** The group's key as the data have it (`null`: households with no value, or undetermined). */
  readonly key: GroupKey;
  /** A name to show: the commune's name when known, else the key. */
  readonly name: string;
  /** The group's figures, as `summarize` gives them. */
  readonly figures: GroupSummary;
}

/** The priority groups of the province's plan that the report counts. */
export type ReportPriorityGroupId =
  | 'poor-ethnic-minority-household'
  | 'poor-household-with-person-of-merit'
  | 'woman-in-poor-household';

/**
 * One priority group: who is in it (households or women), counted with its bounds, and the
 * population it is drawn from (ethnic-minority households, households with a person of merit,
 * women), with the rate among them.
 */
export interface ReportPriorityGroup {
  /** Which group. */
  readonly id: ReportPriorityGroupId;
  /** Its name in both languages. */
  readonly label: Message;
  /** What is counted: households, or people (women). */
  readonly unit: 'households' | 'people';
  /** Poor members of the group: `count` surely poor, `atMost` could be; rate among the population. */
  readonly poor: Tally;
  /** The population the group is drawn from (ethnic-minority households…), as counted. */
  readonly population: number;
  /** The same two, weighted by the survey weights, when they were given. */
  readonly weighted?: { readonly poor: Tally; readonly population: number };
  /** Households (or people) of the data whose membership of that population is unknown. */
  readonly populationUnknown: number;
  /** How the group was told from the facts, in both languages. */
  readonly reading: Message;
  /** Where the group is named. */
  readonly basis: LegalCitation;
}

/** An indicator's name and service, for the profile and the Alkire-Foster table. */
export interface ReportIndicator {
  /** The indicator id. */
  readonly id: string;
  /** Its name in both languages, as the standard gives it. */
  readonly label: Message;
  /** Its service (dimension). */
  readonly service: string;
}

/** The transitions between the previous review and this one. */
export interface ReportTransitions {
  /** The previous review's reference date, `YYYY-MM-DD` (the first seen). */
  readonly previousOn: string | null;
  /** The previous review's standard. */
  readonly previousStandardId: string | null;
  /** Each transition, in the order of `TRANSITION_KINDS`, with its counts. */
  readonly counts: readonly {
    readonly kind: TransitionKind;
    readonly label: Message;
    readonly counts: TransitionCounts;
  }[];
  /** Records of the previous review that could not be assessed. */
  readonly previousRejected: number;
}

/** A record left out of every figure, with its problems: nothing is lost without a trace. */
export interface ReportRejectedRecord {
  /** Its position in the input, from 0. */
  readonly index: number;
  /**
   * Where it is in the input file (`file:row`), when the item carried a string `place`: the
   * command gives it, so that an officer finds the row as a spreadsheet shows it.
   */
  readonly place?: string;
  /** Its household id, when it had one. */
  readonly householdId?: string;
  /** Its problems (at most five of them). */
  readonly issues: readonly ValidationIssue[];
}

/**
 * Everything the HTML report and the text summary show, as plain JSON data: built once by
 * {@link buildReportModel} with the library's own measures, rendered as many times as wanted.
 */
export interface ReportModel {
  /** Always `vn-poverty-report`. */
  readonly kind: 'vn-poverty-report';
  /** The layout of this object; a change that breaks readers raises it. */
  readonly modelVersion: 1;
  /** The version of vn-poverty that measured it. */
  readonly libraryVersion: string;
  /** The title. */
  readonly title: Message;
  /** Whether the households are synthetic; every rendering says so. */
  readonly synthetic: boolean;
  /** The standard of the assessments, with its title when it is a national one. */
  readonly standard: { readonly id: string | null; readonly title: Message | null };
  /** The reference dates of the assessments: first and last (equal for one review). */
  readonly on: { readonly from: string | null; readonly to: string | null };
  /** The review's year (that of the last reference date), which the targets' figures use. */
  readonly year: number | null;
  /** Records read, assessed and rejected: `records = assessed + rejected`. */
  readonly records: number;
  /** Households assessed. */
  readonly assessed: number;
  /** Records rejected. */
  readonly rejected: number;
  /** The first rejected records (at most 20), with their problems. */
  readonly rejectedRecords: readonly ReportRejectedRecord[];
  /** Whether survey weights were applied. */
  readonly weighted: boolean;
  /** The whole population by category, with bounds: `summarize`'s figures. */
  readonly totals: Pick<Summary, 'households' | 'people' | 'weightedHouseholds' | 'weightedPeople'>;
  /** Each commune, in the order of its first household. */
  readonly communes: readonly ReportGroup[];
  /** The plan's priority groups. */
  readonly priorityGroups: readonly ReportPriorityGroup[];
  /** How the priority groups were told, in both languages (a note for the reader). */
  readonly priorityGroupsNote: Message;
  /** The indicators of the standard, in its order. */
  readonly indicators: readonly ReportIndicator[];
  /** The deprivation profile. */
  readonly profile: DeprivationProfile;
  /** The Alkire-Foster measures, decomposed by commune. */
  readonly alkireFoster: AlkireFosterResult;
  /** The transitions from the previous review, when one was given. */
  readonly transitions: ReportTransitions | null;
  /** The figures given to `targetProgress`, year by year. */
  readonly targetFigures: readonly YearFigures[];
  /** Progress against each target that has figures. */
  readonly targets: readonly TargetProgress[];
  /** Targets left out because no figure of theirs was measured or given. */
  readonly targetsWithoutFigures: readonly { readonly id: string; readonly title: Message }[];
}
