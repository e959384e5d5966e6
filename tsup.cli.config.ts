import { defineConfig } from 'tsup';

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
  banner: { js: '#!/usr/bin/env node' },
});
