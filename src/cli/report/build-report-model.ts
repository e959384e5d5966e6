import {
  type AssessedHousehold,
  alkireFoster,
  type CategoryFigures,
  compareReviews,
  DECISION_90_TARGETS,
  type DeprivationMatrix,
  deprivationMatrix,
  deprivationProfile,
  type GroupKey,
  LIBRARY_VERSION,
  type Message,
  NATIONAL_STANDARDS,
  type PopulationItem,
  type ProgrammeTarget,
  RESOLUTION_257_TARGETS,
  type ReviewComparison,
  type Summary,
  type SummaryFigures,
  summarize,
  type TargetFigure,
  TRANSITION_KINDS,
  targetProgress,
  VnPovertyError,
  type YearFigures,
} from '../../index';
import { FanOut } from './fan-out';
import {
  DEFAULT_TARGETING_RULES,
  type PriorityFacts,
  type PriorityGroupText,
  priorityFacts,
  priorityGroupsNote,
  priorityGroupTexts,
} from './priority-groups';
import type {
  ReportGroup,
  ReportIndicator,
  ReportModel,
  ReportOptions,
  ReportPriorityGroup,
  ReportRejectedRecord,
  ReportTransitions,
} from './types';
import { TRANSITION_LABELS } from './words';

type Source = Iterable<PopulationItem> | AsyncIterable<PopulationItem>;

const DEFAULT_TITLE: Message = {
  vi: 'Báo cáo kết quả rà soát hộ nghèo, hộ cận nghèo',
  en: 'Poverty review report',
};
const DEFAULT_ALKIRE_FOSTER = { k: '1/3', unknown: 'exclude' } as const;
const REJECTED_SHOWN = 20;
const ISSUES_SHOWN = 5;

const isAssessed = (item: PopulationItem): item is AssessedHousehold =>
  (item as { success?: unknown }).success !== false;

/** What one pass over a review notes besides the library's measures. */
interface ReviewFacts {
  first: AssessedHousehold | undefined;
  from: string | null;
  to: string | null;
  rejected: ReportRejectedRecord[];
  womenUnknown: number;
}

async function collectFacts(
  lane: AsyncIterable<PopulationItem>,
  factsOf: (item: AssessedHousehold) => PriorityFacts,
): Promise<ReviewFacts> {
  const facts: ReviewFacts = {
    first: undefined,
    from: null,
    to: null,
    rejected: [],
    womenUnknown: 0,
  };
  for await (const item of lane) {
    if (!isAssessed(item)) {
      if (facts.rejected.length < REJECTED_SHOWN) {
        const place = (item as { place?: unknown }).place;
        facts.rejected.push({
          index: item.index,
          ...(typeof place === 'string' ? { place } : {}),
          ...(item.householdId === undefined ? {} : { householdId: item.householdId }),
          issues: structuredClone(item.issues.slice(0, ISSUES_SHOWN)),
        });
      }
      continue;
    }
    facts.first ??= item;
    const on = item.assessment.on;
    if (facts.from === null || on < facts.from) facts.from = on;
    if (facts.to === null || on > facts.to) facts.to = on;
    facts.womenUnknown += factsOf(item).womenUnknown;
  }
  return facts;
}

/**
 * Runs consumers over one source in one pass; the first failure stops them all and is thrown.
 */
async function inOnePass<R extends unknown[]>(
  source: Source,
  consumers: { [K in keyof R]: (lane: AsyncIterable<PopulationItem>) => Promise<R[K]> | R[K] },
): Promise<R> {
  const fan = new FanOut(source, consumers.length);
  const lanes = fan.lanes();
  const runs = consumers.map(async (consume, i) => {
    try {
      return await consume(lanes[i] as AsyncIterable<PopulationItem>);
    } catch (error) {
      fan.abort(error);
      throw error;
    }
  });
  return (await Promise.all(runs)) as R;
}

/** The figures targets are measured on: weighted when survey weights were given. */
const figuresOf = (summary: SummaryFigures): CategoryFigures =>
  summary.weightedHouseholds ?? summary.households;

const groupOf = (summary: Summary, key: GroupKey) =>
  summary.groups.find((group) => group.key === key);

