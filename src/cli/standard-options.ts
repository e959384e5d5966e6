import {
  ANNUAL_REVIEW,
  type AssessOptions,
  createAssessor,
  getStandard,
  type Standard,
  standardForPolicyYear,
  standardForReview,
  standardInForce,
  VnPovertyError,
} from '../index';
import { usageError } from './cli-error';

/** The command-line options that choose the reference date and the standard. */
export const STANDARD_OPTIONS = {
  on: { type: 'string' },
  'policy-year': { type: 'string' },
  'review-year': { type: 'string' },
  standard: { type: 'string' },
} as const;

/** The options that choose the reference date and the standard, as parsed. */
export interface StandardFlags {
  readonly on?: string | undefined;
  readonly 'policy-year'?: string | undefined;
  readonly 'review-year'?: string | undefined;
  readonly standard?: string | undefined;
}

function year(name: string, value: string): number {
  if (!/^\d{4}$/.test(value)) {
    throw usageError(
      `--${name} phải là một năm, ví dụ 2025 (nhận được "${value}").`,
      `--${name} must be a year such as 2025 (got "${value}").`,
    );
  }
  return Number(value);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The assessment options, and how the date was chosen when the command chose it. */
export interface ChosenOptions {
  readonly options: AssessOptions;
  /** The standard the options name, for the summary. */
  readonly standard: Standard;
  /** Set when no --on was given and the date follows from the year. */
  readonly dateNote?: { readonly vi: string; readonly en: string };
}

/**
 * Reads `--on`, `--policy-year`, `--review-year` and `--standard` into the library's options: at
 * most one way to name the standard; the date is `--on`, or, without it, the first day of the
 * review window for `--review-year` and 1 January for `--policy-year` (said in the summary).
 */
export function chooseStandard(flags: StandardFlags): ChosenOptions {
  const ways = (['policy-year', 'review-year', 'standard'] as const).filter(
    (name) => flags[name] !== undefined,
  );
  if (ways.length > 1) {
    throw usageError(
      `Chỉ chọn chuẩn bằng một cách: --${ways.join(' hoặc --')}.`,
      `Name the standard one way only, not by --${ways.join(' and --')}.`,
    );
  }
  const policyYear =
    flags['policy-year'] === undefined ? undefined : year('policy-year', flags['policy-year']);
  const reviewYear =
    flags['review-year'] === undefined ? undefined : year('review-year', flags['review-year']);
  let on = flags.on;
  let dateNote: ChosenOptions['dateNote'];
  if (on === undefined) {
    if (reviewYear !== undefined) {
      on = `${reviewYear}-${pad(ANNUAL_REVIEW.from.month)}-${pad(ANNUAL_REVIEW.from.day)}`;
      dateNote = {
        vi: `Ngày tham chiếu ${on}: ngày đầu kỳ rà soát năm ${reviewYear} (dùng --on để chọn ngày khác).`,
        en: `Reference date ${on}: the first day of the ${reviewYear} review (use --on for another date).`,
      };
    } else if (policyYear !== undefined) {
      on = `${policyYear}-01-01`;
      dateNote = {
        vi: `Ngày tham chiếu ${on}: ngày đầu năm ${policyYear} (dùng --on để chọn ngày khác).`,
        en: `Reference date ${on}: the first day of ${policyYear} (use --on for another date).`,
      };
    } else {
      throw usageError(
        'Cần ngày tham chiếu: --on NGÀY (YYYY-MM-DD), hoặc --review-year NĂM, hoặc --policy-year NĂM.',
        'A reference date is needed: --on DATE (YYYY-MM-DD), or --review-year YEAR, or --policy-year YEAR.',
      );
    }
  }
  const date = on;
  return asUsageError(() => {
    let options: AssessOptions = { on: date };
    let standard: Standard;
    if (policyYear !== undefined) {
      options = { on: date, policyYear };
      standard = standardForPolicyYear(policyYear);
    } else if (reviewYear !== undefined) {
      options = { on: date, reviewYear };
      standard = standardForReview(reviewYear);
    } else if (flags.standard !== undefined) {
      standard = getStandard(flags.standard);
      options = { on: date, standard };
    } else standard = standardInForce(date);
    // The library checks the date and the choice once more, as it will for every household.
    createAssessor(options);
    return dateNote === undefined ? { options, standard } : { options, standard, dateNote };
  });
}

/** Runs `read`, turning the library's refusal of an option (a bad date, an unknown id) into a usage error. */
function asUsageError<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof VnPovertyError) throw usageError(error.messages.vi, error.messages.en);
    throw error;
  }
}
