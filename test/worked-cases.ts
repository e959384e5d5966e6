import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The worked cases: a household, a date and what the law says about it. They are the project's
 * own copy, kept byte for byte as the specification gave them (a test checks that none is edited
 * to suit the code: see `cases.test.ts`).
 */
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

/** Where the worked cases live, inside the repository. */
export const CASES_DIR: string = resolve(import.meta.dirname, 'cases');

export function loadCases(): WorkedCase[] {
  return readdirSync(CASES_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...JSON.parse(readFileSync(join(CASES_DIR, file), 'utf8')) }));
}
