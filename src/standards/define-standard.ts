import { describeValue, type ValidationIssue, VnPovertyError } from '../errors';
import { checkChanges } from './changes-schema';
import { deriveIndicators } from './derive-indicators';
import { deriveLines, lineOrderIssues } from './derive-lines';
import { isLibraryStandard, publishStandard } from './library-standards';
import { NATIONAL_STANDARDS } from './national-standards';
import type { StandardChanges } from './standard-changes';
import { standardIssue, standardZodIssues } from './standard-issues';
import type { IndicatorDefinition, Standard } from './types';

/** The own keys of the caller's `indicators.update`, read from the input itself. */
function updateIds(changes: unknown): string[] {
  const update = (changes as { indicators?: { update?: unknown } }).indicators?.update;
  return typeof update === 'object' && update !== null ? Object.keys(update) : [];
}

/** Checks that hold across the whole derived standard, once its parts are known. */
function consistencyIssues(
  standard: Omit<Standard, 'indicators'>,
  indicators: readonly IndicatorDefinition[],
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (standard.policyYears.from > standard.policyYears.to) {
    issues.push(
      standardIssue(
        'policyYears',
        'year-order',
        'Năm bắt đầu phải không sau năm kết thúc.',
        'The first policy year must not be after the last.',
      ),
    );
  }
  issues.push(...lineOrderIssues(standard.lines));
  if (indicators.length === 0) {
    issues.push(
      standardIssue(
        'indicators',
        'no-indicators',
        'Chuẩn phải còn ít nhất một chỉ số thiếu hụt.',
        'A standard needs at least one deprivation indicator.',
      ),
    );
  }
  const threshold = standard.classification.deprivationThreshold;
  if (indicators.length > 0 && threshold > indicators.length) {
    issues.push(
      standardIssue(
        'classification.deprivationThreshold',
        'threshold-above-indicators',
        `Ngưỡng ${threshold} chỉ số thiếu hụt lớn hơn số chỉ số của chuẩn (${indicators.length}): không hộ nào đạt được.`,
        `A threshold of ${threshold} deprivations is more than the standard's ${indicators.length} indicators: no household could meet it.`,
      ),
    );
  }
  const survey = standard.survey;
  if (
    !('unpublished' in survey) &&
    indicators.length > 0 &&
    survey.poorScoreBAtLeast > survey.pointsPerIndicator * indicators.length
  ) {
    issues.push(
      standardIssue(
        'survey.poorScoreBAtLeast',
        'threshold-above-indicators',
        'Ngưỡng điểm B lớn hơn số điểm tối đa của chuẩn: không hộ nào đạt được.',
        'The score B cut-off is more than the most a household can score: no household could meet it.',
      ),
    );
  }
  return issues;
}

/**
 * Derives a named standard from another: a provincial standard (chuẩn nghèo của tỉnh, such as Ho
 * Chi Minh City's yearly lines) or a what-if, with other lines, indicator parameters, or
 * indicators added or removed. The base is never changed; national editions stay as published.
 *
 * @remarks Legal basis: provinces may set lines above the national ones for their own policies
 * (press summaries, grade N: see the guide Readings). The changes are validated like user data: every
 * problem is reported at once, with its path (a parameter that is not one of the standard's, a
 * rule that could never apply or always would, a threshold above the number of indicators, policy
 * years outside 2000–2100, an indicator id named like an `Object.prototype` member). A line given
 * without a citation is recorded as a what-if line of grade U. The new standard names its base in
 * `derivedFrom`, and every result made with it carries its id. The caller's objects are copied,
 * never frozen or kept.
 *
 * @param base - the standard to start from: a national edition or another derived standard
 * @param changes - what differs; removing or updating an id the base lacks does not compile where
 * the base is known
 * @returns the new standard, frozen
 * @throws {@link VnPovertyError} `invalid-standard`, with every problem in `issues`
 *
 * @example
 * ```ts
 * import { ND07_2021, defineStandard } from 'vn-poverty';
 * // What if the floor-area cut-off were 10 m² per person instead of 8?
 * const stricter = defineStandard(ND07_2021, {
 *   id: 'area-10-what-if',
 *   title: { vi: 'Giả định: 10 m²/người', en: 'What-if: 10 m² per person' },
 *   indicators: { update: { housingArea: { rule: { minimumM2: 10 } } } },
 * });
 * stricter.derivedFrom; //=> 'nd07-2021'
 * stricter.indicators.find((i) => i.id === 'housingArea')?.rule; //=> { kind: 'floor-area-per-member', minimumM2: 10 }
 * ND07_2021.indicators.find((i) => i.id === 'housingArea')?.rule; //=> { kind: 'floor-area-per-member', minimumM2: 8 }
 * ```
 *
 * @see {@link !"Provincial and what-if standards" | Provincial and what-if standards}
 * @see {@link !"Readings" | Readings}
 */
export function defineStandard<Id extends string>(
  base: Standard<Id>,
  changes: StandardChanges<NoInfer<Id>>,
): Standard {
  if (!isLibraryStandard(base)) {
    throw new VnPovertyError('invalid-standard', {
      vi: `Chuẩn gốc (${describeValue(base)}) không phải chuẩn do thư viện tạo: dùng một chuẩn quốc gia hoặc một chuẩn từ defineStandard.`,
      en: `The base (${describeValue(base)}) is not a standard the library made: start from a national edition or another defineStandard result.`,
    });
  }
  const checked = checkChanges(changes);
  if (!checked.success) throw invalid(standardZodIssues(checked.issues, changes));
  // zod's output is a fresh copy: the standard never aliases, nor freezes, the caller's objects.
  const given = checked.data as StandardChanges;
  const issues: ValidationIssue[] = [];
  if (NATIONAL_STANDARDS.some((standard) => standard.id === given.id) || given.id === base.id) {
    issues.push(
      standardIssue(
        'id',
        'reserved-id',
        `Mã "${given.id}" đã dùng cho một chuẩn khác.`,
        `The id "${given.id}" already names another standard.`,
      ),
    );
  }
  const parts = {
    id: given.id,
    title: given.title,
    provisional: given.provisional ?? base.provisional,
    derivedFrom: base.id,
    basis: given.basis ?? base.basis,
    policyYears: given.policyYears ?? base.policyYears,
    lines: {
      rural: deriveLines(base.lines.rural, given.lines?.rural, given.id),
      urban: deriveLines(base.lines.urban, given.lines?.urban, given.id),
    },
    classification: { ...base.classification, ...given.classification },
    survey: given.survey ?? base.survey,
    lowIncomeWorker:
      given.lowIncomeWorker === undefined ? base.lowIncomeWorker : given.lowIncomeWorker,
  };
  const indicators = deriveIndicators(
    base.indicators,
    given.indicators,
    updateIds(changes),
    issues,
  );
  issues.push(...consistencyIssues(parts, indicators));
  if (issues.length > 0) throw invalid(issues);
  return publishStandard({ ...parts, indicators });
}

function invalid(issues: readonly ValidationIssue[]): VnPovertyError {
  const shown = issues.slice(0, 10);
  const more = issues.length > shown.length ? ` (+${issues.length - shown.length})` : '';
  return new VnPovertyError(
    'invalid-standard',
    {
      vi: `Chuẩn nghèo không hợp lệ: ${shown.map((found) => `${found.path}: ${found.message.vi}`).join('; ')}${more}`,
      en: `The standard is not valid: ${shown.map((found) => `${found.path}: ${found.message.en}`).join('; ')}${more}`,
    },
    issues,
  );
}
