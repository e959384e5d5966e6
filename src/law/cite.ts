import type { EvidenceGrade, InstrumentKind, LegalCitation } from './citation';

/** Builds a frozen citation; keeps the editions' data short. */
export function cite(
  kind: InstrumentKind,
  number: string,
  article: string | undefined,
  grade: EvidenceGrade,
  note?: string,
): LegalCitation {
  return Object.freeze({
    kind,
    number,
    grade,
    ...(article === undefined ? {} : { article }),
    ...(note === undefined ? {} : { note }),
  });
}
