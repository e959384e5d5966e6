/** Where the command writes, so that tests can run it in-process and read what it printed. */
export interface CliIo {
  /** Standard output: results and summaries. */
  readonly out: (text: string) => void;
  /** Standard error: messages and the progress bar. */
  readonly err: (text: string) => void;
  /** Whether standard error is a terminal: the progress bar shows only then. */
  readonly errIsTerminal: boolean;
  /** The time in milliseconds, for rates. */
  readonly now: () => number;
}

/** The process's own streams. */
export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    errIsTerminal: process.stderr.isTTY === true,
    now: () => performance.now(),
  };
}
