import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { inputError } from '../cli-error';

/** The name of a file as messages show it. */
export const shown = (path: string): string => JSON.stringify(path);

/** Refuses, in both languages, a path that is not a readable file. */
export async function checkReadable(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw inputError(
        `${shown(path)} là một thư mục, không phải tệp.`,
        `${shown(path)} is a folder, not a file.`,
      );
    }
    return info.size;
  } catch (error) {
    if (error instanceof Error && 'code' in error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        throw inputError(`Không tìm thấy tệp ${shown(path)}.`, `No file ${shown(path)}.`);
      }
      if (code === 'EACCES' || code === 'EPERM') {
        throw inputError(
          `Không có quyền đọc tệp ${shown(path)}.`,
          `No permission to read ${shown(path)}.`,
        );
      }
    }
    throw error;
  }
}

/** Refuses a text file that is UTF-16 or a workbook in disguise, from its first bytes. */
function checkTextEncoding(path: string, bytes: Uint8Array): void {
  const [a, b, c, d] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
    throw inputError(
      `${shown(path)} được lưu bằng mã UTF-16. Hãy lưu lại bằng UTF-8 (trong Excel: "CSV UTF-8 (Comma delimited)").`,
      `${shown(path)} is saved as UTF-16. Save it as UTF-8 (in Excel: "CSV UTF-8 (Comma delimited)").`,
    );
  }
  if (a === 0x50 && b === 0x4b && c === 3 && d === 4) {
    throw inputError(
      `${shown(path)} là một tệp Excel (.xlsx), không phải văn bản: hãy đổi đuôi tệp thành .xlsx.`,
      `${shown(path)} is an Excel workbook (.xlsx), not text: name it with the .xlsx extension.`,
    );
  }
}

/** The line of a byte offset, counted from 1, for a message about invalid text. */
async function lineAt(path: string, offset: number): Promise<number> {
  let line = 1;
  let read = 0;
  for await (const chunk of createReadStream(path, { end: Math.max(0, offset - 1) })) {
    const bytes = chunk as Buffer;
    for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) line++;
    read += bytes.length;
  }
  return read > 0 ? line : 1;
}

/** The offset of the first byte that is not valid UTF-8 in `bytes`. */
function firstInvalid(bytes: Uint8Array): number {
  // The longest prefix that decodes (a character cut at its end is not an error when streaming).
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  return low;
}

/** How much of the input has been read, for a progress bar. */
export interface ReadProgress {
  bytes: number;
  total: number;
}

/**
 * A text file as decoded chunks: UTF-8 only (a byte-order mark is passed over), refusing UTF-16,
 * workbooks named as text, NUL bytes and bytes that are not UTF-8, each with the line and what to
 * do. Memory stays at one chunk.
 */
export async function* readTextFile(path: string, progress?: ReadProgress): AsyncGenerator<string> {
  const size = await checkReadable(path);
  if (progress !== undefined) progress.total += size;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const bytes = chunk as Buffer;
    if (offset === 0) checkTextEncoding(path, bytes);
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      const at = offset + firstInvalid(bytes);
      const line = await lineAt(path, at);
      throw inputError(
        `${shown(path)} không phải văn bản UTF-8 (dòng ${line}, byte ${at}). Hãy lưu lại bằng UTF-8 (trong Excel: "CSV UTF-8 (Comma delimited)"); tệp theo bảng mã cũ (TCVN3, VNI, Windows-1258) cần chuyển sang Unicode trước.`,
        `${shown(path)} is not UTF-8 text (line ${line}, byte ${at}). Save it as UTF-8 (in Excel: "CSV UTF-8 (Comma delimited)"); a file in an old Vietnamese encoding (TCVN3, VNI, Windows-1258) must be converted to Unicode first.`,
      );
    }
    if (text.includes('\0')) {
      throw inputError(
        `${shown(path)} chứa byte NUL: đây không phải tệp văn bản (có thể là UTF-16 không có BOM hoặc tệp nhị phân).`,
        `${shown(path)} holds NUL bytes: it is not a text file (perhaps UTF-16 without a byte-order mark, or binary).`,
      );
    }
    offset += bytes.length;
    if (progress !== undefined) progress.bytes += bytes.length;
    if (text !== '') yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest !== '') yield rest;
  } catch {
    throw inputError(
      `${shown(path)} kết thúc giữa một ký tự UTF-8: tệp bị cắt hoặc không phải UTF-8.`,
      `${shown(path)} ends in the middle of a UTF-8 character: the file is cut short or not UTF-8.`,
    );
  }
}
