/**
 * A message for people, in Vietnamese (`vi`, the officer's language) and English (`en`).
 *
 * Messages are not part of the stable contract: codes are. Show `vi` to commune officers.
 */
export interface Message {
  /** Vietnamese text. */
  readonly vi: string;
  /** English text. */
  readonly en: string;
}

/** Builds a message from its two languages; a helper that keeps message tables short. */
export function message(vi: string, en: string): Message {
  return { vi, en };
}
