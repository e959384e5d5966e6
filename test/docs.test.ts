import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { standardsTable } from '../scripts/standards-table';

describe('the standards table in docs/', () => {
  it('is the one generated from the editions’ data (run npm run docs:standards)', () => {
    const page = readFileSync(resolve(import.meta.dirname, '..', 'docs', 'standards.md'), 'utf8');
    expect(page).toBe(standardsTable());
  });

  it('shows the lines of each edition', () => {
    const table = standardsTable();
    expect(table).toContain(
      '| rural | 1,500,000 VND/month (L) | 1,500,000 VND/month (L) | 2,250,000 VND/month (S) |',
    );
    expect(table).toContain(
      '| urban | 900,000 VND/month (L) | 1,300,000 VND/month (L) | 1,950,000 VND/month (N) |',
    );
    expect(table).toContain('unpublished (the middle band for 2027–2030');
  });
});
