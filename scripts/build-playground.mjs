// Builds the playground: one self-contained page (playground/build/playground.html, ignored by
// git) with the library bundled for the browser by esbuild, so that it works offline and from a
// file. `npm run docs` runs it before typedoc, which copies the page into the docs site
// (docs-site/media/playground.html) where the README and the guides link to it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, process.argv[2] ?? 'playground/build');

const bundle = await build({
  entryPoints: [join(root, 'playground/main.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  legalComments: 'inline',
  logLevel: 'warning',
});
// A script element ends at the first "</script": never let the bundle's text close it.
const script = bundle.outputFiles[0].text.replaceAll('</script', '<\\/script');
const page = readFileSync(join(root, 'playground/page.html'), 'utf8')
  .replace('/*STYLE*/', () => readFileSync(join(root, 'playground/style.css'), 'utf8'))
  .replace('/*SCRIPT*/', () => script);
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'playground.html'), page);
console.log(`playground: ${join(out, 'playground.html')} (${Math.round(page.length / 1024)} kB)`);
