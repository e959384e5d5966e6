import { type ValidationIssue, VnPovertyError } from '../errors';
import { formatPath } from '../household/format-path';
import { fromZodIssues } from '../household/zod-issues';
import type { Message } from '../i18n/message';
import type { LegalCitation } from '../law/citation';
import { checkChanges, checkRule } from './changes-schema';
import { deepFreeze } from './deep-freeze';
import { NATIONAL_STANDARDS } from './national-standards';
import type {
  AreaLines,
  ByArea,
  ClassificationRule,
  IncomeLine,
  IndicatorDefinition,
  IndicatorRule,
  ServiceId,
  Standard,
  SurveyScoring,
  Unpublished,
  YearRange,
} from './types';

/** A line in a derived standard; without a citation it is recorded as a what-if line, grade U. */
export interface LineChange {
  /** Integer VND per person. */
  readonly amount: number;
  /** Per month or per year. */
  readonly per: 'month' | 'year';
  /** Where the line is set (a provincial People's Council resolution, for example). */
  readonly basis?: LegalCitation;
}

/** Lines to replace for one area; the others are kept. */
export interface AreaLinesChange {
  /** The new poverty line. */
  readonly poverty?: LineChange;
  /** The new near-poverty line. */
  readonly nearPoverty?: LineChange;
  /** The new top of the middle band, or unpublished. */
  readonly middleUpper?: LineChange | Unpublished;
}

/** Changes to one indicator: `rule` is merged into the current rule, or replaces it when it names another `kind`. */
export interface IndicatorUpdate {
  /** The new service. */
  readonly service?: ServiceId;
  /** The new name. */
  readonly label?: Message;
  /** Parameters to merge into the rule, or a whole rule of another kind. */
  readonly rule?: Partial<IndicatorRule>;
  /** The new legal basis. */
  readonly basis?: LegalCitation;
}

/** Indicators to remove, update or add, in that order. */
export interface IndicatorChanges {
  /** Ids of indicators to remove. */
  readonly remove?: readonly string[];
  /** Changes to indicators, by id. */
  readonly update?: Readonly<Record<string, IndicatorUpdate>>;
  /** New indicators, appended after the kept ones. */
  readonly add?: readonly IndicatorDefinition[];
}

/** What a derived standard changes in its base; everything not named is kept. */
export interface StandardChanges {
  /** The new standard's id (kebab-case), different from every national id. */
  readonly id: string;
  /** Its name. */
  readonly title: Message;
  /** Whether parts of it are still unknown; by default the base's. */
  readonly provisional?: boolean;
  /** Its legal basis; by default the base's. */
  readonly basis?: readonly LegalCitation[];
  /** The policy years it governs; by default the base's. */
  readonly policyYears?: YearRange;
  /** Lines to replace, by area. */
  readonly lines?: Partial<ByArea<AreaLinesChange>>;
  /** Classification parameters to replace. */
  readonly classification?: Partial<ClassificationRule>;
  /** Indicators to remove (by id), update (by id) or add. */
  readonly indicators?: IndicatorChanges;
  /** The survey scoring method; by default the base's. */
  readonly survey?: SurveyScoring | Unpublished;
}

type Issues = ValidationIssue[];

const issue = (path: string, code: string, vi: string, en: string): ValidationIssue => ({
  path,
  code,
  message: { vi, en },
});

function whatIf(id: string): LegalCitation {
  return {
    kind: 'specification',
    number: id,
    grade: 'U',
    note: 'set by defineStandard without a citation',
  };
}

