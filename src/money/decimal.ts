import { Decimal } from 'decimal.js';

/**
 * The library's own decimal.js constructor: a private clone, so that the caller's global Decimal
 * settings never reach the law, with enough precision for any amount of đồng and any share. Every
 * rounding is named where it is done (`toDecimalPlaces(0, Exact.ROUND_DOWN)`), never left to a
 * default.
 */
export const Exact: typeof Decimal = Decimal.clone({
  precision: 60,
  rounding: Decimal.ROUND_HALF_UP,
});
