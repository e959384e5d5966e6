/*
 * The code of the README and the guides as a reader meets it: the ```ts blocks of one document, in
 * order, joined into one module as a reader would paste them into one file, compiled under the
 * project's strict settings and run. `test/doc-code.test.ts` compiles them against the source and
 * runs them; `scripts/check-packed.mjs` compiles them again against the packed package's type
 * declarations, so that the published types are the ones the docs promise.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

/** The repository's root folder. */
export const ROOT = resolve(import.meta.dirname, '..');

/** The language tag of the blocks that are compiled and run. */
export const RUN_TAG = 'ts';

/** One fenced code block of a document. */
export interface CodeBlock {
  /** The fence's language tag (`ts`, `sh`, `text`…), empty when it has none. */
  readonly language: string;
  /** The code, without the fences. */
  readonly code: string;
  /** The document line (1-based) of the block's first line of code. */
  readonly line: number;
}

/** A document and its code blocks. */
export interface DocCode {
  /** The path from the repository root: `README.md`, `docs/getting-started.md`. */
  readonly path: string;
  /** The document's text. */
  readonly text: string;
  /** Every fenced block, in order. */
  readonly blocks: readonly CodeBlock[];
}

/** Where a line of a document's module comes from. */
export interface DocPlace {
  /** The document. */
  readonly path: string;
  /** The block's number among the document's `ts` blocks, from 1. */
  readonly block: number;
  /** The line in the document, from 1. */
  readonly line: number;
}

/** A compile error in a document's code. */
export interface DocDiagnostic extends DocPlace {
  /** TypeScript's error number (`2304`). */
  readonly code: number;
  /** TypeScript's message. */
  readonly message: string;
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)/;

/** Every fenced code block of a markdown text, in order, with where its code starts. */
export function codeBlocks(markdown: string): CodeBlock[] {
  const lines = markdown.split('\n');
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] ?? '');
    if (open === null) continue;
    const [, indent = '', fence = '', language = ''] = open;
    const code: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const text = lines[j] ?? '';
      if (text.trim().startsWith(fence) && text.trim().replaceAll(fence[0] ?? '`', '') === '')
        break;
      code.push(text.startsWith(indent) ? text.slice(indent.length) : text.trimStart());
    }
    blocks.push({ language, code: code.join('\n'), line: i + 2 });
    i = j;
  }
  return blocks;
}

/** The README and every guide in `docs/`, in that order. */
export function readDocs(root: string = ROOT): DocCode[] {
  const guides = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`);
  return ['README.md', ...guides].map((path) => {
    const text = readFileSync(join(root, path), 'utf8');
    return { path, text, blocks: codeBlocks(text) };
  });
}

/** The blocks of a document that are compiled and run. */
export function runBlocks(doc: DocCode): CodeBlock[] {
  return doc.blocks.filter((block) => block.language === RUN_TAG);
}

/** A document's `ts` blocks as one module, with a map from each module line to its place. */
export function docModule(doc: DocCode): { source: string; placeOf: (line: number) => DocPlace } {
  const places: DocPlace[] = [];
  const lines: string[] = [];
  runBlocks(doc).forEach((block, index) => {
    block.code.split('\n').forEach((text, offset) => {
      lines.push(text);
      places.push({ path: doc.path, block: index + 1, line: block.line + offset });
    });
  });
  const last = places.at(-1) ?? { path: doc.path, block: 0, line: 0 };
  return { source: lines.join('\n'), placeOf: (line) => places[line] ?? last };
}

/**
 * Rewrites each line `expression; //=> expected` into a check of that expression, keeping every
 * other line as it is and the line count unchanged. `__check(actual, expected, label)` must be in
 * scope where the code runs.
 */
export function withChecks(
  code: string,
  label: (index: number, line: string) => string,
): { code: string; checks: number } {
  let checks = 0;
  const lines = code.split('\n').map((line, index) => {
    const arrow = line.indexOf('//=>');
    if (arrow < 0) return line;
    checks++;
    const expression = line.slice(0, arrow).trim().replace(/;$/, '');
    const expected = line.slice(arrow + 4).trim();
    return `__check(${expression}, ${expected}, ${JSON.stringify(label(index, line.trim()))});`;
  });
  return { code: lines.join('\n'), checks };
}

/**
 * A document's `ts` blocks as JavaScript to run: CommonJS (so `require` is the caller's to give),
 * with `__block(n)` before block n so that an error can be placed, and each `//=>` line a
 * `__check`. Top-level `await` is left as it is: run the code as the body of an async function.
 */
export function runnableDoc(doc: DocCode): { js: string; checks: number } {
  let checks = 0;
  const parts = runBlocks(doc).map((block, index) => {
    const checked = withChecks(
      block.code,
      (offset, line) => `${doc.path}:${block.line + offset}: ${line}`,
    );
    checks += checked.checks;
    return `__block(${index + 1});\n${checked.code}`;
  });
  const js = ts.transpileModule(parts.join('\n'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS },
    fileName: `${doc.path}.ts`,
  }).outputText;
  return { js, checks };
}

