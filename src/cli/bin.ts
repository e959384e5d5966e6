// The `vn-poverty` program: runs the command line and exits with its code. An interruption
// (Ctrl-C) removes the temporary files of the outputs, so that no half-written file is left.
import { spawn } from 'node:child_process';
import { extname } from 'node:path';
import { processIo } from './io';
import { run } from './main';
import { removeTemporaryFiles } from './output/atomic-file';

/**
 * The heap a streamed run needs (MB of V8's old generation): what a run keeps (each household id
 * seen, for the join's checks) and a few batches. Without a limit V8 lets garbage grow to
 * several hundred MB before collecting it; with one it collects sooner and the peak stays low.
 */
const STREAMED_HEAP_MB = 256;
const STREAMED = new Set(['.csv', '.ndjson', '.jsonl']);

/** The input of a command line: its first argument that is neither an option nor an option's value. */
function inputOf(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('-')) return arg;
    // Every option but --help takes a value, given as the next argument unless written --name=value.
    if (arg !== '--help' && arg !== '-h' && !arg.includes('=')) i++;
  }
  return undefined;
}

/** Whether this run streams its input: `assess` of a CSV or NDJSON file (JSON and XLSX are read whole). */
function streams(args: readonly string[]): boolean {
  const [command, ...rest] = args;
  const input = inputOf(rest);
  return command === 'assess' && input !== undefined && STREAMED.has(extname(input).toLowerCase());
}

const args = process.argv.slice(2);
const limited = process.execArgv.some((flag) => flag.startsWith('--max-old-space-size'));
if (streams(args) && !limited && process.env.VN_POVERTY_NO_HEAP_LIMIT === undefined) {
  // Run again with the heap limited, in a child that gets the terminal and the signals.
  const child = spawn(
    process.execPath,
    [
      `--max-old-space-size=${STREAMED_HEAP_MB}`,
      ...process.execArgv,
      process.argv[1] as string,
      ...args,
    ],
    { stdio: 'inherit' },
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal === 'SIGINT' ? 130 : 143);
  });
} else {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      removeTemporaryFiles();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
  process.exitCode = await run(args, processIo(), process.env.VN_POVERTY_DEBUG !== undefined);
}
