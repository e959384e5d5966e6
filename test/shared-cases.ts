import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The worked cases, read unchanged from ../shared/cases beside the repository. */
export interface WorkedCase {
  readonly file: string;
  readonly id: string;
  readonly name: string;
  readonly on: string;
  readonly household: unknown;
  readonly expect: {
    readonly standard: string;
    readonly category: string;
    readonly deprived: readonly string[];
    readonly unknown?: readonly string[];
  };
  readonly basis: string;
}

export const CASES_DIR: string = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'shared',
  'cases',
);

export function loadCases(): WorkedCase[] {
  return readdirSync(CASES_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...JSON.parse(readFileSync(join(CASES_DIR, file), 'utf8')) }));
}
