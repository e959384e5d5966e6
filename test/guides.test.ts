import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';
import { toCheckedBody } from './doc-examples';

/**
 * The code blocks of these guides are complete programs: each compiles under the project's strict
 * settings with `vn-poverty` resolved to the sources, and runs with its `expr; //=> value` lines
 * checked, as a reader would paste it.
 */
const GUIDES = ['docs/household-contract.md', 'docs/targeting-and-benefits.md', 'README.md'];

const root = resolve(import.meta.dirname, '..');

interface Block {
  readonly guide: string;
  readonly index: number;
  readonly code: string;
}

function blocks(): Block[] {
  return GUIDES.filter((guide) => existsSync(resolve(root, guide))).flatMap((guide) => {
    const text = readFileSync(resolve(root, guide), 'utf8');
    return [...text.matchAll(/```ts\n([\s\S]*?)\n```/g)].map((match, index) => ({
      guide,
      index,
      code: match[1] ?? '',
    }));
  });
}

/** Type errors of every block, compiled together as separate modules in one program. */
function typeErrors(all: readonly Block[]): string[] {
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
    all.map((block) => [
      resolve(root, `guide-${block.index}-${block.guide.replace(/\W/g, '-')}.ts`),
      block,
    ]),
  );
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => files.get(name)?.code ?? readFile(name);
  host.fileExists = (name) => files.has(name) || fileExists(name);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) => {
    const block = files.get(name);
    return block ? ts.createSourceFile(name, block.code, version) : getSourceFile(name, version);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file !== undefined && files.has(d.file.fileName))
    .map((d) => {
      const block = files.get(d.file?.fileName ?? '');
      return `${block?.guide} block ${block?.index}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
}

function run(code: string, printed: unknown[][] = []): number {
  const { body, checks } = toCheckedBody(code);
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

describe('guide code blocks', () => {
  const all = blocks();

  it('compile under strict settings', () => {
    expect(typeErrors(all)).toEqual([]);
  }, 120_000);

  for (const block of all) {
    it(`${block.guide} block ${block.index} runs and its checks hold`, () => {
      expect(run(block.code)).toBeGreaterThanOrEqual(0);
    });
  }

  it('every guide in docs/ has at least one checked line', () => {
    for (const guide of new Set(
      all.map((block) => block.guide).filter((g) => g.startsWith('docs/')),
    )) {
      const checks = all
        .filter((block) => block.guide === guide)
        .reduce((sum, block) => sum + toCheckedBody(block.code).checks, 0);
      expect(checks, guide).toBeGreaterThan(0);
    }
  });
});

describe('the README’s targeting section', () => {
  it('prints what its comments say', () => {
    const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
    const code = /## Targeting and benefits[\s\S]*?```ts\n([\s\S]*?)\n```/.exec(readme)?.[1] ?? '';
    const printed: unknown[][] = [];
    run(code, printed);
    expect(printed[0]).toEqual(['undetermined', ['earlierHousingSupport']]);
    expect(printed.map((line) => String(line[0]))).toContain(
      'Lãi suất tín dụng chính sách cho hộ nghèo: được hưởng (6,24%/năm).',
    );
  });
});
