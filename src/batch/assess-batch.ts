import { assessorFor } from '../assess/create-assessor';
import { type DecisionMemo, decideFor } from '../assess/decide-category';
import { incomeBands } from '../assess/income-test';
import { type AssessOptions, resolveAssessOptions } from '../assess/resolve-options';
import type { Assessment, IncomeAssessment } from '../assess/types';
import { monthsOfAge } from '../dates/age';
import { describeValue, VnPovertyError } from '../errors';
import type { NationalIndicatorId } from '../household/indicator-ids';
import type { Category, PovertyStatus } from '../household/types';
import { prepareRule } from '../indicators/prepare-rule';
import { checkColumns } from './check-columns';
import { type Ages, DEPRIVED, type Kernel, kernelFor, UNKNOWN } from './column-kernels';
import { householdAt } from './decode-household';
import type { HouseholdColumns } from './household-columns';

/**
 * The categories in the order of their codes in {@link BatchAssessment.categories}.
 *
 * @example
 * ```ts
 * import { CATEGORY_CODES } from 'vn-poverty';
 * CATEGORY_CODES[0]; //=> 'poor'
 * CATEGORY_CODES.indexOf('undetermined'); //=> 4
 * ```
 */
export const CATEGORY_CODES: readonly Category[] = Object.freeze([
  'poor',
  'near-poor',
  'middle',
  'not-poor',
  'undetermined',
]);

/**
 * The answers in the order of their codes in {@link BatchAssessment.poverty}.
 *
 * @example
 * ```ts
 * import { POVERTY_CODES } from 'vn-poverty';
 * POVERTY_CODES[2]; //=> 'neither'
 * ```
 */
export const POVERTY_CODES: readonly PovertyStatus[] = Object.freeze([
  'poor',
  'near-poor',
  'neither',
  'undetermined',
]);

/** The assessment of a batch of households, as columns, with any household's full result on demand. */
export interface BatchAssessment<Id extends string = string> {
  /** The standard applied. */
  readonly standardId: string;
  /** The reference date. */
  readonly on: string;
  /** The standard's indicator ids, in its order: the columns of `statuses`. */
  readonly indicatorIds: readonly Id[];
  /** The service of each indicator, in the same order (what Alkire-Foster's default weights read). */
  readonly services: readonly string[];
  /** How many households. */
  readonly households: number;
  /** Each household's category, as a position in {@link CATEGORY_CODES}. */
  readonly categories: Uint8Array;
  /** Each household's answer to "poor, near-poor or neither?", as a position in {@link POVERTY_CODES}. */
  readonly poverty: Uint8Array;
  /** How many indicators each household is deprived on. */
  readonly deprivedCounts: Uint8Array;
  /** How many indicators are unknown for each household. */
  readonly unknownCounts: Uint8Array;
  /**
   * `households × indicatorIds.length`: household `h`'s status on indicator `i` at
   * `h * indicatorIds.length + i`, `0` not deprived, `1` deprived, `2` unknown (a value declared on
   * form B2 counts as it would in the full assessment). The layout of a `DeprivationMatrix`: a
   * batch is one, so `alkireFoster(batch, …)` measures it with no copy.
   */
  readonly statuses: Uint8Array;
  /** The full assessment of household `h`, with every reason: equal to `createAssessor`'s. */
  explain(h: number): Assessment<Id>;
}

const CATEGORY_INDEX = new Map(CATEGORY_CODES.map((category, index) => [category, index]));
const POVERTY_INDEX = new Map(POVERTY_CODES.map((answer, index) => [answer, index]));
const FORMS: readonly IncomeAssessment['form'][] = [
  'annual-total',
  'monthly-per-capita',
  'proxy-score',
];

/** As the assessor does: a member born after the reference date makes the household unassessable. */
function bornAfter(c: HouseholdColumns, h: number, index: number, onText: string): VnPovertyError {
  const id = c.householdIds[h];
  const path = `members[${index}].birthDate`;
  const who = id === undefined ? `#${h}` : JSON.stringify(id);
  const message = {
    vi: `Hộ ${who} (thứ ${h} trong lô): thành viên ${path} sinh sau ngày tham chiếu ${onText}.`,
    en: `Household ${who} (number ${h} of the batch): ${path} is after the reference date ${onText}.`,
  };
  return new VnPovertyError(
    'birth-after-reference',
    message,
    [
      {
        path,
        code: 'birth-after-reference',
        message,
        ...(id === undefined ? {} : { householdId: id }),
      },
    ],
    id,
  );
}

/** The declared code of each indicator for each household, or `undefined` if none is declared. */
function declaredColumns(c: HouseholdColumns, ids: readonly string[]): (number | undefined)[] {
  return ids.map((id) => {
    const k = c.declaredIds.indexOf(id);
    return k < 0 ? undefined : k;
  });
}

