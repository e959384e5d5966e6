import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'tsup';

// Chart.js's browser build, inlined into the command (src/cli/report/chart-library.ts): the
// published command draws the report's charts with nothing beside it. It keeps its licence banner.
const chartJs = readFileSync(
  join(dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.min.js'),
  'utf8',
);

// The `vn-poverty` command: a second build, for Node only, that the library's build never
// imports. It bundles the library and the command's own code; the runtime dependencies stay
// outside, as does exceljs, an optional peer dependency loaded only for .xlsx files.
export default defineConfig({
  entry: { 'vn-poverty': 'src/cli/bin.ts' },
  outDir: 'dist/cli',
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  dts: false,
  clean: true,
  sourcemap: false,
  splitting: false,
  treeshake: true,
  external: ['exceljs'],
  define: { __VN_POVERTY_CHART_JS__: JSON.stringify(chartJs) },
  banner: { js: '#!/usr/bin/env node' },
});
