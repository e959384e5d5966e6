/*
 * The literal unions that make the public contract of codes: every type that `src/index.ts` exports
 * whose name ends in `Code` or `IndicatorId` (or is one of the status vocabularies) and that is a
 * union of string literals, read with the TypeScript compiler. `docs/codes.md` lists each member;
 * `test/codes-page.test.ts` keeps the two equal.
 */
import { resolve } from 'node:path';
import ts from 'typescript';
import { ROOT } from './doc-code';

/** Unions listed in the page although their names do not end in `Code` or `IndicatorId`. */
const VOCABULARIES = ['Category', 'PovertyStatus', 'IndicatorStatus', 'LowIncomeWorkerStatus'];

/** Whether an exported type name is one of the code unions. */
export function isCodeUnionName(name: string): boolean {
  return /(Code|IndicatorId)$/.test(name) || VOCABULARIES.includes(name);
}

/** Each code union the package exports, by name, with its members (in no particular order). */
export function codeUnions(): Map<string, string[]> {
  const entry = resolve(ROOT, 'src/index.ts');
  const program = ts.createProgram([entry], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const module = source && checker.getSymbolAtLocation(source);
  if (module === undefined) throw new Error('src/index.ts could not be read');
  const unions = new Map<string, string[]>();
  for (const exported of checker.getExportsOfModule(module)) {
    const name = exported.getName();
    if (!isCodeUnionName(name)) continue;
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const type = checker.getDeclaredTypeOfSymbol(symbol);
    const parts = type.isUnion() ? type.types : [type];
    const values = parts.flatMap((part) => (part.isStringLiteral() ? [part.value] : []));
    if (values.length !== parts.length)
      throw new Error(`${name} is not a union of string literals`);
    unions.set(name, values);
  }
  return unions;
}