/** One year's figures for the measures a review gives. */
function yearFigures(year: number, byMinority: Summary, byPoorDistrict: Summary): YearFigures {
  const figures: Record<string, TargetFigure> = {};
  const rate = (measure: string, of: SummaryFigures | undefined) => {
    const f = of === undefined ? undefined : figuresOf(of);
    if (f !== undefined && f.total > 0) figures[measure] = { count: f.poor.count, total: f.total };
  };
  rate('poverty-rate', byMinority);
  rate('ethnic-minority-poverty-rate', groupOf(byMinority, true));
  rate('poor-district-poverty-rate', groupOf(byPoorDistrict, true));
  if (byMinority.assessed > 0) {
    figures['poor-or-near-poor-households'] = { value: figuresOf(byMinority).poorOrNearPoor.count };
  }
  return { year, figures };
}

function defaultTargets(year: number | null): readonly ProgrammeTarget[] {
  if (year === null) return [];
  // A programme's targets, from the year before its period (the baseline) to its last year.
  return [...DECISION_90_TARGETS, ...RESOLUTION_257_TARGETS].filter(
    (target) => target.period.from - 1 <= year && year <= target.period.to,
  );
}

/** A copy of the caller's figures, so that the model shares nothing with them. */
function copyOfHistory(history: readonly YearFigures[]): YearFigures[] {
  try {
    return structuredClone([...history]);
  } catch {
    throw new VnPovertyError('invalid-targets', {
      vi: 'Số liệu các năm (history) phải là dữ liệu thuần: năm và số liệu theo chỉ tiêu.',
      en: 'The figures of other years (history) must be plain data: years and figures by measure.',
    });
  }
}

/** The caller's figures of other years, with the report's own in the years it measured. */
function mergeYears(
  history: readonly YearFigures[],
  measured: readonly YearFigures[],
): YearFigures[] {
  const years = copyOfHistory(history).map((entry) => ({
    year: entry.year,
    figures: { ...entry.figures },
  }));
  for (const entry of measured) {
    const same = years.find((other) => other.year === entry.year);
    if (same === undefined) years.push({ year: entry.year, figures: { ...entry.figures } });
    else same.figures = { ...same.figures, ...entry.figures };
  }
  return years.sort((a, b) => a.year - b.year);
}

function priorityGroup(
  id: ReportPriorityGroup['id'],
  text: PriorityGroupText,
  unit: ReportPriorityGroup['unit'],
  figures: SummaryFigures,
  populationUnknown: number,
): ReportPriorityGroup {
  const { label, reading, basis } = text;
  const counted = unit === 'households' ? figures.households : figures.people;
  const weighted = unit === 'households' ? figures.weightedHouseholds : figures.weightedPeople;
  return {
    id,
    label,
    unit,
    poor: counted.poor,
    population: counted.total,
    ...(weighted === undefined
      ? {}
      : { weighted: { poor: weighted.poor, population: weighted.total } }),
    populationUnknown,
    reading,
    basis,
  };
}

const EMPTY: SummaryFigures = summarize([]);

function priorityGroups(
  texts: Readonly<Record<ReportPriorityGroup['id'], PriorityGroupText>>,
  byMinority: Summary,
  byMerit: Summary,
  women: Summary,
  womenUnknown: number,
): ReportPriorityGroup[] {
  const households = (summary: Summary, key: GroupKey) => groupOf(summary, key) ?? EMPTY;
  return [
    priorityGroup(
      'poor-ethnic-minority-household',
      texts['poor-ethnic-minority-household'],
      'households',
      households(byMinority, true),
      households(byMinority, null).households.total,
    ),
    priorityGroup(
      'poor-household-with-person-of-merit',
      texts['poor-household-with-person-of-merit'],
      'households',
      households(byMerit, true),
      households(byMerit, null).households.total,
    ),
    priorityGroup(
      'woman-in-poor-household',
      texts['woman-in-poor-household'],
      'people',
      women,
      womenUnknown,
    ),
  ];
}

