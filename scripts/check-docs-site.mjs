// Run by `npm run docs` after typedoc: the built site holds the playground, the same page the
// playground's script built, and the site's front page links to it.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const published = resolve(root, 'docs-site/media/playground.html');
const built = resolve(root, 'playground/build/playground.html');
const problems = [];
if (!existsSync(published)) problems.push('docs-site/media/playground.html is missing');
else if (readFileSync(published, 'utf8') !== readFileSync(built, 'utf8'))
  problems.push(
    'docs-site/media/playground.html is not the page scripts/build-playground.mjs built',
  );
if (
  !readFileSync(resolve(root, 'docs-site/index.html'), 'utf8').includes(
    'href="media/playground.html"',
  )
)
  problems.push('the front page of the site does not link to the playground');
if (problems.length > 0) {
  console.error(`The built documentation is incomplete:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('docs-site: the playground is published and linked from the front page');
