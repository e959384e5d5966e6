import type { ValidationIssue } from '../errors';
import type { LegalCitation } from '../law/citation';
import type { AreaLinesChange, LineChange } from './standard-changes';
import { standardIssue } from './standard-issues';
import type { AreaLines, IncomeLine, Standard } from './types';

/** The citation of a line given without one: a what-if line, grade U. */
function whatIf(id: string): LegalCitation {
  return {
    kind: 'specification',
    number: id,
    grade: 'U',
    note: 'set by defineStandard without a citation',
  };
}

/** An area's lines with the changes applied; a line given without a citation is a what-if. */
export function deriveLines(
  base: AreaLines,
  change: AreaLinesChange | undefined,
  id: string,
): AreaLines {
  if (change === undefined) return base;
  const toLine = (given: LineChange): IncomeLine => ({
    amount: given.amount,
    per: given.per,
    basis: given.basis ?? whatIf(id),
  });
  const middle = change.middleUpper;
  return {
    poverty: change.poverty === undefined ? base.poverty : toLine(change.poverty),
    nearPoverty: change.nearPoverty === undefined ? base.nearPoverty : toLine(change.nearPoverty),
    middleUpper:
      middle === undefined ? base.middleUpper : 'unpublished' in middle ? middle : toLine(middle),
  };
}

const annual = (line: IncomeLine): number =>
  line.per === 'month' ? line.amount * 12 : line.amount;

/** The lines must rise: poverty ≤ near-poverty ≤ top of the middle band, compared per year. */
export function lineOrderIssues(lines: Standard['lines']): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const area of ['rural', 'urban'] as const) {
    const { poverty, nearPoverty, middleUpper } = lines[area];
    if (annual(nearPoverty) < annual(poverty)) {
      issues.push(
        standardIssue(
          `lines.${area}.nearPoverty`,
          'line-order',
          'Chuẩn cận nghèo không được thấp hơn chuẩn nghèo.',
          'The near-poverty line must not be below the poverty line.',
        ),
      );
    }
    if (!('unpublished' in middleUpper) && annual(middleUpper) < annual(nearPoverty)) {
      issues.push(
        standardIssue(
          `lines.${area}.middleUpper`,
          'line-order',
          'Mức trần mức sống trung bình không được thấp hơn chuẩn cận nghèo.',
          'The top of the middle band must not be below the near-poverty line.',
        ),
      );
    }
  }
  return issues;
}
