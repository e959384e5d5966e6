import { readFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Chart.js's browser build, as the command's bundle inlines it: a build of the command defines
 * this name as the file's text (esbuild `define`), so that the published command needs no
 * Chart.js beside it. Run from the sources (tests, tsx), it is undefined and the file is read
 * from the devDependency.
 */
declare const __VN_POVERTY_CHART_JS__: string | undefined;

let source: string | undefined;

/** Reads Chart.js's browser build (UMD, minified), once. */
function readChartJs(): string {
  try {
    const entry = nodeModule.createRequire(import.meta.url).resolve('chart.js');
    return readFileSync(join(dirname(entry), 'chart.umd.min.js'), 'utf8');
  } catch (cause) {
    throw new Error(
      'Không tìm thấy thư viện biểu đồ Chart.js (chart.js) để nhúng vào báo cáo. / ' +
        'Chart.js (the chart.js package) was not found to embed in the report: install the ' +
        'repository’s devDependencies (npm ci), or use a build of the command that inlines it.',
      { cause },
    );
  }
}

/**
 * The text of Chart.js's browser build, to put in a `<script>` element: embedded in the built
 * command, read from `node_modules` when run from the sources.
 */
export function chartLibrarySource(): string {
  source ??= typeof __VN_POVERTY_CHART_JS__ === 'string' ? __VN_POVERTY_CHART_JS__ : readChartJs();
  // A script element ends at the first "</script": never let the library's text close it.
  return source.replaceAll('</script', '<\\/script');
}
