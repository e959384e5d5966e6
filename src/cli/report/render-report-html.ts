import {
  CATEGORY_LABELS,
  type CategoryFigures,
  formatCitation,
  type Language,
  type TargetProgress,
} from '../../index';
import { chartLibrarySource } from './chart-library';
import { type ChartSpec, indicatorName, reportCharts } from './charts';
import {
  capitalise,
  formatCount,
  formatDecimal,
  formatPercent,
  formatTallyCount,
  formatTallyRate,
  formatTargetValue,
} from './format';
import { type Cell, escapeHtml, jsonForScript, table } from './html';
import { REPORT_STYLE } from './report-style';
import type { ReportModel } from './types';
import {
  STATUS_LABELS,
  UNKNOWN_TREATMENT_LABELS,
  unitWord,
  WEIGHTS_SOURCE_LABELS,
  WORDS,
  wordsIn,
} from './words';

/** Draws every chart from the specs embedded beside it; the page computes nothing itself. */
const DRAW_CHARTS = `(function () {
  var specs = JSON.parse(document.getElementById('vn-poverty-charts').textContent);
  specs.forEach(function (spec) {
    var canvas = document.getElementById(spec.canvas);
    if (canvas) new Chart(canvas, spec.config);
  });
})();`;

const CATEGORY_ROWS = [
  ['poor', CATEGORY_LABELS.poor],
  ['nearPoor', CATEGORY_LABELS['near-poor']],
  ['poorOrNearPoor', WORDS.poorOrNearPoor],
  ['middle', CATEGORY_LABELS.middle],
  ['notPoor', CATEGORY_LABELS['not-poor']],
  ['undetermined', CATEGORY_LABELS.undetermined],
] as const;

function renderer(model: ReportModel, language: Language, charts: readonly ChartSpec[]) {
  const t = wordsIn(language);
  const count = (value: number, figure?: string): Cell => ({
    text: formatCount(value, language),
    value,
    className: 'number',
    ...(figure === undefined ? {} : { figure }),
  });
  const rate = (value: number | null, figure?: string): Cell => ({
    text: formatPercent(value, language),
    value,
    className: 'number',
    ...(figure === undefined ? {} : { figure }),
  });
  const number = (text: string): Cell => ({ text, className: 'number' });
  const canvas = (id: string) => {
    const chart = charts.find((spec) => spec.canvas === id);
    return chart === undefined
      ? ''
      : `<div class="chart" style="height: ${chart.height}px"><canvas id="${id}" role="img" aria-label="${escapeHtml(chart.title)}"></canvas></div>`;
  };
  return {
    t,
    count,
    rate,
    number,
    canvas,
    indicatorName: (id: string) => indicatorName(model, id, language),
  };
}

type Renderer = ReturnType<typeof renderer>;

function section(id: string, title: string, body: string): string {
  return `<section id="${id}"><h2>${escapeHtml(title)}</h2>\n${body}\n</section>`;
}

const paragraph = (text: string, className = 'note'): string =>
  `<p class="${className}">${escapeHtml(text)}</p>`;

function header(model: ReportModel, language: Language, r: Renderer): string {
  const { t } = r;
  const standard =
    model.standard.title === null
      ? (model.standard.id ?? '–')
      : `${model.standard.title[language]} (${model.standard.id})`;
  const on =
    model.on.from === model.on.to ? (model.on.to ?? '–') : `${model.on.from} – ${model.on.to}`;
  const banner = model.synthetic
    ? `<p class="synthetic" role="alert">${escapeHtml(WORDS.synthetic[language])}</p>`
    : '';
  const facts = [
    [t('standard'), standard],
    [t('referenceDate'), on],
    [
      t('records'),
      `${formatCount(model.records, language)} (${t('assessed')} ${formatCount(model.assessed, language)}, ${t('rejected')} ${formatCount(model.rejected, language)})`,
    ],
  ]
    .map(([term, value]) => `<dt>${escapeHtml(term ?? '')}</dt><dd>${escapeHtml(value ?? '')}</dd>`)
    .join('');
  const weighted = model.weighted ? paragraph(t('weighted')) : '';
  return `<header>${banner}<h1>${escapeHtml(model.title[language])}</h1><dl class="facts">${facts}</dl>${weighted}</header>`;
}

