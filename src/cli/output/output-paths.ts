import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { usageError } from '../cli-error';

/** `review.csv` → `review.<suffix>.<extension>`, beside it. */
export function besideInput(input: string, suffix: string, extension: string): string {
  const base = basename(input, extname(input));
  return join(dirname(input), `${base}.${suffix}.${extension}`);
}

const shown = (path: string) => JSON.stringify(path);

const isFolder = (path: string): Promise<boolean> =>
  stat(path).then(
    (found) => found.isDirectory(),
    () => false,
  );

/**
 * Checks, before any work, that each output can be written where it is to go, that none is one of
 * the inputs (which it would overwrite) and that no two are the same file.
 */
export async function checkOutputs(
  inputs: readonly string[],
  outputs: readonly string[],
): Promise<void> {
  const taken = new Set(inputs.map((path) => resolve(path)));
  for (const output of outputs) {
    const full = resolve(output);
    if (taken.has(full)) {
      throw usageError(
        `Tệp ra ${shown(output)} trùng với một tệp vào hoặc tệp ra khác: hãy chọn tên khác.`,
        `The output ${shown(output)} is one of the inputs or another output: choose another name.`,
      );
    }
    taken.add(full);
    if (await isFolder(full)) {
      throw usageError(
        `Tệp ra ${shown(output)} là một thư mục: hãy cho tên một tệp.`,
        `The output ${shown(output)} is a folder: give a file name.`,
      );
    }
    const folder = dirname(full);
    try {
      if (!(await stat(folder)).isDirectory()) throw new Error('not a folder');
      await access(folder, constants.W_OK);
    } catch {
      throw usageError(
        `Không ghi được vào thư mục ${shown(dirname(output))} (không tồn tại hoặc không có quyền ghi).`,
        `Cannot write in the folder ${shown(dirname(output))} (it does not exist, or is not writable).`,
      );
    }
  }
}
