import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';
import { toCheckedBody } from './doc-examples';

/**
 * The code of these documents is one program each, as a reader pastes the blocks in order: joined,
 * compiled under the project's strict settings with `vn-poverty` resolved to the sources, and run
 * with its `expr; //=> value` lines checked.
 */
const DOCUMENTS = ['docs/household-contract.md', 'docs/targeting-and-benefits.md', 'README.md'];

const root = resolve(import.meta.dirname, '..');

function programOf(document: string): string {
  const text = readFileSync(resolve(root, document), 'utf8');
  return [...text.matchAll(/```ts\n([\s\S]*?)\n```/g)].map((match) => match[1] ?? '').join('\n');
}

const programs = new Map(DOCUMENTS.map((document) => [document, programOf(document)]));

/** Type errors of every document's program, compiled together as separate modules. */
function typeErrors(): string[] {
  const options: ts.CompilerOptions = {
    ...ts.convertCompilerOptionsFromJson(
      JSON.parse(readFileSync(resolve(root, 'tsconfig.json'), 'utf8')).compilerOptions,
      root,
    ).options,
    noEmit: true,
    baseUrl: root,
    paths: { 'vn-poverty': ['src/index.ts'] },
  };
  const files = new Map(
    [...programs].map(([document, code]) => [
      resolve(root, `${document.replace(/\W/g, '-')}.ts`),
      { document, code },
    ]),
  );
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => files.get(name)?.code ?? readFile(name);
  host.fileExists = (name) => files.has(name) || fileExists(name);
  host.getSourceFile = (name, version) => {
    const file = files.get(name);
    return file ? ts.createSourceFile(name, file.code, version) : getSourceFile(name, version);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file !== undefined && files.has(d.file.fileName))
    .map((d) => {
      const file = files.get(d.file?.fileName ?? '');
      const line =
        d.file && d.start !== undefined
          ? d.file.getLineAndCharacterOfPosition(d.start).line + 1
          : 0;
      return `${file?.document}, program line ${line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
}

/** Runs a program with its checks; returns how many checks ran. */
function run(code: string, printed: unknown[][] = []): number {
  // Imports of the library are dropped: the public API is in scope.
  const { body, checks } = toCheckedBody(
    code.replace(/^import\s[\s\S]*?from\s+'vn-poverty';?\s*$/gm, ''),
  );
  const js = ts.transpileModule(body, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  const check = (actual: unknown, expected: unknown, source: string) => {
    expect(actual, source).toEqual(expected);
  };
  const quiet = { log: (...args: unknown[]) => printed.push(args) };
  new Function(
    'api',
    '__check',
    'console',
    `const { ${Object.keys(api).join(', ')} } = api;\n${js}`,
  )(api, check, quiet);
  return checks;
}

describe('the code of the household contract, the targeting guide and the README', () => {
  it('compiles under strict settings, each document as one program', () => {
    expect(typeErrors()).toEqual([]);
  }, 120_000);

  for (const [document, code] of programs) {
    it(`${document} runs and its checks hold`, () => {
      const checks = run(code);
      if (document.startsWith('docs/'))
        expect(checks, `${document} has no //=> line`).toBeGreaterThan(0);
    });
  }

  it('the README’s targeting section prints what its comments say', () => {
    const printed: unknown[][] = [];
    run(programs.get('README.md') ?? '', printed);
    expect(printed).toContainEqual(['undetermined', ['earlierHousingSupport']]);
    expect(printed.map((line) => String(line[0]))).toContain(
      'Lãi suất tín dụng chính sách cho hộ nghèo: được hưởng (6,24%/năm).',
    );
  });
});