/**
 * Assesses many households held as columns under one standard on one date, into typed arrays:
 * each household's category, answer to the programme's question, counts, and every indicator's
 * status. No object is made per household; any one household's full result, with its reasons, is
 * given on demand by `explain(h)` and equals what {@link createAssessor} gives for it. For a
 * province or the country; columns can be split among worker threads (see the guide
 * "Performance").
 *
 * @remarks Legal basis: as {@link assessHousehold}: the same rules, written for columns, and the
 * same decision (a test checks them against each other over generated households).
 *
 * @param columns - from {@link encodeHouseholds}
 * @param options - as for {@link assessHousehold}: the reference date and the standard
 * @returns the columns of results, and `explain`
 * @throws {@link VnPovertyError} as {@link createAssessor} for the options; `invalid-household`
 * for columns that {@link encodeHouseholds} did not make (a wrong length or an unknown code);
 * `birth-after-reference` for a household with a member born after the date, naming it
 *
 * @example
 * ```ts
 * import { assessBatch, CATEGORY_CODES, encodeHouseholds, parseHousehold } from 'vn-poverty';
 * const record = (id: string, annualTotal: number) => ({
 *   id, area: 'rural', income: { annualTotal },
 *   members: [{ id: 'a', sex: 'male', birthDate: '1980', ethnicity: 'Kinh', healthInsurance: false, usesInternet: false }],
 *   dwelling: { none: true }, water: 'piped', latrine: 'septic', devices: [],
 * });
 * const households = [record('HH-1', 18000000), record('HH-2', 18000001)].map((input) => {
 *   const parsed = parseHousehold(input);
 *   if (!parsed.success) throw new Error('invalid');
 *   return parsed.data;
 * });
 * const batch = assessBatch(encodeHouseholds(households), { on: '2024-06-01' });
 * [...batch.categories].map((code) => CATEGORY_CODES[code]); //=> ['poor', 'middle']
 * batch.explain(0).householdId; //=> 'HH-1'
 * ```
 */
export function assessBatch<Id extends string = NationalIndicatorId>(
  columns: HouseholdColumns,
  options: AssessOptions<Id>,
): BatchAssessment<Id> {
  const resolved = resolveAssessOptions(options);
  checkColumns(columns);
  const { standard, on, onText } = resolved;
  const c = columns;
  const n = c.households;
  const d = standard.indicators.length;
  const ages: Ages = { months: new Int32Array(101), first: 0 };
  const schoolYears = standard.indicators.map((indicator) =>
    indicator.rule.kind === 'school-attendance' && on.month < indicator.rule.schoolYearStartMonth
      ? on.year - 1
      : on.year,
  );
  const kernels: Kernel[] = standard.indicators.map((indicator, i) =>
    kernelFor(prepareRule(indicator.rule), c, ages, schoolYears[i] as number),
  );
  const declaredAt = declaredColumns(
    c,
    standard.indicators.map((indicator) => indicator.id),
  );
  const declaredWidth = c.declaredIds.length;
  const categories = new Uint8Array(n);
  const poverty = new Uint8Array(n);
  const deprivedCounts = new Uint8Array(n);
  const unknownCounts = new Uint8Array(n);
  const statuses = new Uint8Array(n * d);
  const decisions: DecisionMemo = [];
  // Each decision's two codes, packed: a decision is one of a few shared objects.
  const codes = new Map<object, number>();
  for (let h = 0; h < n; h++) {
    const from = c.memberStart[h] as number;
    const to = c.memberStart[h + 1] as number;
    ages.first = from;
    for (let row = from; row < to; row++) {
      const birth = c.birth[row] as number;
      const months = monthsOfAge(
        Math.floor(birth / 10000),
        Math.floor(birth / 100) % 100,
        birth % 100,
        on,
      );
      if (months < 0) throw bornAfter(c, h, row - from, onText);
      ages.months[row - from] = months;
    }
    let deprived = 0;
    let unknown = 0;
    for (let i = 0; i < d; i++) {
      const k = declaredAt[i];
      const declared = k === undefined ? 0 : (c.declared[h * declaredWidth + k] as number);
      const status = declared !== 0 ? declared - 1 : (kernels[i] as Kernel)(h, from, to);
      statuses[h * d + i] = status;
      if (status === DEPRIVED) deprived++;
      else if (status === UNKNOWN) unknown++;
    }
    const form = FORMS[c.incomeForm[h] as number] as IncomeAssessment['form'];
    const area = c.area[h] === 0 ? 'rural' : 'urban';
    const bands = incomeBands(form, c.income[h] as number, to - from, area, standard);
    const decision = decideFor(
      bands,
      form === 'proxy-score',
      standard,
      deprived,
      unknown,
      decisions,
    );
    let code = codes.get(decision);
    if (code === undefined) {
      code =
        (CATEGORY_INDEX.get(decision.category) as number) * 8 +
        (POVERTY_INDEX.get(decision.poverty) as number);
      codes.set(decision, code);
    }
    categories[h] = code >> 3;
    poverty[h] = code & 7;
    deprivedCounts[h] = deprived;
    unknownCounts[h] = unknown;
  }
  const assess = assessorFor<Id>(resolved);
  return {
    standardId: standard.id,
    on: onText,
    indicatorIds: standard.indicators.map((indicator) => indicator.id) as Id[],
    services: standard.indicators.map((indicator) => indicator.service),
    households: n,
    categories,
    poverty,
    deprivedCounts,
    unknownCounts,
    statuses,
    explain: (h) => {
      if (!Number.isInteger(h) || h < 0 || h >= n) {
        throw new VnPovertyError('invalid-options', {
          vi: `Không có hộ thứ ${describeValue(h)} trong lô (${n} hộ).`,
          en: `There is no household ${describeValue(h)} in the batch of ${n}.`,
        });
      }
      return assess(householdAt(columns, h));
    },
  };
}
