import type { Language } from '../index';
import type { ReadProgress } from './input/text-file';
import type { CliIo } from './io';
import { formatCount } from './text';

const WORDS = {
  households: { vi: 'hộ', en: 'households' },
  perSecond: { vi: 'hộ/giây', en: 'a second' },
  left: { vi: 'còn khoảng', en: 'about' },
  leftAfter: { vi: '', en: ' left' },
};

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/**
 * A progress line on a terminal: rows done, the rate, the share of the input read and the time
 * left. Silent when standard error is not a terminal (a script, a log file, CI).
 */
export class Progress {
  private readonly started: number;
  private shownAt = 0;
  private shown = false;

  constructor(
    private readonly io: CliIo,
    private readonly language: Language,
    private readonly read: ReadProgress,
  ) {
    this.started = io.now();
  }

  /** Shows the count of rows done, at most five times a second. */
  update(rows: number): void {
    if (!this.io.errIsTerminal) return;
    const now = this.io.now();
    if (now - this.shownAt < 200) return;
    this.shownAt = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? rows / seconds : 0;
    const t = (words: { vi: string; en: string }) => words[this.language];
    const parts = [
      `${formatCount(rows, this.language)} ${t(WORDS.households)}`,
      `${formatCount(Math.round(rate), this.language)} ${t(WORDS.perSecond)}`,
    ];
    if (this.read.total > 0 && this.read.bytes > 0) {
      const done = Math.min(1, this.read.bytes / this.read.total);
      parts.push(`${Math.floor(done * 100)}%`);
      if (done > 0.01 && done < 1)
        parts.push(
          `${t(WORDS.left)} ${duration((seconds / done) * (1 - done))}${t(WORDS.leftAfter)}`,
        );
    }
    this.io.err(`\r\x1b[2K${parts.join(' · ')}`);
    this.shown = true;
  }

  /** Clears the line. */
  done(): void {
    if (this.shown) this.io.err('\r\x1b[2K');
  }
}
