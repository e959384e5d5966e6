import { IndicatorColumns, statusCode } from './indicator-columns';
import { checkedWeight, describe, groupKeyOf, OneStandard } from './population';
import type {
  AssessedHousehold,
  DeprivationMatrix,
  GroupBy,
  GroupKey,
  SurveyWeight,
} from './types';

/** Options of `deprivationMatrix` (and of the builder behind it). */
export interface DeprivationMatrixOptions {
  /** A survey weight per household. */
  readonly weight?: SurveyWeight;
  /** Each household's subgroup, for the decomposition. */
  readonly by?: GroupBy;
}

/**
 * Writes assessments into a deprivation matrix row by row, growing its typed arrays by doubling:
 * one byte per indicator and household, whatever the size of the assessments.
 */
export class MatrixBuilder {
  private readonly columns = new IndicatorColumns();
  private readonly standard = new OneStandard();
  private readonly keyOf: ((item: AssessedHousehold, index: number) => GroupKey) | undefined;
  private statuses = new Uint8Array(0);
  private weights = new Float64Array(0);
  private readonly groups: GroupKey[] = [];
  private rows = 0;
  private rejected = 0;

  constructor(private readonly options: DeprivationMatrixOptions) {
    this.keyOf = options.by === undefined ? undefined : groupKeyOf(options.by);
  }

  /** Counts a record that had no assessment. */
  reject(): void {
    this.rejected++;
  }

  /** Adds a household's row. */
  add(item: AssessedHousehold, index: number): void {
    this.standard.check(item, index);
    const { assessment } = item;
    this.columns.check(assessment, describe(item, index));
    const d = this.columns.ids.length;
    const row = this.rows;
    if ((row + 1) * d > this.statuses.length) this.grow(d);
    const indicators = assessment.indicators;
    for (let i = 0; i < d; i++) {
      this.statuses[row * d + i] = statusCode(indicators[i]?.status ?? 'unknown');
    }
    if (this.options.weight !== undefined) {
      this.weights[row] = checkedWeight(this.options.weight(item), describe(item, index));
    }
    if (this.keyOf !== undefined) this.groups.push(this.keyOf(item, index));
    this.rows++;
  }

  private grow(d: number): void {
    const capacity = Math.max(1024, this.rows * 2);
    const statuses = new Uint8Array(capacity * d);
    statuses.set(this.statuses);
    this.statuses = statuses;
    if (this.options.weight !== undefined) {
      const weights = new Float64Array(capacity);
      weights.set(this.weights);
      this.weights = weights;
    }
  }

  /** The matrix of the rows added: views of the builder's arrays, not copies. */
  matrix(): DeprivationMatrix {
    const d = this.columns.ids.length;
    return {
      indicatorIds: this.columns.ids,
      households: this.rows,
      statuses: this.statuses.subarray(0, this.rows * d),
      services: this.columns.services,
      rejectedRecords: this.rejected,
      ...(this.options.weight === undefined
        ? {}
        : { weights: this.weights.subarray(0, this.rows) }),
      ...(this.keyOf === undefined ? {} : { groups: this.groups }),
    };
  }
}
