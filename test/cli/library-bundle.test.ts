import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');

describe('the library and the command are separate builds', () => {
  it("the library's bundle holds no command code and no file, process or network access", async () => {
    // Bundled as tsup bundles it (src/index.ts, neutral platform, dependencies outside).
    const result = await build({
      entryPoints: [resolve(root, 'src', 'index.ts')],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      packages: 'external',
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => input.includes('src/cli/'))).toEqual([]);
    expect(inputs.some((input) => input.includes('src/assess/'))).toBe(true);
    const code = result.outputFiles[0]?.text ?? '';
    const imports = [...code.matchAll(/from ['"]([^'"]+)['"]/g)].map((match) => match[1]);
    expect([...new Set(imports)].sort()).toEqual(expect.arrayContaining(['decimal.js']));
    expect(
      imports.filter((name) => !/^(zod\/mini|decimal\.js|date-fns\/[\w]+)$/.test(name ?? '')),
    ).toEqual([]);
    expect(code).not.toMatch(
      /\bprocess\.|node:|readFile|createReadStream|exceljs|vn-poverty assess/,
    );
  });

  it('the package names the command, and exceljs only as an optional peer', () => {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
      dependencies: Record<string, string>;
      peerDependencies: Record<string, string>;
      peerDependenciesMeta: Record<string, { optional?: boolean }>;
      devDependencies: Record<string, string>;
    };
    expect(pkg.bin).toEqual({ 'vn-poverty': './dist/cli/vn-poverty.js' });
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['date-fns', 'decimal.js', 'zod']);
    expect(Object.keys(pkg.peerDependencies)).toEqual(['exceljs']);
    expect(pkg.peerDependenciesMeta.exceljs?.optional).toBe(true);
    expect(pkg.devDependencies.exceljs).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('no library file imports the command', () => {
    const index = readFileSync(resolve(root, 'src', 'index.ts'), 'utf8');
    expect(index).not.toMatch(/from '\.\/cli/);
  });
});