function categoryTable(
  figures: CategoryFigures,
  prefix: string,
  r: Renderer,
  language: Language,
): string {
  const { t, count, rate } = r;
  const rows = CATEGORY_ROWS.map(([key, label]) => {
    const tally = figures[key];
    return [
      capitalise(label[language]),
      count(tally.count, `${prefix}.${key}.count`),
      count(tally.atMost, `${prefix}.${key}.atMost`),
      rate(tally.rate, `${prefix}.${key}.rate`),
      rate(tally.rateAtMost, `${prefix}.${key}.rateAtMost`),
    ];
  });
  rows.push([t('total'), count(figures.total, `${prefix}.total`), '', '', '']);
  return table([t('category'), t('count'), t('atMost'), t('rate'), t('rateAtMost')], rows);
}

function totals(model: ReportModel, language: Language, r: Renderer): string {
  const { t } = r;
  const parts = [
    paragraph(t('boundsNote')),
    `<h3>${escapeHtml(t('households'))}</h3>`,
    categoryTable(model.totals.households, 'households', r, language),
    `<h3>${escapeHtml(t('people'))}</h3>`,
    categoryTable(model.totals.people, 'people', r, language),
  ];
  if (model.totals.weightedHouseholds !== undefined) {
    parts.push(
      `<h3>${escapeHtml(t('weightedHouseholds'))}</h3>`,
      categoryTable(model.totals.weightedHouseholds, 'weightedHouseholds', r, language),
    );
  }
  return section('totals', t('totals'), parts.join('\n'));
}

function communes(model: ReportModel, language: Language, r: Renderer): string {
  const { t, count, number } = r;
  const rows = model.communes.map((group) => {
    const f = group.figures.weightedHouseholds ?? group.figures.households;
    return [
      group.key === null || group.name === String(group.key)
        ? group.name
        : `${group.name} (${group.key})`,
      count(group.figures.households.total),
      ...(model.weighted ? [count(f.total)] : []),
      number(formatTallyCount(f.poor, language)),
      number(formatTallyRate(f.poor, language)),
      number(formatTallyRate(f.nearPoor, language)),
      count(group.figures.households.undetermined.count),
    ];
  });
  const headers = [
    t('commune'),
    t('households'),
    ...(model.weighted ? [t('weightedHouseholds')] : []),
    t('poorHouseholds'),
    t('poorRate'),
    t('nearPoorRate'),
    capitalise(CATEGORY_LABELS.undetermined[language]),
  ];
  return section(
    'communes',
    t('byCommune'),
    `${r.canvas('chart-communes')}\n${table(headers, rows, 'communes-table')}`,
  );
}

function priorityGroups(model: ReportModel, language: Language, r: Renderer): string {
  const { t, number } = r;
  const rows = model.priorityGroups.map((group) => {
    const { poor: tally, population } = group.weighted ?? group;
    const unit = (count: number) => unitWord(group.unit, count, language);
    const unknown =
      group.populationUnknown === 0
        ? ''
        : ` (${formatCount(group.populationUnknown, language)} ${t('populationUnknown')})`;
    return [
      group.label[language],
      number(`${formatTallyCount(tally, language)} ${unit(tally.atMost)}`),
      number(formatTallyRate(tally, language)),
      `${group.reading[language]}: ${formatCount(population, language)} ${unit(population)}${unknown}`,
      formatCitation(group.basis, language),
    ];
  });
  const body = [
    r.canvas('chart-priority-groups'),
    table(
      [t('group'), t('inGroup'), t('rateInPopulation'), t('population'), t('basis')],
      rows,
      'priority-table',
    ),
    paragraph(model.priorityGroupsNote[language]),
  ];
  return section('priority-groups', t('priorityGroups'), body.join('\n'));
}

function profile(model: ReportModel, _language: Language, r: Renderer): string {
  const { t, rate } = r;
  const rows = model.profile.indicators.map((row) => [
    r.indicatorName(row.id),
    rate(row.all.shares?.deprived ?? null),
    rate(row.all.shares?.unknown ?? null),
    rate(row.poor.shares?.deprived ?? null),
    rate(row.nearPoor.shares?.deprived ?? null),
  ]);
  const headers = [
    t('indicator'),
    t('deprivedAll'),
    t('unknownAll'),
    t('deprivedPoor'),
    t('deprivedNearPoor'),
  ];
  return section(
    'profile',
    t('profile'),
    [
      paragraph(t('profileNote')),
      r.canvas('chart-profile'),
      table(headers, rows, 'profile-table'),
    ].join('\n'),
  );
}

