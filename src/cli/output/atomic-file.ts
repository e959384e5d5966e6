import { createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { inputError } from '../cli-error';

/** Temporary files not yet renamed, removed if the run is interrupted. */
const open = new Set<string>();

/** Removes every temporary file of the run: on an interruption or an error, nothing half-written stays. */
export function removeTemporaryFiles(): void {
  for (const path of open) rmSync(path, { force: true });
  open.clear();
}

const shown = (path: string) => JSON.stringify(path);

export function writeFailed(path: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const why =
    code === 'ENOENT'
      ? { vi: 'thư mục không tồn tại', en: 'the folder does not exist' }
      : code === 'EACCES' || code === 'EPERM'
        ? { vi: 'không có quyền ghi', en: 'no permission to write' }
        : code === 'ENOSPC'
          ? { vi: 'hết chỗ trên đĩa', en: 'the disk is full' }
          : { vi: String(code || error), en: String(code || error) };
  return inputError(
    `Không ghi được ${shown(path)}: ${why.vi}.`,
    `Cannot write ${shown(path)}: ${why.en}.`,
  );
}

/** A temporary name beside `path`, removed if the run is interrupted before {@link publish}. */
export function temporaryPath(path: string): string {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  open.add(temporary);
  return temporary;
}

/** Gives a complete temporary file its final name. */
export async function publish(temporary: string, path: string): Promise<void> {
  try {
    await rename(temporary, path);
  } catch (error) {
    throw writeFailed(path, error);
  }
  open.delete(temporary);
}

/** Drops a temporary file. */
export async function discard(temporary: string): Promise<void> {
  await rm(temporary, { force: true });
  open.delete(temporary);
}

/**
 * A file written under a temporary name beside its final one and renamed when complete, so that
 * an interrupted run never leaves half a file where the output should be.
 */
export class AtomicFile {
  readonly temporary: string;
  private readonly stream: WriteStream;
  private failure: Error | undefined;

  /** @param path - the final path */
  constructor(readonly path: string) {
    this.temporary = temporaryPath(path);
    this.stream = createWriteStream(this.temporary);
    this.stream.on('error', (error) => {
      this.failure = writeFailed(path, error);
    });
  }

  /** Writes text, waiting when the disk is behind so that memory stays flat. */
  async write(text: string): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    if (!this.stream.write(text)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.off('drain', done);
          this.stream.off('error', done);
          this.stream.off('close', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('error', done);
        this.stream.on('close', done);
      });
      if (this.failure !== undefined) throw this.failure;
    }
  }

  /** Finishes the file and gives it its final name. */
  async commit(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.stream.end(resolve);
      this.stream.on('error', () => resolve());
    });
    if (this.failure !== undefined) throw this.failure;
    await publish(this.temporary, this.path);
  }

  /** Drops the file. */
  async abort(): Promise<void> {
    this.stream.destroy();
    await discard(this.temporary);
  }
}
