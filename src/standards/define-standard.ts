import { describeValue, type ValidationIssue, VnPovertyError } from '../errors';
import { formatPath } from '../household/format-path';
import { issueMessage } from '../household/issue-messages';
import { checkChanges } from './changes-schema';
import { deriveIndicators } from './derive-indicators';
import { deriveLines, lineOrderIssues } from './derive-lines';
import { isLibraryStandard, publishStandard } from './library-standards';
import { NATIONAL_STANDARDS } from './national-standards';
import type { StandardChanges } from './standard-changes';
import { reportedIssues, standardIssue, standardZodIssues } from './standard-issues';
import type { IndicatorDefinition, Standard } from './types';

/** The caller's `indicators.update`, read from the input itself (zod's copy drops `__proto__`). */
function callerUpdate(changes: unknown): object | undefined {
  const update = (changes as { indicators?: { update?: unknown } }).indicators?.update;
  return typeof update === 'object' && update !== null ? update : undefined;
}

/** The own keys of the caller's `indicators.update`, read from the input itself. */
function updateIds(changes: unknown): string[] {
  const update = callerUpdate(changes);
  return update === undefined ? [] : Object.keys(update);
}

/**
 * A rule parameter named `__proto__`, which zod's record of parameters drops without a word: it is
 * not a parameter of any rule, so it is reported like any other unknown one.
 */
function prototypeParameterIssues(changes: unknown): ValidationIssue[] {
  const update = callerUpdate(changes);
  if (update === undefined) return [];
  return Object.entries(update).flatMap(([id, given]) => {
    const rule = (given as { rule?: unknown } | null)?.rule;
    if (typeof rule !== 'object' || rule === null || !Object.hasOwn(rule, '__proto__')) return [];
    const path = formatPath(['indicators', 'update', id, 'rule', '__proto__']);
    return [
      {
        path,
        code: 'unknown-key',
        message: issueMessage('unknown-key', { path, key: '__proto__' }, 'standard'),
      },
    ];
  });
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
 * years outside 2000–2100, an indicator id named like an `Object.prototype` member), up to 100
 * problems and a last `too-many-issues`; a list or record of more than 100 entries is refused at
 * once (`too-many`), and changes whose reading throws (a getter, a proxy) are refused with
 * `unreadable-changes`. A line given without a citation is recorded as a what-if line of grade U. The new standard names its base in
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
  const { given, ids, issues } = readChanges(changes);
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
  const indicators = deriveIndicators(base.indicators, given.indicators, ids, issues);
  issues.push(...consistencyIssues(parts, indicators));
  if (issues.length > 0) throw invalid(issues);
  return publishStandard({ ...parts, indicators });
}

/** The most entries of a list or record of the changes: far more than any standard needs. */
const MOST_ENTRIES = 100;

/**
 * The lists and records of the changes that have more than {@link MOST_ENTRIES} entries, refused
 * before any entry is checked, so that a megabyte of changes is answered at once.
 */
function oversizeIssues(changes: unknown): ValidationIssue[] {
  const indicators = (changes as { indicators?: unknown } | null)?.indicators;
  if (typeof indicators !== 'object' || indicators === null) return [];
  const { remove, add, update } = indicators as Record<string, unknown>;
  const sized: [PropertyKey[], unknown][] = [
    [['indicators', 'remove'], remove],
    [['indicators', 'add'], add],
    [['indicators', 'update'], update],
  ];
  const updates = callerUpdate(changes);
  if (updates !== undefined && Object.keys(updates).length <= MOST_ENTRIES) {
    for (const [id, given] of Object.entries(updates))
      sized.push([
        ['indicators', 'update', id, 'rule'],
        (given as { rule?: unknown } | null)?.rule,
      ]);
  }
  return sized.flatMap(([keys, value]) => {
    const size = Array.isArray(value)
      ? value.length
      : isRecord(value)
        ? Object.keys(value).length
        : 0;
    if (size <= MOST_ENTRIES) return [];
    const path = formatPath(keys);
    return [
      {
        path,
        code: 'too-many',
        message: issueMessage('too-many', { path, limit: MOST_ENTRIES }, 'standard'),
      },
    ];
  });
}

const isRecord = (value: unknown): value is object => typeof value === 'object' && value !== null;

/**
 * Reads the caller's changes, once: zod's fresh copy (the standard never aliases, nor freezes, the
 * caller's objects), the ids of `indicators.update` and the `__proto__` rule parameters, read from
 * the input itself. Changes whose reading throws (a getter, a proxy) are not valid changes.
 *
 * @throws {@link VnPovertyError} `invalid-standard`
 */
function readChanges(changes: unknown): {
  given: StandardChanges;
  ids: string[];
  issues: ValidationIssue[];
} {
  try {
    const oversize = oversizeIssues(changes);
    if (oversize.length > 0) throw invalid(oversize);
    const checked = checkChanges(changes);
    if (!checked.success) throw invalid(standardZodIssues(checked.issues, changes));
    const given = checked.data as StandardChanges;
    return { given, ids: updateIds(changes), issues: prototypeParameterIssues(changes) };
  } catch (error) {
    if (error instanceof VnPovertyError) throw error;
    const message = {
      vi: 'Không đọc được nội dung thay đổi của chuẩn: đọc một giá trị trong đó gây lỗi. Hãy truyền dữ liệu thường (JSON).',
      en: 'The changes to the standard could not be read: reading one of their values failed. Pass plain data (JSON).',
    };
    throw invalid([{ path: '', code: 'unreadable-changes', message }]);
  }
}

function invalid(found: readonly ValidationIssue[]): VnPovertyError {
  const issues = reportedIssues(found);
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
