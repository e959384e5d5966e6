import type { CalendarDate } from '../dates/calendar';
import { parseReferenceDate } from '../dates/parse-reference-date';
import { describeValue, VnPovertyError } from '../errors';
import { isLibraryStandard } from '../standards/library-standards';
import { findNationalStandard } from '../standards/national-standards';
import { ANNUAL_REVIEW, isInReviewWindow } from '../standards/review-calendar';
import { standardForPolicyYear } from '../standards/standard-for-policy-year';
import { standardForReview } from '../standards/standard-for-review';
import type { Standard } from '../standards/types';
import type { Note } from './types';

/**
 * Options of `assessHousehold` and `createAssessor`: the reference date, and at most one way of
 * naming the standard. With none, the national standard in force on `on` applies.
 *
 * - `reviewYear`: the annual review held in that year (1 September – 14 December), which uses the
 *   standard of the next year (Decision 24/2021/QĐ-TTg Art. 3);
 * - `policyYear`: the standard of that policy year;
 * - `standard`: a standard the library made (a national edition, or one from `defineStandard`).
 *
 * @see {@link !"Conventions" | Conventions}
 */
export type AssessOptions<Id extends string = string> =
  | ByDate
  | ForReview
  | ForPolicyYear
  | WithStandard<Id>;

/** The standard in force on `on`. */
export interface ByDate {
  /** The reference date (`YYYY-MM-DD`): ages are taken on it, and it picks the standard. */
  readonly on: string;
  /** Not with `on` alone. */
  readonly standard?: undefined;
  /** Not with `on` alone. */
  readonly policyYear?: undefined;
  /** Not with `on` alone. */
  readonly reviewYear?: undefined;
}

/** The standard an annual review held in `reviewYear` uses: that of `reviewYear + 1`. */
export interface ForReview {
  /** The reference date (`YYYY-MM-DD`) on which the household's facts hold; ages are taken on it. */
  readonly on: string;
  /** The year the annual review is held. */
  readonly reviewYear: number;
  /** Not with `reviewYear`. */
  readonly standard?: undefined;
  /** Not with `reviewYear`. */
  readonly policyYear?: undefined;
}

/** The standard of a policy year. */
export interface ForPolicyYear {
  /** The reference date (`YYYY-MM-DD`); ages are taken on it. */
  readonly on: string;
  /** The policy year whose standard applies. */
  readonly policyYear: number;
  /** Not with `policyYear`. */
  readonly standard?: undefined;
  /** Not with `policyYear`. */
  readonly reviewYear?: undefined;
}

/** A standard named by the caller. */
export interface WithStandard<Id extends string> {
  /** The reference date (`YYYY-MM-DD`); ages are taken on it. */
  readonly on: string;
  /** The standard to apply: a national edition or one made by `defineStandard`. */
  readonly standard: Standard<Id>;
  /** Not with `standard`. */
  readonly policyYear?: undefined;
  /** Not with `standard`. */
  readonly reviewYear?: undefined;
}

/** What the options resolve to: the date, the standard, and notes on how it was chosen. */
export interface ResolvedOptions {
  readonly on: CalendarDate;
  readonly onText: string;
  readonly standard: Standard;
  readonly notes: readonly Note[];
}

const KEYS = new Set(['on', 'standard', 'policyYear', 'reviewYear']);
const CHOICES = ['standard', 'policyYear', 'reviewYear'] as const;

function invalidOptions(vi: string, en: string): VnPovertyError {
  return new VnPovertyError('invalid-options', { vi, en });
}

function readOptions(options: unknown): Readonly<Record<string, unknown>> {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw invalidOptions(
      `Cần truyền tuỳ chọn là một đối tượng có ngày tham chiếu, ví dụ { on: '2025-10-01' } (nhận được: ${describeValue(options)}).`,
      `The options must be an object with a reference date, such as { on: '2025-10-01' } (got ${describeValue(options)}).`,
    );
  }
  const unknown = Object.keys(options).filter((key) => !KEYS.has(key));
  if (unknown.length > 0) {
    const names = unknown.slice(0, 5).map(describeValue).join(', ');
    throw invalidOptions(
      `Tuỳ chọn không có trường ${names}: chỉ nhận on, standard, policyYear, reviewYear.`,
      `The options have no field ${names}: use on, standard, policyYear or reviewYear.`,
    );
  }
  return options as Readonly<Record<string, unknown>>;
}

function yearOption(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw invalidOptions(
      `${name} phải là một năm (số nguyên), nhận được ${describeValue(value)}.`,
      `${name} must be a year (a whole number), not ${describeValue(value)}.`,
    );
  }
  return value;
}

function chosenStandard(options: Readonly<Record<string, unknown>>): Standard {
  const { standard } = options;
  if (!isLibraryStandard(standard)) {
    throw new VnPovertyError('invalid-standard', {
      vi: `Tuỳ chọn standard (${describeValue(standard)}) không phải chuẩn nghèo do thư viện tạo: dùng một chuẩn quốc gia (ND07_2021…) hoặc tạo bằng defineStandard.`,
      en: `The standard option (${describeValue(standard)}) is not a standard the library made: use a national edition (ND07_2021…) or make one with defineStandard.`,
    });
  }
  return standard;
}

