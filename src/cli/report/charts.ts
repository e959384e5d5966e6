import type { CategoryFigures, Language, SummaryFigures, Tally } from '../../index';
import type { ReportModel } from './types';
import { WORDS, wordsIn } from './words';

/** One chart: the canvas it draws on, its height, what it shows, and its Chart.js configuration. */
export interface ChartSpec {
  readonly canvas: string;
  readonly height: number;
  readonly title: string;
  readonly config: unknown;
}

/** An indicator's name as the standard gives it, or its id. */
export const indicatorName = (model: ReportModel, id: string, language: Language): string =>
  model.indicators.find((indicator) => indicator.id === id)?.label[language] ?? id;

/** Room for each bar of a horizontal chart, so that twelve indicators stay readable. */
const heightFor = (bars: number): number => Math.max(300, 90 + bars * 22);

const COLOURS = {
  poor: '#b03a2e',
  poorPossibly: 'rgba(176, 58, 46, 0.3)',
  nearPoor: '#d68910',
  nearPoorPossibly: 'rgba(214, 137, 16, 0.3)',
  all: '#2e86c1',
  unknown: '#aab7b8',
  contribution: '#6c3483',
} as const;

const LOCALES: Readonly<Record<Language, string>> = { vi: 'vi-VN', en: 'en-GB' };

/** A share as a percentage rounded half up to 0.01 for the chart (display only). */
const percent = (share: number | null): number | null =>
  share === null ? null : Math.round(share * 10_000) / 100;

/** The part of a rate that undetermined households leave open: `rateAtMost − rate`. */
const openPart = (tally: Tally): number | null =>
  tally.rate === null || tally.rateAtMost === null ? null : percent(tally.rateAtMost - tally.rate);

const figuresOf = (figures: SummaryFigures): CategoryFigures =>
  figures.weightedHouseholds ?? figures.households;

function options(
  language: Language,
  extra: { stacked?: boolean; horizontal?: boolean; axis: string },
) {
  const valueAxis = {
    beginAtZero: true,
    stacked: extra.stacked === true,
    title: { display: true, text: extra.axis },
  };
  const labelAxis = { stacked: extra.stacked === true };
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    locale: LOCALES[language],
    ...(extra.horizontal === true ? { indexAxis: 'y' } : {}),
    plugins: { legend: { position: 'bottom' } },
    scales:
      extra.horizontal === true ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
  };
}

function dataset(label: string, data: readonly (number | null)[], colour: string, stack?: string) {
  return { label, data, backgroundColor: colour, ...(stack === undefined ? {} : { stack }) };
}

/** Poverty and near-poverty rates by commune, with the part undetermined households leave open. */
function communesChart(model: ReportModel, language: Language): ChartSpec {
  const t = wordsIn(language);
  const figures = model.communes.map((group) => figuresOf(group.figures));
  return {
    canvas: 'chart-communes',
    height: 360,
    title: `${t('poorRate')}, ${t('nearPoorRate').toLowerCase()}: ${t('byCommune').toLowerCase()}`,
    config: {
      type: 'bar',
      data: {
        labels: model.communes.map((group) => group.name),
        datasets: [
          dataset(
            t('poorSurely'),
            figures.map((f) => percent(f.poor.rate)),
            COLOURS.poor,
            'poor',
          ),
          dataset(
            t('poorPossibly'),
            figures.map((f) => openPart(f.poor)),
            COLOURS.poorPossibly,
            'poor',
          ),
          dataset(
            t('nearPoorSurely'),
            figures.map((f) => percent(f.nearPoor.rate)),
            COLOURS.nearPoor,
            'near',
          ),
          dataset(
            t('nearPoorPossibly'),
            figures.map((f) => openPart(f.nearPoor)),
            COLOURS.nearPoorPossibly,
            'near',
          ),
        ],
      },
      options: options(language, { stacked: true, axis: t('percentAxis') }),
    },
  };
}