function communes(summary: Summary, names: ReadonlyMap<string, string> | undefined): ReportGroup[] {
  return summary.groups.map((figures) => {
    const code = figures.key;
    const name = typeof code === 'string' ? names?.get(code) : undefined;
    return { key: code, name: name ?? (code === null ? '—' : String(code)), figures };
  });
}

function indicatorsOf(first: AssessedHousehold | undefined): ReportIndicator[] {
  return (first?.assessment.indicators ?? []).map((indicator) => ({
    id: indicator.id,
    label: { vi: indicator.label.vi, en: indicator.label.en },
    service: indicator.service,
  }));
}

function transitionsOf(comparison: ReviewComparison, previousOn: string | null): ReportTransitions {
  return {
    previousOn,
    previousStandardId: comparison.previousStandardId,
    counts: TRANSITION_KINDS.map((kind) => ({
      kind,
      label: TRANSITION_LABELS[kind],
      counts: comparison.counts[kind],
    })),
    previousRejected: comparison.rejected.previous,
  };
}

function standardOf(id: string | null): ReportModel['standard'] {
  const national = NATIONAL_STANDARDS.find((standard) => standard.id === id);
  return {
    id,
    title: national === undefined ? null : { vi: national.title.vi, en: national.title.en },
  };
}

/**
 * Builds the report's model from one review's items (what `assessMany` yields: assessed
 * households and rejected records), with the library's own measures: `summarize` by commune and
 * for the plan's priority groups, `deprivationProfile`, `deprivationMatrix` and `alkireFoster`,
 * `compareReviews` when a previous review is given, and `targetProgress` with the programme's
 * targets.
 *
 * @remarks The items are read once, in one pass shared by every measure, from an array, an
 * iterable or an async iterable (a file read as a stream): memory stays flat but for the previous
 * review, which `compareReviews` keeps while it reads the current one. The targets are measured on
 * the households surely in a category (`count`, not `atMost`), weighted when `weight` is given:
 * a review's year is that of its reference date. Nothing in the model is shared with the items.
 *
 * @param items - the current review's assessed households and rejected records
 * @param options - the previous review, survey weights, title, synthetic flag, commune names,
 * Alkire-Foster options, targets and other years' figures
 * @returns the {@link ReportModel}, plain JSON data
 * @throws {@link VnPovertyError} as the measures do: `mixed-standards`, `missing-household-id` or
 * `duplicate-household-id` (comparing reviews), `invalid-survey-weight`, `invalid-options`
 * (Alkire-Foster options), `invalid-targets` (targets or history), `not-iterable`
 */