const window = (year: number) => ({
  from: `${year}-${pad(ANNUAL_REVIEW.from.month)}-${pad(ANNUAL_REVIEW.from.day)}`,
  to: `${year}-${pad(ANNUAL_REVIEW.to.month)}-${pad(ANNUAL_REVIEW.to.day)}`,
});
const pad = (n: number) => String(n).padStart(2, '0');

function byDateNotes(on: CalendarDate, standard: Standard): Note[] {
  if (!isInReviewWindow(on.month, on.day)) return [];
  const policyYear = on.year + ANNUAL_REVIEW.policyYearOffset;
  const review = findNationalStandard(policyYear);
  const reviewText =
    review === undefined
      ? { vi: 'không có chuẩn quốc gia nào', en: 'no national standard' }
      : { vi: `chuẩn ${review.id}`, en: `standard ${review.id}` };
  return [
    {
      code: 'standard-chosen-by-date-in-review-window',
      message: {
        vi: `Ngày ${on.year}-${pad(on.month)}-${pad(on.day)} nằm trong kỳ rà soát định kỳ năm ${on.year}: chuẩn ${standard.id} được chọn theo ngày. Kỳ rà soát năm ${on.year} xếp loại hộ cho năm ${policyYear} nên dùng ${reviewText.vi}; để đánh giá cho kỳ rà soát, truyền reviewYear: ${on.year}.`,
        en: `${on.year}-${pad(on.month)}-${pad(on.day)} falls in the annual review held in ${on.year}: standard ${standard.id} was chosen by the date. That review classifies households for ${policyYear} and so uses ${reviewText.en}; to assess for the review, pass reviewYear: ${on.year}.`,
      },
      values: {
        standardId: standard.id,
        reviewYear: on.year,
        reviewPolicyYear: policyYear,
        ...(review === undefined ? {} : { reviewStandardId: review.id }),
      },
      basis: ANNUAL_REVIEW.basis,
    },
  ];
}

function reviewNotes(on: CalendarDate, onText: string, reviewYear: number): Note[] {
  if (on.year === reviewYear && isInReviewWindow(on.month, on.day)) return [];
  const { from, to } = window(reviewYear);
  return [
    {
      code: 'reference-date-outside-review-window',
      message: {
        vi: `Ngày tham chiếu ${onText} không nằm trong kỳ rà soát định kỳ năm ${reviewYear} (${from} đến ${to}).`,
        en: `The reference date ${onText} is outside the annual review of ${reviewYear} (${from} to ${to}).`,
      },
      values: { reviewYear, from, to },
      basis: ANNUAL_REVIEW.basis,
    },
  ];
}

function explicitNotes(on: CalendarDate, standard: Standard): Note[] {
  const { from, to } = standard.policyYears;
  const covers = (year: number) => from <= year && year <= to;
  const reviewing = isInReviewWindow(on.month, on.day);
  if (covers(on.year) || (reviewing && covers(on.year + ANNUAL_REVIEW.policyYearOffset))) return [];
  return [
    {
      code: 'standard-outside-policy-years',
      message: {
        vi: `Chuẩn ${standard.id} áp dụng cho các năm ${from}–${to}, nhưng ngày tham chiếu thuộc năm ${on.year}: kết quả là theo yêu cầu của người dùng, không phải chuẩn có hiệu lực.`,
        en: `Standard ${standard.id} governs policy years ${from}–${to}, but the reference date is in ${on.year}: the result applies it as asked, not as the standard in force.`,
      },
      values: { standardId: standard.id, from, to, year: on.year },
    },
  ];
}

/**
 * Reads the options of an assessment: checks them, parses the date once, and resolves the standard
 * once, with notes when the choice could surprise (a date in a review window that picked the
 * standard by date; a review date outside the review window; a standard applied outside its years).
 *
 * @throws {@link VnPovertyError} `invalid-options`, `invalid-date`, `date-out-of-range` or
 * `invalid-standard`
 */
export function resolveAssessOptions(options: unknown): ResolvedOptions {
  const read = readOptions(options);
  const given = CHOICES.filter((key) => read[key] !== undefined);
  if (given.length > 1) {
    throw invalidOptions(
      `Chỉ được chọn chuẩn theo một cách, nhưng đã truyền ${given.join(' và ')}.`,
      `Name the standard one way only, not by ${given.join(' and ')}.`,
    );
  }
  const onText = read.on;
  const on = parseReferenceDate(onText as string);
  const text = onText as string;
  switch (given[0]) {
    case 'standard': {
      const standard = chosenStandard(read);
      return { on, onText: text, standard, notes: explicitNotes(on, standard) };
    }
    case 'policyYear':
      return {
        on,
        onText: text,
        standard: standardForPolicyYear(yearOption('policyYear', read.policyYear)),
        notes: [],
      };
    case 'reviewYear': {
      const reviewYear = yearOption('reviewYear', read.reviewYear);
      return {
        on,
        onText: text,
        standard: standardForReview(reviewYear),
        notes: reviewNotes(on, text, reviewYear),
      };
    }
    default: {
      const standard = standardForPolicyYear(on.year);
      return { on, onText: text, standard, notes: byDateNotes(on, standard) };
    }
  }
}