function mergeLines(base: AreaLines, change: AreaLinesChange | undefined, id: string): AreaLines {
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

function checkLineOrder(lines: Standard['lines'], issues: Issues): void {
  for (const area of ['rural', 'urban'] as const) {
    const { poverty, nearPoverty, middleUpper } = lines[area];
    if (annual(nearPoverty) < annual(poverty)) {
      issues.push(
        issue(
          `lines.${area}.nearPoverty`,
          'line-order',
          'Chuẩn cận nghèo không được thấp hơn chuẩn nghèo.',
          'The near-poverty line must not be below the poverty line.',
        ),
      );
    }
    if (!('unpublished' in middleUpper) && annual(middleUpper) < annual(nearPoverty)) {
      issues.push(
        issue(
          `lines.${area}.middleUpper`,
          'line-order',
          'Mức trần mức sống trung bình không được thấp hơn chuẩn cận nghèo.',
          'The top of the middle band must not be below the near-poverty line.',
        ),
      );
    }
  }
}

function updateIndicator(
  current: IndicatorDefinition,
  update: IndicatorUpdate,
  issues: Issues,
): IndicatorDefinition {
  let rule = current.rule;
  if (update.rule !== undefined) {
    const replaces = update.rule.kind !== undefined && update.rule.kind !== current.rule.kind;
    const candidate = replaces ? update.rule : { ...current.rule, ...update.rule };
    const checked = checkRule(candidate);
    if (checked.success) rule = checked.data as IndicatorRule;
    else {
      const path = `indicators.update.${current.id}.rule`;
      issues.push(
        ...fromZodIssues(checked.error.issues, candidate, undefined).map((found) => ({
          ...found,
          path: found.path === '' ? path : `${path}.${found.path}`,
        })),
      );
    }
  }
  return {
    ...current,
    ...(update.service === undefined ? {} : { service: update.service }),
    ...(update.label === undefined ? {} : { label: update.label }),
    ...(update.basis === undefined ? {} : { basis: update.basis }),
    rule,
  };
}

function deriveIndicators(
  base: readonly IndicatorDefinition[],
  change: StandardChanges['indicators'],
  issues: Issues,
): IndicatorDefinition[] {
  if (change === undefined) return [...base];
  const known = new Set(base.map((indicator) => indicator.id));
  (change.remove ?? []).forEach((id, index) => {
    if (!known.has(id))
      issues.push(
        issue(
          formatPath(['indicators', 'remove', index]),
          'unknown-indicator',
          `Chuẩn gốc không có chỉ số "${id}".`,
          `The base standard has no indicator "${id}".`,
        ),
      );
  });
  for (const id of Object.keys(change.update ?? {})) {
    if (!known.has(id))
      issues.push(
        issue(
          `indicators.update.${id}`,
          'unknown-indicator',
          `Chuẩn gốc không có chỉ số "${id}".`,
          `The base standard has no indicator "${id}".`,
        ),
      );
  }
  const removed = new Set(change.remove ?? []);
  const kept = base
    .filter((indicator) => !removed.has(indicator.id))
    .map((indicator) => {
      const update = change.update?.[indicator.id];
      return update === undefined ? indicator : updateIndicator(indicator, update, issues);
    });
  const ids = new Set(kept.map((indicator) => indicator.id));
  (change.add ?? []).forEach((added, index) => {
    if (ids.has(added.id))
      issues.push(
        issue(
          `indicators.add[${index}].id`,
          'duplicate-indicator',
          `Chỉ số "${added.id}" đã có trong chuẩn.`,
          `The standard already has an indicator "${added.id}".`,
        ),
      );
    ids.add(added.id);
  });
  return [...kept, ...(change.add ?? [])];
}

/**
 * Derives a named standard from another: a provincial standard (chuẩn nghèo của tỉnh, such as Ho
 * Chi Minh City's yearly lines) or a what-if, with other lines, indicator parameters, or
 * indicators added or removed. The base is never changed; national editions stay as published.
 *
 * @remarks Legal basis: provinces may set lines above the national ones for their own policies
 * (spec/standards.md §8, grade N). The changes are validated like user input; a line given
 * without a citation is recorded as a what-if line of grade U. The new standard names its base in
 * `derivedFrom`, and every result made with it carries its id.
 *
 * @param base - the standard to start from
 * @param changes - what differs
 * @returns the new standard, frozen
 * @throws {@link VnPovertyError} `invalid-standard`, with every problem in `issues`
 *
 * @example
 * ```ts
 * import { ND07_2021, defineStandard } from 'vn-poverty';
 * const hcm = defineStandard(ND07_2021, {
 *   id: 'hcm-2025',
 *   title: { vi: 'Chuẩn nghèo TP. Hồ Chí Minh (rà soát 2025)', en: 'Ho Chi Minh City standard (2025 review)' },
 *   classification: { incomeAloneMakesPoor: true },
 *   lines: {
 *     urban: {
 *       poverty: { amount: 46000000, per: 'year' },
 *       nearPoverty: { amount: 54000000, per: 'year' },
 *       middleUpper: { unpublished: true, note: 'no middle band in the city standard' },
 *     },
 *   },
 *   indicators: { update: { housingArea: { rule: { minimumM2: 10 } } } },
 * });
 * hcm.derivedFrom; //=> 'nd07-2021'
 * hcm.lines.urban.poverty.amount; //=> 46000000
 * ND07_2021.lines.urban.poverty.amount; //=> 2000000
 * ```
 */
export function defineStandard(base: Standard, changes: StandardChanges): Standard {
  const checked = checkChanges(changes);
  if (!checked.success) throw invalid(fromZodIssues(checked.error.issues, changes, undefined));
  const given = changes; // validated: zod returns the input unchanged
  const issues: Issues = [];
  if (NATIONAL_STANDARDS.some((standard) => standard.id === given.id) || given.id === base.id) {
    issues.push(
      issue(
        'id',
        'reserved-id',
        `Mã "${given.id}" đã dùng cho một chuẩn khác.`,
        `The id "${given.id}" already names another standard.`,
      ),
    );
  }
  const policyYears = given.policyYears ?? base.policyYears;
  if (policyYears.from > policyYears.to) {
    issues.push(
      issue(
        'policyYears',
        'year-order',
        'Năm bắt đầu phải không sau năm kết thúc.',
        'The first policy year must not be after the last.',
      ),
    );
  }
  const lines = {
    rural: mergeLines(base.lines.rural, given.lines?.rural, given.id),
    urban: mergeLines(base.lines.urban, given.lines?.urban, given.id),
  };
  checkLineOrder(lines, issues);
  const indicators = deriveIndicators(base.indicators, given.indicators, issues);
  if (issues.length > 0) throw invalid(issues);
  return deepFreeze({
    id: given.id,
    title: given.title,
    provisional: given.provisional ?? base.provisional,
    derivedFrom: base.id,
    basis: given.basis ?? base.basis,
    policyYears,
    lines,
    classification: { ...base.classification, ...given.classification },
    indicators,
    survey: given.survey ?? base.survey,
    lowIncomeWorker: base.lowIncomeWorker,
  });
}

function invalid(issues: readonly ValidationIssue[]): VnPovertyError {
  return new VnPovertyError(
    'invalid-standard',
    {
      vi: `Chuẩn nghèo không hợp lệ: ${issues.map((found) => `${found.path}: ${found.message.vi}`).join('; ')}`,
      en: `The standard is not valid: ${issues.map((found) => `${found.path}: ${found.message.en}`).join('; ')}`,
    },
    issues,
  );
}
