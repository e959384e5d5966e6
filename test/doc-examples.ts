import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { withChecks } from '../scripts/doc-code';

/** One `@example` code block of a doc comment, with the export it documents. */
export interface DocExample {
  readonly file: string;
  readonly line: number;
  readonly exportName: string;
  readonly code: string;
}

const SRC = resolve(import.meta.dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

const DOC_BLOCK =
  /\/\*\*([\s\S]*?)\*\/\s*export\s+(?:declare\s+)?(?:function|const|class|interface|type)\s+(\w+)/g;
const EXAMPLE = /@example\s*\n\s*```ts\n([\s\S]*?)\n\s*```/g;

/** Every `@example` in the library's doc comments. */
export function docExamples(): DocExample[] {
  const examples: DocExample[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const block of text.matchAll(DOC_BLOCK)) {
      const body = (block[1] ?? '')
        .split('\n')
        .map((line) => line.replace(/^\s*\* ?/, ''))
        .join('\n');
      for (const example of body.matchAll(EXAMPLE)) {
        const line = text.slice(0, block.index).split('\n').length;
        examples.push({
          file: relative(SRC, file),
          line,
          exportName: block[2] ?? '',
          code: example[1] ?? '',
        });
      }
    }
  }
  return examples;
}

/**
 * Turns an example into a runnable body: imports from 'vn-poverty' are dropped (the public API is
 * in scope), and each `expression; //=> expected` line becomes a check of that expression.
 */
export function toCheckedBody(code: string): { body: string; checks: number } {
  const kept = code
    .split('\n')
    .filter((line) => !/^\s*import\s.*from\s+'vn-poverty';?\s*$/.test(line))
    .join('\n');
  const { code: body, checks } = withChecks(kept, (_, line) => line);
  return { body, checks };
}
