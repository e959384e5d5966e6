import { type Assessment, CATEGORY_LABELS, type Language, POVERTY_LABELS } from '../../index';

/** The columns the command adds to each assessed household row, in order. */
export const ASSESSMENT_COLUMNS: readonly string[] = [
  'standardId',
  'on',
  'category',
  'categoryLabel',
  'poverty',
  'povertyLabel',
  'possibleCategories',
  'deprivedCount',
  'unknownCount',
  'deprived',
  'deprivedNames',
  'unknown',
  'reasons',
  'decidingFacts',
  'notes',
];

const LIST = '; ';
const TEXTS = ' | ';

/** An assessment as the cells of {@link ASSESSMENT_COLUMNS}: codes as codes, texts in `language`. */
export function assessmentCells(assessment: Assessment, language: Language): string[] {
  // One pass over the indicators for the three lists of them: this runs for every household.
  const deprived: string[] = [];
  const deprivedNames: string[] = [];
  const unknown: string[] = [];
  for (const indicator of assessment.indicators) {
    if (indicator.status === 'deprived') {
      deprived.push(indicator.id);
      deprivedNames.push(indicator.label[language]);
    } else if (indicator.status === 'unknown') unknown.push(indicator.id);
  }
  return [
    assessment.standardId,
    assessment.on,
    assessment.category,
    CATEGORY_LABELS[assessment.category][language],
    assessment.poverty,
    POVERTY_LABELS[assessment.poverty][language],
    assessment.possibleCategories.join(LIST),
    String(assessment.deprivedCount),
    String(assessment.unknownCount),
    deprived.join(LIST),
    deprivedNames.join(LIST),
    unknown.join(LIST),
    assessment.reasons.map((reason) => reason.message[language]).join(TEXTS),
    assessment.decidingFacts.map((fact) => fact.path).join(LIST),
    assessment.notes.map((note) => note.message[language]).join(TEXTS),
  ];
}

/** The assessment that a JSON or NDJSON output adds to each record, texts in `language`. */
export interface AssessmentSummary {
  readonly libraryVersion: string;
  readonly standardId: string;
  readonly on: string;
  readonly category: Assessment['category'];
  readonly categoryLabel: string;
  readonly poverty: Assessment['poverty'];
  readonly povertyLabel: string;
  readonly possibleCategories: readonly string[];
  readonly deprivedCount: number;
  readonly unknownCount: number;
  readonly deprived: readonly { readonly id: string; readonly name: string }[];
  readonly unknown: readonly {
    readonly id: string;
    readonly name: string;
    readonly missing: readonly string[];
  }[];
  readonly reasons: readonly { readonly code: string; readonly message: string }[];
  readonly decidingFacts: readonly string[];
  readonly notes: readonly { readonly code: string; readonly message: string }[];
}

/** An assessment as {@link AssessmentSummary}. */
export function assessmentSummary(assessment: Assessment, language: Language): AssessmentSummary {
  return {
    libraryVersion: assessment.libraryVersion,
    standardId: assessment.standardId,
    on: assessment.on,
    category: assessment.category,
    categoryLabel: CATEGORY_LABELS[assessment.category][language],
    poverty: assessment.poverty,
    povertyLabel: POVERTY_LABELS[assessment.poverty][language],
    possibleCategories: assessment.possibleCategories,
    deprivedCount: assessment.deprivedCount,
    unknownCount: assessment.unknownCount,
    deprived: assessment.indicators
      .filter((indicator) => indicator.status === 'deprived')
      .map((indicator) => ({ id: indicator.id, name: indicator.label[language] })),
    unknown: assessment.indicators
      .filter((indicator) => indicator.status === 'unknown')
      .map((indicator) => ({
        id: indicator.id,
        name: indicator.label[language],
        missing: indicator.missing,
      })),
    reasons: assessment.reasons.map((reason) => ({
      code: reason.code,
      message: reason.message[language],
    })),
    decidingFacts: assessment.decidingFacts.map((fact) => fact.path),
    notes: assessment.notes.map((note) => ({ code: note.code, message: note.message[language] })),
  };
}
