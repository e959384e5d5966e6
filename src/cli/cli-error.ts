import type { Message } from '../index';

/**
 * Why the command stopped without assessing: `usage` (the command line is wrong) or `input` (a
 * file cannot be read as the command needs it). Both exit with code 2; neither prints a stack.
 */
export type CliErrorKind = 'usage' | 'input';

/** A problem the officer can fix, said in Vietnamese and English. */
export class CliError extends Error {
  /** Usage or input. */
  readonly kind: CliErrorKind;
  /** What happened and what to do, in both languages. */
  readonly messages: Message;

  /**
   * @param kind - usage or input
   * @param messages - the message in Vietnamese and English
   */
  constructor(kind: CliErrorKind, messages: Message) {
    super(messages.en);
    this.name = 'CliError';
    this.kind = kind;
    this.messages = messages;
  }
}

/** A mistake on the command line. */
export const usageError = (vi: string, en: string): CliError => new CliError('usage', { vi, en });

/** A file that cannot be read as the command needs it. */
export const inputError = (vi: string, en: string): CliError => new CliError('input', { vi, en });

/** The command's exit codes. */
export const EXIT = Object.freeze({
  /** Every row was assessed. */
  ok: 0,
  /** Some rows were rejected: the outputs are written, the rejected rows are in the errors file. */
  rejected: 1,
  /** A usage or input-file error: nothing was written. */
  usage: 2,
  /** A fault of the command itself (a bug): please report it. */
  internal: 3,
});
