// Compiles the README and the guides as the package ships them against the package's own type
// declarations, as a Node.js ESM consumer resolves them, and checks that their links to other
// documents resolve inside the package. Run by check-packed.mjs with the scratch folder in which
// it installed the tarball.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { compileDocs, formatDiagnostic, readDocs, relativeLinks } from './doc-code';

const folder = process.argv[2];
if (folder === undefined) throw new Error('usage: check-packed-docs.ts <folder with node_modules>');
const installed = join(folder, 'node_modules', 'vn-poverty');
const docs = readDocs(installed);

const errors = compileDocs(docs, { from: 'package', folder }).map(formatDiagnostic);
const broken = docs.flatMap((doc) =>
  relativeLinks(doc.text)
    .filter((target) => target.endsWith('.md'))
    .filter((target) => !existsSync(resolve(installed, dirname(doc.path), target)))
    .map((target) => `${doc.path}: the link to ${target} leads nowhere in the package`),
);
const problems = [...errors, ...broken];
if (problems.length > 0) {
  console.error(`The packed README and guides do not hold:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`docs: ${docs.length} documents compile against the packed types; their links resolve`);