function alkireFoster(model: ReportModel, language: Language, r: Renderer): string {
  const { t, rate, count, number } = r;
  const af = model.alkireFoster;
  const se = (value: number | null) =>
    value === null ? '' : ` ± ${formatPercent(value, language)}`;
  const seDecimal = (value: number | null) =>
    value === null ? '' : ` ± ${formatDecimal(value, language)}`;
  const facts = [
    [t('cutoff'), af.k.exact],
    [t('unknownTreatment'), UNKNOWN_TREATMENT_LABELS[af.unknown][language]],
    [t('weightsFrom'), WEIGHTS_SOURCE_LABELS[af.weightsFrom][language]],
    [
      t('countedHouseholds'),
      `${formatCount(af.population.counted, language)} (${formatCount(af.population.excluded, language)} ${t('excluded')})`,
    ],
    [
      t('headcount'),
      `${formatPercent(af.headcountRatio, language)}${se(af.standardErrors.headcountRatio)}`,
    ],
    [t('intensity'), formatPercent(af.intensity, language)],
    [
      t('m0'),
      `${formatDecimal(af.adjustedHeadcountRatio, language)}${seDecimal(af.standardErrors.adjustedHeadcountRatio)}`,
    ],
  ]
    .map(([term, value]) => `<dt>${escapeHtml(term ?? '')}</dt><dd>${escapeHtml(value ?? '')}</dd>`)
    .join('');
  const indicators = table(
    [t('indicator'), t('weight'), t('uncensored'), t('censored'), t('contribution')],
    af.indicators.map((row) => [
      r.indicatorName(row.id),
      number(row.weight.exact),
      rate(row.uncensoredHeadcountRatio),
      rate(row.censoredHeadcountRatio),
      rate(row.contribution),
    ]),
    'alkire-foster-table',
  );
  const name = (key: unknown) =>
    model.communes.find((group) => group.key === key)?.name ?? (key === null ? '—' : String(key));
  const groups = table(
    [t('commune'), t('households'), t('populationShare'), 'H', 'A', 'M0', t('contribution')],
    af.groups.map((group) => [
      name(group.key),
      count(group.households),
      rate(group.populationShare),
      rate(group.headcountRatio),
      rate(group.intensity),
      number(formatDecimal(group.adjustedHeadcountRatio, language)),
      rate(group.contribution),
    ]),
  );
  const body = [
    `<dl class="facts" id="alkire-foster-figures">${facts}</dl>`,
    r.canvas('chart-alkire-foster'),
    indicators,
    af.groups.length > 0 ? `<h3>${escapeHtml(t('byCommuneM0'))}</h3>${groups}` : '',
  ];
  return section('alkire-foster', t('alkireFoster'), body.join('\n'));
}

function transitions(model: ReportModel, language: Language, r: Renderer): string {
  if (model.transitions === null) return '';
  const { t, count } = r;
  const rows = model.transitions.counts.map((row) => [
    row.label[language],
    count(row.counts.households),
    ...(model.weighted ? [count(row.counts.weight ?? 0)] : []),
    count(row.counts.people),
  ]);
  const headers = [
    t('transition'),
    t('households'),
    ...(model.weighted ? [t('weightedHouseholds')] : []),
    t('people'),
  ];
  const previous = `${t('previousReview')}: ${model.transitions.previousOn ?? '–'} (${model.transitions.previousStandardId ?? '–'}); ${formatCount(model.transitions.previousRejected, language)} ${t('previousRejected')}.`;
  return section(
    'transitions',
    t('transitions'),
    [
      paragraph(previous),
      r.canvas('chart-transitions'),
      table(headers, rows, 'transitions-table'),
    ].join('\n'),
  );
}

function achieved(progress: TargetProgress, language: Language): string {
  const unit = progress.target.unit;
  if (progress.kind === 'yearly-fall') {
    if (progress.achieved === null) return '–';
    const a = progress.achieved;
    const fall =
      unit === 'percent'
        ? `${formatDecimal(a.fallPerYear, language, 2)} ${WORDS.points[language]}`
        : formatTargetValue(a.fallPerYear, unit, language);
    return `${a.fromYear}→${a.toYear}: ${fall}${WORDS.perYear[language]}`;
  }
  if (progress.kind === 'period-relative-fall') {
    if (progress.achieved === null) return '–';
    const a = progress.achieved;
    return `${a.fromYear}→${a.toYear}: ${formatTargetValue(a.fall, unit, language)} (${a.fallPercent === null ? '–' : `${formatDecimal(a.fallPercent, language, 1)}%`})`;
  }
  return progress.latest === null
    ? '–'
    : `${progress.latest.year}: ${formatTargetValue(progress.latest.value, unit, language)}`;
}

