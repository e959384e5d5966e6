import { VnPovertyError } from '../index';
import { CliError, EXIT } from './cli-error';
import { allocateCommand } from './commands/allocate';
import { assessCommand } from './commands/assess';
import { explainCommand } from './commands/explain';
import { MAIN_HELP } from './commands/help';
import { rankCommand } from './commands/rank';
import { reportCommand } from './commands/report';
import type { CliIo } from './io';
import { removeTemporaryFiles } from './output/atomic-file';
import { bothLanguages } from './text';

const ISSUES_SHOWN = 10;

/** The library's issues behind an error (the ids that repeat, say), the first ten, one a line. */
function issueLines(error: VnPovertyError): string {
  const lines = error.issues
    .slice(0, ISSUES_SHOWN)
    .map(
      (issue) =>
        `  • ${issue.path === '' ? '' : `${issue.path}: `}${issue.message.vi} / ${issue.message.en}`,
    );
  if (error.issues.length > ISSUES_SHOWN) lines.push(`  … (${error.issues.length - ISSUES_SHOWN})`);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: ReadonlyMap<string, Command> = new Map([
  ['assess', assessCommand],
  ['report', reportCommand],
  ['explain', explainCommand],
  ['rank', rankCommand],
  ['allocate', allocateCommand],
]);

/**
 * Runs the command line `args` (without the program name) and returns the exit code: 0 every row
 * assessed, 1 some rows refused, 2 a usage or input error, 3 a fault of the command. Nothing it
 * throws reaches the terminal as a stack trace: problems the officer can fix are said in both
 * languages; a fault of the command says so, with the stack only when VN_POVERTY_DEBUG is set.
 */
export async function run(args: readonly string[], io: CliIo, debug = false): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(MAIN_HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    const { LIBRARY_VERSION } = await import('../index');
    io.out(`${LIBRARY_VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.get(name);
  if (command === undefined) {
    io.err(
      bothLanguages({
        vi: `Không có lệnh "${name}". Các lệnh: ${[...COMMANDS.keys()].join(', ')}. Xem: vn-poverty --help`,
        en: `There is no command "${name}". Commands: ${[...COMMANDS.keys()].join(', ')}. See: vn-poverty --help`,
      }),
    );
    return EXIT.usage;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    removeTemporaryFiles();
    if (error instanceof CliError) {
      io.err(bothLanguages(error.messages));
      return EXIT.usage;
    }
    if (error instanceof VnPovertyError) {
      io.err(bothLanguages(error.messages));
      io.err(issueLines(error));
      return EXIT.usage;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.err(
      bothLanguages({
        vi: `Lỗi của chương trình vn-poverty (không phải của dữ liệu): ${detail}. Hãy báo lỗi này; đặt VN_POVERTY_DEBUG=1 để xem chi tiết.`,
        en: `A fault of vn-poverty itself (not of the data): ${detail}. Please report it; set VN_POVERTY_DEBUG=1 for the details.`,
      }),
    );
    if (debug && error instanceof Error && error.stack !== undefined) io.err(`${error.stack}\n`);
    return EXIT.internal;
  }
}
