import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { Language } from '../index';
import { usageError } from './cli-error';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The options every subcommand takes. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
} as const satisfies Options;

/** Node's message for a misuse of the options, in Vietnamese: the option named, the rest said. */
function inVietnamese(error: unknown): string {
  const { code, message } = error as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message : String(error);
  const option = /'(-[^' ]+)/.exec(text)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `không có tùy chọn ${option}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `tùy chọn ${option} cần một giá trị`;
  return text;
}

/** The first option given twice (the later one would silently win), if any. */
function repeatedOption(tokens: readonly { kind: string; name?: string }[]): string | undefined {
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined) continue;
    if (seen.has(token.name)) return token.name;
    seen.add(token.name);
  }
  return undefined;
}

/**
 * Parses a subcommand's arguments strictly: an unknown option, a missing value or an option given
 * twice is a usage error in both languages that points to the subcommand's help.
 */
export function parseCommand<T extends Options>(
  command: string,
  args: readonly string[],
  options: T,
) {
  let parsed: ReturnType<
    typeof parseArgs<{ options: T; allowPositionals: true; strict: true; tokens: true }>
  >;
  try {
    parsed = parseArgs({
      args: [...args],
      options,
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw usageError(
      `Tham số không hợp lệ: ${inVietnamese(error)}. Xem: vn-poverty ${command} --help`,
      `Invalid arguments: ${detail}. See: vn-poverty ${command} --help`,
    );
  }
  const repeated = repeatedOption(parsed.tokens);
  if (repeated !== undefined) {
    throw usageError(
      `Tùy chọn --${repeated} được cho hai lần: chỉ cho một lần. Xem: vn-poverty ${command} --help`,
      `The option --${repeated} is given twice: give it once. See: vn-poverty ${command} --help`,
    );
  }
  return parsed;
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
