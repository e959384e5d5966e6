// Assesses the worked cases of test/cases and prints each result with its reasons, in
// Vietnamese and English: what a commune officer would read on screen.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { assessHousehold, formatAssessment, parseHousehold } from '../src/index';

const casesDir = resolve(import.meta.dirname, '..', 'test', 'cases');
const files = readdirSync(casesDir)
  .filter((file) => file.endsWith('.json'))
  .sort();

for (const file of files) {
  const worked = JSON.parse(readFileSync(join(casesDir, file), 'utf8'));
  console.log(`\n━━ ${worked.id}: ${worked.name}`);
  const parsed = parseHousehold(worked.household, { on: worked.on });
  if (!parsed.success) {
    for (const issue of parsed.issues) console.log(`  ✗ ${issue.path}: ${issue.message.vi}`);
    continue;
  }
  const result = assessHousehold(parsed.data, { on: worked.on });
  console.log(formatAssessment(result));
  console.log(formatAssessment(result, { language: 'en' }).split('\n')[0]);
  const agrees = result.category === worked.expect.category ? '✓' : '✗';
  console.log(`${agrees} the case expects: ${worked.expect.category} (${worked.basis})`);
}
