// Assesses the worked cases of ../shared/cases and prints each result with its reasons, in
// Vietnamese and English: what a commune officer would read on screen.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { assessHousehold, CATEGORY_LABELS, formatCitation, parseHousehold } from '../src/index';

const casesDir = resolve(import.meta.dirname, '..', '..', 'shared', 'cases');
const files = readdirSync(casesDir)
  .filter((file) => file.endsWith('.json'))
  .sort();

for (const file of files) {
  const worked = JSON.parse(readFileSync(join(casesDir, file), 'utf8'));
  const parsed = parseHousehold(worked.household, { on: worked.on });
  console.log(`\n━━ ${worked.id} (${worked.on}): ${worked.name}`);
  if (!parsed.success) {
    for (const issue of parsed.issues) console.log(`  ✗ ${issue.path}: ${issue.message.vi}`);
    continue;
  }
  const result = assessHousehold(parsed.data, { on: worked.on });
  const label = CATEGORY_LABELS[result.category];
  console.log(`  ${result.standardId}: ${label.vi} / ${label.en}`);
  for (const reason of result.reasons)
    console.log(`  • ${reason.message.vi}\n    ${reason.message.en}`);
  for (const indicator of result.indicators) {
    if (indicator.status === 'not-deprived') continue;
    const who = indicator.members.length > 0 ? ` [${indicator.members.join(', ')}]` : '';
    const source = indicator.source === 'declared' ? ' (kê khai / declared)' : '';
    console.log(
      `    - ${indicator.id}: ${indicator.status}${source}${who}: ${indicator.reason.message.vi}`,
    );
    console.log(`      ${formatCitation(indicator.basis, 'vi')}`);
  }
  for (const fact of result.decidingFacts) console.log(`  ? cần bổ sung / needed: ${fact.path}`);
  const agrees = result.category === worked.expect.category ? '✓' : '✗';
  console.log(`  ${agrees} expected: ${worked.expect.category} (${worked.basis})`);
}
