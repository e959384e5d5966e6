import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  compileDocs,
  type DocCode,
  type DocDiagnostic,
  formatDiagnostic,
  ROOT,
  RUN_TAG,
  readDocs,
  relativeLinks,
  runBlocks,
  runnableDoc,
} from '../scripts/doc-code';
import * as api from '../src/index';

/*
 * Every ```ts block of the README and the guides, joined per document as a reader pastes them,
 * compiled under the project's strict settings (with `vn-poverty` resolved to src/index.ts) and
 * run; each `expression; //=> expected` line is checked. A failure names the document, the block
 * and the line.
 */

const docs = readDocs();
const withCode = docs.filter((doc) => runBlocks(doc).length > 0);
const nodeRequire = createRequire(import.meta.url);
const AsyncFunction = (async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<void>;

/** Tags of code that would look like it runs but would not: TypeScript is tagged `ts`. */
const MISTAGGED = /^(typescript|tsx|mts|cts|js|mjs|cjs|jsx|javascript)$/;

let diagnostics: DocDiagnostic[] = [];
beforeAll(() => {
  diagnostics = compileDocs(docs, { from: 'source' });
}, 120_000);

/** What the docs print is computed but not shown: the test output stays readable. */
const quiet = { log() {}, info() {}, warn() {}, error() {}, table() {} };

/** Runs a document's code and counts its checks; rejects with the block where it failed. */
async function run(doc: DocCode): Promise<number> {
  const { js, checks } = runnableDoc(doc);
  const require = (name: string) => (name === 'vn-poverty' ? api : nodeRequire(name));
  let block = 0;
  const enter = (n: number) => {
    block = n;
  };
  const check = (actual: unknown, expected: unknown, label: string) => {
    expect(actual, label).toEqual(expected);
  };
  const body = new AsyncFunction('require', 'exports', 'console', '__block', '__check', js);
  try {
    await body(require, {}, quiet, enter, check);
  } catch (error) {
    const place = runBlocks(doc)[block - 1];
    const where = `${doc.path} block ${block} (from line ${place?.line ?? '?'})`;
    throw new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  return checks;
}

describe('the code of the README and the guides', () => {
  for (const doc of withCode) {
    describe(doc.path, () => {
      it('compiles under strict, as one module pasted in order', () => {
        const own = diagnostics.filter((found) => found.path === doc.path);
        expect(own.map(formatDiagnostic)).toEqual([]);
      });

      it('runs, and every `//=>` line holds', async () => {
        const checks = await run(doc);
        // A guide's code asserts what its prose claims.
        expect(checks, `${doc.path} has no //=> line`).toBeGreaterThan(0);
      });
    });
  }

  it('compiles with no error outside the documents (compiler options)', () => {
    expect(diagnostics.filter((found) => found.block === 0).map(formatDiagnostic)).toEqual([]);
  });
});

describe('the README and the guides', () => {
  it(`tag every code block with its language: \`${RUN_TAG}\` runs, others (\`sh\`, \`text\`) do not`, () => {
    const untagged = docs.flatMap((doc) =>
      doc.blocks
        .filter((block) => block.language === '' || MISTAGGED.test(block.language))
        .map((block) => `${doc.path}:${block.line} \`${block.language}\``),
    );
    expect(untagged).toEqual([]);
  });

  it('point nowhere outside the repository: no spec/ files, nothing beside the clone', () => {
    const outside = docs.flatMap((doc) =>
      doc.text
        .split('\n')
        .flatMap((line, index) =>
          /\bspec\/|\.\.\/shared|\.\.\/cases/.test(line) ? [`${doc.path}:${index + 1}`] : [],
        ),
    );
    expect(outside).toEqual([]);
  });

  it('link only to files that exist in the repository (the playground once its script built it)', () => {
    // The playground page is built, not committed: `npm run docs` builds it before typedoc, which
    // copies it into the site. Build it here the same way, so that its links are checked too.
    execFileSync(process.execPath, [resolve(ROOT, 'scripts', 'build-playground.mjs')], {
      stdio: 'ignore',
    });
    const broken = docs.flatMap((doc) =>
      relativeLinks(doc.text)
        .filter((target) => !existsSync(resolve(ROOT, dirname(doc.path), target)))
        .map((target) => `${doc.path} → ${target}`),
    );
    expect(broken).toEqual([]);
  });
});
