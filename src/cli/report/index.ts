/**
 * The `vn-poverty report` command's report: a model of one review built with the library's own
 * measures, an HTML page that works offline, and a text summary. Code of the command only: the
 * library entry (`src/index.ts`) never imports it.
 *
 * Usage, from a review's items (what `assessMany` yields):
 *
 * ```ts
 * const model = await buildReportModel(assessMany(records, { on: '2024-10-01' }), {
 *   previous: assessMany(lastYear, { on: '2023-10-01' }),
 * });
 * process.stdout.write(formatReportSummary(model));      // Vietnamese; 'en' for English
 * writeFileSync('report.html', renderReportHtml(model));  // one file, Chart.js inside
 * ```
 *
 * @module
 */
export { buildReportModel } from './build-report-model';
export { formatReportSummary } from './format-report-summary';
export { renderReportHtml } from './render-report-html';
export type {
  ReportGroup,
  ReportIndicator,
  ReportModel,
  ReportOptions,
  ReportPriorityGroup,
  ReportPriorityGroupId,
  ReportRejectedRecord,
  ReportTransitions,
} from './types';
