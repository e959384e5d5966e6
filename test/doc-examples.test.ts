import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';
import { docExamples, toCheckedBody } from './doc-examples';

const examples = docExamples();

function run(code: string): number {
  const { body, checks } = toCheckedBody(code);
  const js = ts.transpileModule(body, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  const names = Object.keys(api);
  const check = (actual: unknown, expected: unknown, source: string) => {
    expect(actual, source).toEqual(expected);
  };
  new Function('api', '__check', `const { ${names.join(', ')} } = api;\n${js}`)(api, check);
  return checks;
}

describe('doc comment examples', () => {
  for (const example of examples) {
    it(`${example.exportName} (${example.file}:${example.line}) holds`, () => {
      expect(run(example.code)).toBeGreaterThan(0);
    });
  }

  it('covers every runtime export with a checked example', () => {
    const documented = new Set(examples.map((example) => example.exportName));
    const missing = Object.keys(api).filter((name) => !documented.has(name));
    expect(missing).toEqual([]);
  });
});
