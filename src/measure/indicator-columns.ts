import type { Assessment } from '../assess/types';
import { VnPovertyError } from '../errors';
import type { IndicatorStatus } from '../indicators/finding';
import type { ServiceId } from '../standards/types';

/** The status codes of the deprivation matrix. */
export function statusCode(status: IndicatorStatus): 0 | 1 | 2 {
  return status === 'deprived' ? 1 : status === 'not-deprived' ? 0 : 2;
}

/**
 * The indicator columns of a population, taken from its first assessment; every later assessment
 * must list the same indicators in the same order (which one standard guarantees).
 */
export class IndicatorColumns {
  private columns:
    | { readonly ids: readonly string[]; readonly services: readonly ServiceId[] }
    | undefined;

  /** The ids, once an assessment was seen. */
  get ids(): readonly string[] {
    return this.columns?.ids ?? [];
  }

  /** The services, once an assessment was seen. */
  get services(): readonly ServiceId[] {
    return this.columns?.services ?? [];
  }

  /** Checks an assessment's indicators against the columns, setting them at the first. */
  check(assessment: Assessment, where: string): void {
    const indicators = assessment.indicators;
    if (this.columns === undefined) {
      this.columns = {
        ids: indicators.map((indicator) => indicator.id),
        services: indicators.map((indicator) => indicator.service),
      };
      return;
    }
    const ids = this.columns.ids;
    let same = indicators.length === ids.length;
    for (let i = 0; same && i < ids.length; i++) same = indicators[i]?.id === ids[i];
    if (!same) {
      throw new VnPovertyError('mixed-standards', {
        vi: `Hộ ${where} có danh sách chỉ số khác các hộ trước: mỗi phép đo chỉ dùng một chuẩn.`,
        en: `Household ${where} lists other indicators than the households before it: a measure takes one standard.`,
      });
    }
  }
}
