// Writes docs/standards.md from the editions' data.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { standardsTable } from './standards-table';

writeFileSync(resolve(import.meta.dirname, '..', 'docs', 'standards.md'), standardsTable());
