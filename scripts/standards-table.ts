import {
  type AreaLines,
  formatCitation,
  formatVnd,
  type IndicatorRule,
  NATIONAL_STANDARDS,
  type Standard,
} from '../src/index';

/** The guide page that tabulates the national standards, generated from the editions' data. */

const money = (amount: number, per: 'month' | 'year') => `${formatVnd(amount, 'en')}/${per}`;

function lineCell(lines: AreaLines, key: keyof AreaLines): string {
  const line = lines[key];
  return 'unpublished' in line
    ? `unpublished (${line.note})`
    : `${money(line.amount, line.per)} (${line.basis.grade})`;
}

function ruleText(rule: IndicatorRule): string {
  const { kind, ...parameters } = rule;
  const shown = Object.entries(parameters).map(
    ([name, value]) => `${name}: ${JSON.stringify(value)}`,
  );
  return `\`${kind}\`${shown.length > 0 ? `: ${shown.join('; ')}` : ''}`.replaceAll('|', '\\|');
}

function section(standard: Standard): string {
  const rows = standard.indicators.map(
    (indicator, index) =>
      `| ${index + 1} | \`${indicator.id}\` | ${indicator.service} | ${indicator.label.vi} | ${ruleText(indicator.rule)} | ${indicator.basis.grade} |`,
  );
  const { classification } = standard;
  return [
    `## \`${standard.id}\`: ${standard.title.en}`,
    '',
    `${standard.title.vi}. Policy years ${standard.policyYears.from}–${standard.policyYears.to}${standard.provisional ? '; **provisional**' : ''}.`,
    '',
    `Legal basis: ${standard.basis.map((basis) => formatCitation(basis, 'en')).join('; ')}.`,
    '',
    '| area | poverty line | near-poverty line | top of the middle band |',
    '| --- | --- | --- | --- |',
    ...(['rural', 'urban'] as const).map(
      (area) =>
        `| ${area} | ${lineCell(standard.lines[area], 'poverty')} | ${lineCell(standard.lines[area], 'nearPoverty')} | ${lineCell(standard.lines[area], 'middleUpper')} |`,
    ),
    '',
    `Classification: ${classification.incomeAloneMakesPoor ? 'two tiers: income at or below the poverty line alone is poor; between the lines' : 'single tier: income at or below the line'} with ${classification.deprivationThreshold} or more deprivations is poor (${formatCitation(classification.basis, 'en')}).`,
    '',
    '| # | id | service | indicator | rule and cut-offs | grade |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** The whole page. */
export function standardsTable(): string {
  return [
    '---',
    'title: The standards',
    '---',
    '',
    '# The national standards',
    '',
    'Generated from the editions’ data by `npm run docs:standards`; a test keeps this page equal to the',
    'data. Grades: L read in the legal text; S a legal information site; N a press or portal summary;',
    'U unverified. Lines are per person.',
    '',
    ...NATIONAL_STANDARDS.map(section),
  ].join('\n');
}
