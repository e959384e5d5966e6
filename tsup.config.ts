import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  tsconfig: 'tsconfig.build.json',
  clean: true,
  sourcemap: false,
  target: 'node20',
  platform: 'neutral',
  treeshake: true,
  // zod's used parts are bundled: importing zod from node_modules evaluates all of its modules,
  // every locale included (about 150 ms of CPU at import), for the few schemas the library makes.
  noExternal: ['zod'],
});
