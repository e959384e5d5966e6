import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

const root = resolve(import.meta.dirname, '..');

/** Every name src/index.ts exports, values and types, as a sorted report. */
function exportReport(): string {
  const source = readFileSync(resolve(root, 'src/index.ts'), 'utf8');
  const file = ts.createSourceFile('index.ts', source, ts.ScriptTarget.ES2022);
  const names: string[] = [];
  for (const statement of file.statements) {
    if (
      !ts.isExportDeclaration(statement) ||
      !statement.exportClause ||
      !ts.isNamedExports(statement.exportClause)
    )
      continue;
    for (const element of statement.exportClause.elements) {
      const isType = statement.isTypeOnly || element.isTypeOnly;
      names.push(`${isType ? 'type ' : ''}${element.name.text}`);
    }
  }
  return `${names.sort((a, b) => a.replace('type ', '').localeCompare(b.replace('type ', ''))).join('\n')}\n`;
}

describe('the public API', () => {
  it('is exactly the reviewed export list: a change is a visible diff', async () => {
    await expect(exportReport()).toMatchFileSnapshot('./__snapshots__/public-api.txt');
  });

  it('exports at run time exactly the value names of the report', () => {
    const values = exportReport()
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('type '));
    expect(Object.keys(api).sort()).toEqual(values.sort());
  });

  it('carries the package version', () => {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
      version: string;
      dependencies: Record<string, string>;
    };
    expect(api.LIBRARY_VERSION).toBe(pkg.version);
  });

  it('names its repository, home page and issue tracker, and ships the guides it links to', () => {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
      repository: { url: string };
      homepage: string;
      bugs: { url: string };
      files: string[];
    };
    expect(pkg.repository.url).toBe('git+https://github.com/vn-poverty/vn-poverty.git');
    expect(pkg.homepage).toBe('https://github.com/vn-poverty/vn-poverty#readme');
    expect(pkg.bugs.url).toBe('https://github.com/vn-poverty/vn-poverty/issues');
    expect(pkg.files).toContain('docs/*.md');
  });

  it('depends at run time on exactly zod, date-fns and decimal.js', () => {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['date-fns', 'decimal.js', 'zod']);
  });

  // The command (src/cli/) is the one place that reads and writes files; the library never
  // imports it.
  const libraryFiles = () =>
    ts.sys
      .readDirectory(resolve(root, 'src'), ['.ts'])
      .filter((file) => !file.startsWith(resolve(root, 'src/cli/')));

  it('keeps the library pure: no file, network, process or clock access in src/ but src/cli/', () => {
    const impure =
      /from 'node:|require\(|\bprocess\.|Date\.now|new Date\(\)|\bfetch\(|Math\.random/;
    expect(libraryFiles().filter((file) => impure.test(readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('never imports the command from the library', () => {
    const importsCli = /from '(\.\/|\.\.\/)+cli[/']/;
    expect(libraryFiles().filter((file) => importsCli.test(readFileSync(file, 'utf8')))).toEqual(
      [],
    );
  });
});