export async function buildReportModel(
  items: Source,
  options: ReportOptions = {},
): Promise<ReportModel> {
  const { weight } = options;
  const rules = options.targetingRules ?? DEFAULT_TARGETING_RULES;
  const weighting = weight === undefined ? {} : { weight };
  const cache = new WeakMap<object, PriorityFacts>();
  const factsOf = (item: AssessedHousehold): PriorityFacts => {
    let facts = cache.get(item);
    if (facts === undefined) {
      facts = priorityFacts(item, rules);
      cache.set(item, facts);
    }
    return facts;
  };
  const byMinority = {
    ...weighting,
    by: (item: AssessedHousehold) => factsOf(item).ethnicMinority,
  };
  const byMerit = { ...weighting, by: (item: AssessedHousehold) => factsOf(item).personOfMerit };
  const byPoorDistrict = {
    ...weighting,
    by: ({ household }: AssessedHousehold) => household.location?.poorDistrict ?? null,
  };

  // The previous review is read first, so that compareReviews can match the current one to it.
  let previousLane: AsyncIterable<PopulationItem> | undefined;
  let previous: Promise<[Summary, Summary, ReviewFacts]> | undefined;
  if (options.previous !== undefined) {
    const fan = new FanOut(options.previous, 4);
    const [forComparison, ...lanes] = fan.lanes();
    previousLane = forComparison;
    previous = Promise.all([
      summarize(lanes[0] as AsyncIterable<PopulationItem>, byMinority),
      summarize(lanes[1] as AsyncIterable<PopulationItem>, byPoorDistrict),
      collectFacts(lanes[2] as AsyncIterable<PopulationItem>, factsOf),
    ]).catch((error: unknown) => {
      fan.abort(error);
      throw error;
    });
  }
  const comparing = previousLane;

  // Both passes are awaited together, so that a failure of either is the one thrown.
  const [current, previousResults] = await Promise.all([
    inOnePass<
      [
        Summary,
        Summary,
        Summary,
        Summary,
        Summary,
        ReportModel['profile'],
        DeprivationMatrix,
        ReviewFacts,
        ReviewComparison | null,
      ]
    >(items, [
      (lane) => summarize(lane, { ...weighting, by: 'commune' }),
      (lane) => summarize(lane, byMinority),
      (lane) => summarize(lane, byMerit),
      (lane) => summarize(lane, { ...weighting, people: (item) => factsOf(item).women }),
      (lane) => summarize(lane, byPoorDistrict),
      (lane) => deprivationProfile(lane, weighting),
      (lane) => deprivationMatrix(lane, { ...weighting, by: 'commune' }),
      (lane) => collectFacts(lane, factsOf),
      (lane) =>
        comparing === undefined ? leave(lane) : compareReviews(comparing, lane, weighting),
    ]),
    previous,
  ]);
  const [byCommune, minority, merit, women, poorDistrict, profile, matrix, facts, comparison] =
    current;
  const [previousMinority, previousPoorDistrict, previousFacts] = previousResults ?? [];

  const year = facts.to === null ? null : Number(facts.to.slice(0, 4));
  const measured: YearFigures[] = [];
  if (previousMinority !== undefined && previousPoorDistrict !== undefined && previousFacts?.to) {
    measured.push(
      yearFigures(Number(previousFacts.to.slice(0, 4)), previousMinority, previousPoorDistrict),
    );
  }
  if (year !== null) measured.push(yearFigures(year, minority, poorDistrict));
  const targetFigures = mergeYears(options.history ?? [], measured);
  const targets = options.targets ?? defaultTargets(year);
  const measures = new Set(targetFigures.flatMap((entry) => Object.keys(entry.figures)));
  const followed = targets.filter((target) => measures.has(target.measure));
  const alkireFosterResult = alkireFoster(matrix, options.alkireFoster ?? DEFAULT_ALKIRE_FOSTER);

  return {
    kind: 'vn-poverty-report',
    modelVersion: 1,
    libraryVersion: LIBRARY_VERSION,
    title:
      options.title === undefined ? DEFAULT_TITLE : { vi: options.title.vi, en: options.title.en },
    synthetic: options.synthetic === true,
    standard: standardOf(byCommune.standardId),
    on: { from: facts.from, to: facts.to },
    year,
    records: byCommune.records,
    assessed: byCommune.assessed,
    rejected: byCommune.rejected,
    rejectedRecords: facts.rejected,
    weighted: byCommune.weighted,
    totals: {
      households: byCommune.households,
      people: byCommune.people,
      ...(byCommune.weightedHouseholds === undefined
        ? {}
        : { weightedHouseholds: byCommune.weightedHouseholds }),
      ...(byCommune.weightedPeople === undefined
        ? {}
        : { weightedPeople: byCommune.weightedPeople }),
    },
    communes: communes(byCommune, options.communeNames),
    priorityGroups: priorityGroups(
      priorityGroupTexts(rules),
      minority,
      merit,
      women,
      facts.womenUnknown,
    ),
    priorityGroupsNote: priorityGroupsNote(rules),
    indicators: indicatorsOf(facts.first),
    profile,
    alkireFoster: alkireFosterResult,
    transitions: comparison === null ? null : transitionsOf(comparison, previousFacts?.to ?? null),
    targetFigures,
    targets: followed.length === 0 ? [] : targetProgress(targetFigures, followed),
    targetsWithoutFigures: targets
      .filter((target) => !measures.has(target.measure))
      .map((target) => ({ id: target.id, title: { vi: target.title.vi, en: target.title.en } })),
  };
}

/** Leaves a lane unread: a consumer with nothing to do must not hold the others back. */
async function leave(lane: AsyncIterable<PopulationItem>): Promise<null> {
  await lane[Symbol.asyncIterator]().return?.();
  return null;
}
