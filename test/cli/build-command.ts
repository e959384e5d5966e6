// Vitest global setup: the end-to-end tests run the built command (dist/cli/vn-poverty.js), so it
// is built first whenever a source file is newer than it.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
export const BUILT_COMMAND = join(root, 'dist', 'cli', 'vn-poverty.js');

function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  const stale =
    !existsSync(BUILT_COMMAND) ||
    statSync(BUILT_COMMAND).mtimeMs <
      Math.max(newestSource(join(root, 'src')), statSync(join(root, 'tsup.cli.config.ts')).mtimeMs);
  if (stale) execFileSync('npm', ['run', 'build:cli', '--silent'], { cwd: root, stdio: 'ignore' });
}