function needed(progress: TargetProgress, language: Language): string {
  const value =
    progress.kind === 'level' ? progress.neededChangePerYear : progress.neededFallPerYear;
  if (value === null) return '–';
  return progress.target.unit === 'percent'
    ? `${formatDecimal(value, language, 2)} ${WORDS.points[language]}`
    : formatTargetValue(value, progress.target.unit, language);
}

function targets(model: ReportModel, language: Language, r: Renderer): string {
  const { t } = r;
  const rows = model.targets.map((progress) => [
    progress.target.title[language],
    progress.values
      .map((v) => `${v.year}: ${formatTargetValue(v.value, progress.target.unit, language)}`)
      .join('; '),
    achieved(progress, language),
    { text: STATUS_LABELS[progress.status][language], className: `status ${progress.status}` },
    needed(progress, language),
    formatCitation(progress.target.basis, language),
  ]);
  const body = [
    paragraph(t('targetsNote')),
    model.targets.length === 0
      ? paragraph(t('noTargets'))
      : table(
          [t('target'), t('values'), t('achieved'), t('status'), t('needed'), t('basis')],
          rows,
          'targets-table',
        ),
    model.targetsWithoutFigures.length === 0
      ? ''
      : `<details><summary>${escapeHtml(t('withoutFigures'))} (${model.targetsWithoutFigures.length})</summary><ul>${model.targetsWithoutFigures
          .map((target) => `<li>${escapeHtml(target.title[language])}</li>`)
          .join('')}</ul></details>`,
  ];
  return section('targets', t('targets'), body.join('\n'));
}

function rejected(model: ReportModel, language: Language, r: Renderer): string {
  if (model.rejected === 0) return '';
  const { t } = r;
  const rows = model.rejectedRecords.map((record) => [
    record.place ?? String(record.index),
    record.householdId ?? '',
    record.issues.map((issue) => `${issue.path}: ${issue.message[language]}`).join(' · '),
  ]);
  return section(
    'rejected',
    `${t('rejectedRecords')} (${formatCount(model.rejected, language)})`,
    [
      paragraph(t('rejectedNote')),
      table(
        [
          t(model.rejectedRecords.some((record) => record.place !== undefined) ? 'place' : 'row'),
          t('householdId'),
          t('problems'),
        ],
        rows,
      ),
    ].join('\n'),
  );
}

/**
 * The report as one self-contained HTML page that works offline: totals and rates with the
 * bounds that undetermined households leave, by commune and by priority group, the deprivation
 * profile, the Alkire-Foster table, the transitions when the model has a previous review, and the
 * targets, with charts drawn by Chart.js, whose browser build is inlined in the page.
 *
 * @remarks Every figure is the model's: the page only draws it (its script reads the charts'
 * data, embedded as JSON, and the model itself is embedded too, for readers that want the data).
 * Text from the data (commune names, household ids, messages) is escaped. Synthetic data are said
 * so at the top of the page, in red, and in the page title.
 *
 * @param model - a model from {@link buildReportModel}
 * @param language - `vi` (default) or `en`
 * @returns the HTML document
 */
export function renderReportHtml(model: ReportModel, language: Language = 'vi'): string {
  const charts = reportCharts(model, language);
  const r = renderer(model, language, charts);
  const title = `${model.synthetic ? `[${WORDS.syntheticShort[language]}] ` : ''}${model.title[language]}`;
  const sections = [
    totals(model, language, r),
    communes(model, language, r),
    priorityGroups(model, language, r),
    profile(model, language, r),
    alkireFoster(model, language, r),
    transitions(model, language, r),
    targets(model, language, r),
    rejected(model, language, r),
  ].filter((part) => part !== '');
  const footer = `<footer>${escapeHtml(`${WORDS.generatedBy[language]} ${model.libraryVersion}`)}${
    model.synthetic ? ` · ${escapeHtml(WORDS.syntheticShort[language])}` : ''
  }</footer>`;
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="vn-poverty ${escapeHtml(model.libraryVersion)}">
<title>${escapeHtml(title)}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
${header(model, language, r)}
<main>
${sections.join('\n')}
</main>
${footer}
<script type="application/json" id="vn-poverty-report-model">${jsonForScript(model)}</script>
<script type="application/json" id="vn-poverty-charts">${jsonForScript(charts)}</script>
<script>${chartLibrarySource()}</script>
<script>${DRAW_CHARTS}</script>
</body>
</html>
`;
}
