import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index';
import { toCheckedBody } from '../doc-examples';

const root = resolve(import.meta.dirname, '..', '..');
const guide = readFileSync(resolve(root, 'docs', 'populations.md'), 'utf8');
const blocks = [...guide.matchAll(/```ts\n([\s\S]*?)\n```/g)].map((match) => match[1] ?? '');

/** Type-checks every block as its own module, importing 'vn-poverty' from src/, under strict. */
function typeErrors(): string[] {
  const files = new Map(blocks.map((code, i) => [resolve(root, `guide-block-${i}.ts`), code]));
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
    lib: ['lib.es2022.d.ts'],
    baseUrl: root,
    paths: { 'vn-poverty': ['src/index.ts'] },
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => files.get(resolve(name)) ?? readFile(name);
  host.fileExists = (name) => files.has(resolve(name)) || fileExists(name);
  const program = ts.createProgram([...files.keys()], options, host);
  // Only the blocks' own diagnostics: the checker then reads of src/ only what they use.
  return [...files.keys()].flatMap((name) => {
    const file = program.getSourceFile(name);
    if (file === undefined) return [`${name}: not compiled`];
    return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map(
      (d) => `${name}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    );
  });
}

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<void>;

describe('the populations guide (docs/populations.md)', () => {
  it('has code blocks', () => {
    expect(blocks.length).toBeGreaterThan(5);
  });

  it('compiles under strict, each block a program of its own', () => {
    expect(typeErrors()).toEqual([]);
  }, 60_000);

  blocks.forEach((code, i) => {
    it(`block ${i + 1} runs and gives what its comments say`, async () => {
      const { body, checks } = toCheckedBody(code);
      const js = ts.transpileModule(body, {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
      }).outputText;
      const check = (actual: unknown, expected: unknown, source: string) => {
        expect(actual, source).toEqual(expected);
      };
      const names = Object.keys(api);
      await new AsyncFunction('api', '__check', `const { ${names.join(', ')} } = api;\n${js}`)(
        api,
        check,
      );
      expect(checks).toBeGreaterThan(0);
    });
  });
});