/** Where `vn-poverty` comes from when the docs are compiled. */
export type VnPovertyTypes =
  /** `src/index.ts`, with the project's own compiler options. */
  | { readonly from: 'source' }
  /**
   * The package installed in `folder/node_modules/vn-poverty`, as a Node.js ESM consumer resolves
   * it (NodeNext, through its `exports`).
   */
  | { readonly from: 'package'; readonly folder: string };

function projectOptions(): ts.CompilerOptions {
  const file = resolve(ROOT, 'tsconfig.json');
  const read = ts.readConfigFile(file, ts.sys.readFile);
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(read.config, ts.sys, ROOT).options;
}

function optionsFor(types: VnPovertyTypes): { options: ts.CompilerOptions; extension: string } {
  const project = { ...projectOptions(), noEmit: true };
  if (types.from === 'source') {
    return {
      options: { ...project, paths: { 'vn-poverty': [resolve(ROOT, 'src/index.ts')] } },
      extension: '.ts',
    };
  }
  return {
    options: {
      ...project,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      typeRoots: [resolve(ROOT, 'node_modules/@types')],
    },
    extension: '.mts',
  };
}

/**
 * Compiles each document's module under the project's strict settings and returns every error,
 * placed in its document, block and line. A document without `ts` blocks is skipped.
 */
export function compileDocs(docs: readonly DocCode[], types: VnPovertyTypes): DocDiagnostic[] {
  const { options, extension } = optionsFor(types);
  const base = types.from === 'source' ? ROOT : types.folder;
  const modules = new Map<string, ReturnType<typeof docModule>>();
  for (const doc of docs) {
    if (runBlocks(doc).length > 0)
      modules.set(resolve(base, `${doc.path}${extension}`), docModule(doc));
  }
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => modules.has(resolve(name)) || fileExists.call(host, name);
  host.readFile = (name) => modules.get(resolve(name))?.source ?? readFile.call(host, name);
  host.getSourceFile = (name, language, ...rest) => {
    const module = modules.get(resolve(name));
    return module === undefined
      ? getSourceFile.call(host, name, language, ...rest)
      : ts.createSourceFile(name, module.source, language, true);
  };
  const program = ts.createProgram([...modules.keys()], options, host);
  const found: DocDiagnostic[] = [];
  const global = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  for (const diagnostic of global) {
    found.push({ path: '(compiler options)', block: 0, line: 0, ...describe(diagnostic) });
  }
  for (const [name, module] of modules) {
    const file = program.getSourceFile(name);
    if (file === undefined) continue;
    const diagnostics = [
      ...program.getSyntacticDiagnostics(file),
      ...program.getSemanticDiagnostics(file),
    ];
    for (const diagnostic of diagnostics) {
      const line = file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line;
      found.push({ ...module.placeOf(line), ...describe(diagnostic) });
    }
  }
  return found;
}

function describe(diagnostic: ts.Diagnostic): { code: number; message: string } {
  return {
    code: diagnostic.code,
    message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
  };
}

/** A compile error as one line: `docs/x.md block 2, line 45: TS2304 Cannot find name 'input'.` */
export function formatDiagnostic(found: DocDiagnostic): string {
  return `${found.path} block ${found.block}, line ${found.line}: TS${found.code} ${found.message}`;
}

/** The targets of a markdown text's relative links, without their `#anchor`. */
export function relativeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => (match[1] ?? '').split('#')[0] ?? '')
    .filter((target) => target !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(target));
}
