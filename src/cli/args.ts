import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { Language } from '../index';
import { usageError } from './cli-error';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The options every subcommand takes. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
} as const satisfies Options;

/**
 * Parses a subcommand's arguments strictly: an unknown option or a missing value is a usage
 * error in both languages that points to the subcommand's help.
 */
export function parseCommand<T extends Options>(
  command: string,
  args: readonly string[],
  options: T,
) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw usageError(
      `Tham số không hợp lệ: ${detail}. Xem: vn-poverty ${command} --help`,
      `Invalid arguments: ${detail}. See: vn-poverty ${command} --help`,
    );
  }
}

/** The language option: `vi` (the default) or `en`. */
export function languageOf(value: string | undefined): Language {
  if (value === undefined || value === 'vi') return 'vi';
  if (value === 'en') return 'en';
  throw usageError(
    `--lang phải là vi hoặc en (nhận được "${value}").`,
    `--lang must be vi or en (got "${value}").`,
  );
}

/** Exactly one positional argument: the input file. */
export function onePath(
  command: string,
  positionals: readonly string[],
  what: { vi: string; en: string },
): string {
  if (positionals.length === 1) return positionals[0] as string;
  throw usageError(
    positionals.length === 0
      ? `Thiếu ${what.vi}. Xem: vn-poverty ${command} --help`
      : `Chỉ nhận một ${what.vi}, nhận được ${positionals.length}: ${positionals.join(' ')}.`,
    positionals.length === 0
      ? `Missing ${what.en}. See: vn-poverty ${command} --help`
      : `One ${what.en} only, got ${positionals.length}: ${positionals.join(' ')}.`,
  );
}
