import { CATEGORY_LABELS, type CategoryFigures, type Language } from '../../index';
import {
  capitalise,
  formatCount,
  formatDecimal,
  formatPercent,
  formatTallyCount,
  formatTallyRate,
} from './format';
import type { ReportModel } from './types';
import { STATUS_LABELS, UNKNOWN_TREATMENT_LABELS, unitWord, WORDS, wordsIn } from './words';

const REJECTED_LISTED = 3;

function categoryLines(figures: CategoryFigures, language: Language): string[] {
  const line = (label: string, tally: CategoryFigures['poor']) =>
    `  ${label}: ${formatTallyCount(tally, language)} ${unitWord('households', tally.atMost, language)} · ${formatTallyRate(tally, language)}`;
  return [
    line(capitalise(CATEGORY_LABELS.poor[language]), figures.poor),
    line(capitalise(CATEGORY_LABELS['near-poor'][language]), figures.nearPoor),
    line(WORDS.poorOrNearPoor[language], figures.poorOrNearPoor),
    `  ${capitalise(CATEGORY_LABELS.undetermined[language])}: ${formatCount(figures.undetermined.count, language)} ${unitWord('households', figures.undetermined.count, language)}`,
  ];
}

function headerLines(model: ReportModel, language: Language): string[] {
  const t = wordsIn(language);
  const standard =
    model.standard.title === null
      ? (model.standard.id ?? '–')
      : `${model.standard.title[language]} (${model.standard.id})`;
  const on =
    model.on.from === model.on.to ? (model.on.to ?? '–') : `${model.on.from} – ${model.on.to}`;
  return [
    model.title[language],
    `${t('standard')}: ${standard} · ${t('referenceDate')}: ${on}`,
    `${t('records')}: ${formatCount(model.records, language)}; ${t('assessed')} ${formatCount(model.assessed, language)}; ${t('rejected')} ${formatCount(model.rejected, language)}`,
  ];
}

function totalsLines(model: ReportModel, language: Language): string[] {
  const lines = [`${WORDS.totals[language]}:`, ...categoryLines(model.totals.households, language)];
  if (model.totals.weightedHouseholds !== undefined) {
    lines.push(`${WORDS.weightedHouseholds[language]}:`);
    lines.push(...categoryLines(model.totals.weightedHouseholds, language));
  }
  return lines;
}

function priorityLines(model: ReportModel, language: Language): string[] {
  return [
    `${WORDS.priorityGroups[language]}:`,
    ...model.priorityGroups.map((group) => {
      const tally = (group.weighted ?? group).poor;
      const unit = unitWord(group.unit, tally.atMost, language);
      return `  • ${group.label[language]}: ${formatTallyCount(tally, language)} ${unit} · ${formatTallyRate(tally, language)}`;
    }),
  ];
}

function alkireFosterLine(model: ReportModel, language: Language): string {
  const af = model.alkireFoster;
  const se = af.standardErrors.headcountRatio;
  const h = `${formatPercent(af.headcountRatio, language)}${se === null ? '' : ` ± ${formatPercent(se, language)}`}`;
  return `${WORDS.alkireFoster[language]} (k = ${af.k.exact}; ${WORDS.unknownTreatment[language].toLowerCase()}: ${UNKNOWN_TREATMENT_LABELS[af.unknown][language]}): H = ${h}, A = ${formatPercent(af.intensity, language)}, M0 = ${formatDecimal(af.adjustedHeadcountRatio, language)}`;
}

function transitionLines(model: ReportModel, language: Language): string[] {
  if (model.transitions === null) return [];
  const moved = model.transitions.counts.filter((entry) => entry.counts.households > 0);
  return [
    `${WORDS.transitions[language]} (${model.transitions.previousOn ?? '–'}):`,
    ...moved.map(
      (entry) =>
        `  ${entry.label[language]}: ${formatCount(entry.counts.weight ?? entry.counts.households, language)} ${unitWord('households', entry.counts.weight ?? entry.counts.households, language)}`,
    ),
  ];
}

function targetLines(model: ReportModel, language: Language): string[] {
  if (model.targets.length === 0) return [];
  return [
    `${WORDS.targets[language]}:`,
    ...model.targets.map(
      (progress) =>
        `  • ${progress.target.title[language]}: ${STATUS_LABELS[progress.status][language]}`,
    ),
  ];
}

function rejectedLines(model: ReportModel, language: Language): string[] {
  if (model.rejected === 0) return [];
  return [
    `${WORDS.rejectedRecords[language]}: ${formatCount(model.rejected, language)}`,
    ...model.rejectedRecords.slice(0, REJECTED_LISTED).map((record) => {
      const first = record.issues[0];
      const problem = first === undefined ? '' : `${first.path}: ${first.message[language]}`;
      return `  ✗ ${record.place ?? `#${record.index}`}${record.householdId === undefined ? '' : ` ${record.householdId}`} ${problem}`;
    }),
  ];
}

/**
 * The report as a short text for a terminal (standard output): the totals with their bounds, the
 * priority groups, the Alkire-Foster measures, the transitions, the targets and the rejected
 * records, in Vietnamese (`vi`, the default) or English. Synthetic data are said so first and last.
 *
 * @param model - a model from {@link buildReportModel}
 * @param language - `vi` (default) or `en`
 * @returns the lines, joined with `\n`, ending with a newline
 */
export function formatReportSummary(model: ReportModel, language: Language = 'vi'): string {
  const banner = model.synthetic ? [`[${WORDS.synthetic[language]}]`] : [];
  const sections = [
    headerLines(model, language),
    totalsLines(model, language),
    priorityLines(model, language),
    [alkireFosterLine(model, language)],
    transitionLines(model, language),
    targetLines(model, language),
    rejectedLines(model, language),
  ].filter((lines) => lines.length > 0);
  return `${[...banner, ...sections.map((lines) => lines.join('\n')), ...banner].join('\n\n')}\n`;
}