/** The poverty rate in each priority group's population, beside the whole population's. */
function priorityChart(model: ReportModel, language: Language): ChartSpec {
  const t = wordsIn(language);
  const all = figuresOf(model.totals).poor;
  const tallies = [all, ...model.priorityGroups.map((group) => (group.weighted ?? group).poor)];
  return {
    canvas: 'chart-priority-groups',
    height: 340,
    title: `${t('poorRate')}: ${t('priorityGroups').toLowerCase()}`,
    config: {
      type: 'bar',
      data: {
        labels: [t('allHouseholds'), ...model.priorityGroups.map((group) => group.label[language])],
        datasets: [
          dataset(
            t('poorSurely'),
            tallies.map((tally) => percent(tally.rate)),
            COLOURS.poor,
            'poor',
          ),
          dataset(t('poorPossibly'), tallies.map(openPart), COLOURS.poorPossibly, 'poor'),
        ],
      },
      options: options(language, { stacked: true, axis: t('percentOfGroup') }),
    },
  };
}

/** The share deprived on each indicator, among all households and among the poor. */
function profileChart(model: ReportModel, language: Language): ChartSpec {
  const t = wordsIn(language);
  const label = (id: string) => indicatorName(model, id, language);
  const rows = model.profile.indicators;
  return {
    canvas: 'chart-profile',
    height: heightFor(rows.length * 3),
    title: t('profile'),
    config: {
      type: 'bar',
      data: {
        labels: rows.map((row) => label(row.id)),
        datasets: [
          dataset(
            t('deprivedPoor'),
            rows.map((row) => percent(row.poor.shares?.deprived ?? null)),
            COLOURS.poor,
          ),
          dataset(
            t('deprivedAll'),
            rows.map((row) => percent(row.all.shares?.deprived ?? null)),
            COLOURS.all,
          ),
          dataset(
            t('unknownAll'),
            rows.map((row) => percent(row.all.shares?.unknown ?? null)),
            COLOURS.unknown,
          ),
        ],
      },
      options: options(language, { horizontal: true, axis: t('percentAxis') }),
    },
  };
}

/** Each indicator's contribution to M0. */
function alkireFosterChart(model: ReportModel, language: Language): ChartSpec {
  const t = wordsIn(language);
  const label = (id: string) => indicatorName(model, id, language);
  const rows = model.alkireFoster.indicators;
  return {
    canvas: 'chart-alkire-foster',
    height: heightFor(rows.length),
    title: t('contribution'),
    config: {
      type: 'bar',
      data: {
        labels: rows.map((row) => label(row.id)),
        datasets: [
          dataset(
            t('contribution'),
            rows.map((row) => percent(row.contribution)),
            COLOURS.contribution,
          ),
        ],
      },
      options: options(language, { horizontal: true, axis: `% M0` }),
    },
  };
}

/** Households by transition, but those that were neither poor nor near-poor both times. */
function transitionsChart(model: ReportModel, language: Language): ChartSpec | null {
  if (model.transitions === null) return null;
  const rows = model.transitions.counts.filter((row) => row.kind !== 'stayed-neither');
  const unit = model.weighted ? WORDS.weightedHouseholds[language] : WORDS.households[language];
  return {
    canvas: 'chart-transitions',
    height: heightFor(rows.length),
    title: WORDS.transitions[language],
    config: {
      type: 'bar',
      data: {
        labels: rows.map((row) => row.label[language]),
        datasets: [
          dataset(
            unit,
            rows.map((row) => Math.round(row.counts.weight ?? row.counts.households)),
            COLOURS.all,
          ),
        ],
      },
      options: {
        ...options(language, { horizontal: true, axis: unit }),
        plugins: { legend: { display: false } },
      },
    },
  };
}

/** The report's charts, each with its canvas id. */
export function reportCharts(model: ReportModel, language: Language): ChartSpec[] {
  const charts = [
    model.communes.length > 0 ? communesChart(model, language) : null,
    priorityChart(model, language),
    model.profile.indicators.length > 0 ? profileChart(model, language) : null,
    model.alkireFoster.indicators.length > 0 ? alkireFosterChart(model, language) : null,
    transitionsChart(model, language),
  ];
  return charts.filter((chart): chart is ChartSpec => chart !== null);
}
