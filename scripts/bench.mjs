// npm run bench [name…]: bundles each benchmark in bench/*.bench.ts with esbuild, as the package
// build does (so every figure is of shipped code, not of a TypeScript loader), and runs it in a
// fresh Node process of its own, one after another. With names, only those benchmarks run
// (`npm run bench -- assess budget`). Benchmarks report figures; they never fail a build.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const out = join(root, '.tmp', 'bench');
mkdirSync(out, { recursive: true });
const available = readdirSync(join(root, 'bench'))
  .filter((file) => file.endsWith('.bench.ts'))
  .map((file) => file.slice(0, -'.bench.ts'.length))
  .sort();
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`No benchmark named ${unknown.join(', ')}. Available: ${available.join(', ')}.`);
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : available) {
  const outfile = join(out, `${name}.mjs`);
  await build({
    entryPoints: [join(root, 'bench', `${name}.bench.ts`)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
    // Packages a benchmark compares against stay outside the bundle, loaded as installed.
    packages: 'external',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  console.log(`\n━━ bench/${name}.bench.ts`);
  execFileSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit', cwd: root });
}
