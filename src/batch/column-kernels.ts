import { isOfWorkingAge } from '../dates/retirement';
import { isBelowProduct } from '../money/exact';
import type { IndicatorRule } from '../standards/types';
import { CODES, type HouseholdColumns, UNKNOWN_CODE } from './household-columns';

/*
 * The indicator rules over columns: the same tests as `indicators/*.ts`, written for typed arrays
 * so that a batch needs no object per household. A test checks, over generated households, that
 * each gives exactly the status of its object twin.
 */

/** An indicator's status as a code: the `statuses` column of a batch. */
export const NOT_DEPRIVED = 0;
export const DEPRIVED = 1;
export const UNKNOWN = 2;

/** Each member's age in completed months on the reference date, for the current household. */
export interface Ages {
  readonly months: Int32Array;
  /** The first member row of the current household: `months[row - first]`. */
  first: number;
}

/** Computes a household's status on one indicator, from its member rows `from` to `to - 1`. */
export type Kernel = (h: number, from: number, to: number) => number;

const bitsOf = (codes: readonly number[]): number =>
  codes.reduce((bits, code) => bits | (1 << code), 0);
const YES = 1;
const NO = 0;
const NOT_RECORDED = 2;

const LEVEL_RANK = [0, 1, 2, 3, 3, 4]; // preschool, primary, lower-, upper-secondary, vocational, higher

/** The kernel of one indicator rule, with its parameters turned into bit masks once. */
export function kernelFor(
  rule: IndicatorRule,
  c: HouseholdColumns,
  ages: Ages,
  schoolYear: number,
): Kernel {
  const age = (row: number) => ages.months[row - ages.first] as number;
  switch (rule.kind) {
    case 'working-age-work': {
      const depriving = bitsOf(rule.depriving.map((work) => CODES.work(work)));
      return (_h, from, to) => {
        let status = NOT_DEPRIVED;
        for (let row = from; row < to; row++) {
          const birth = c.birth[row] as number;
          const sex = c.sex[row] === 0 ? 'male' : 'female';
          const month = Math.floor(birth / 100) % 100;
          if (!isOfWorkingAge(sex, Math.floor(birth / 10000), month, age(row), rule.minimumAge))
            continue;
          const work = c.work[row] as number;
          if (work === UNKNOWN_CODE) status = UNKNOWN;
          else if ((depriving >> work) & 1) return DEPRIVED;
        }
        return status;
      };
    }
    case 'dependants-share': {
      const none = CODES.disability('none');
      return (_h, from, to) => {
        let dependants = 0;
        let open = 0;
        for (let row = from; row < to; row++) {
          const years = Math.floor(age(row) / 12);
          if (years < rule.childUnderAge) {
            dependants++;
            continue;
          }
          const elderly = years >= rule.elderlyFromAge;
          if (elderly && !rule.elderlyNeedAllowance) {
            dependants++;
            continue;
          }
          const allowance = c.monthlySocialAllowance[row];
          const disability = c.disability[row] as number;
          if (allowance === NO) continue;
          if (allowance === YES) {
            if (elderly || (disability !== UNKNOWN_CODE && disability !== none)) dependants++;
            else if (disability === UNKNOWN_CODE) open++;
          } else if (elderly || disability !== none) open++;
        }
        const members = to - from;
        const { numerator, denominator } = rule.shareAbove;
        if (dependants * denominator > numerator * members) return DEPRIVED;
        return open > 0 && (dependants + open) * denominator > numerator * members
          ? UNKNOWN
          : NOT_DEPRIVED;
      };
    }
    case 'child-nutrition': {
      const depriving = bitsOf(rule.depriving.map((value) => CODES.nutrition(value)));
      const under = rule.underAge * 12;
      return (_h, from, to) => {
        let status = NOT_DEPRIVED;
        for (let row = from; row < to; row++) {
          if (age(row) >= under) continue;
          const nutrition = c.nutrition[row] as number;
          if (nutrition === UNKNOWN_CODE) status = UNKNOWN;
          else if ((depriving >> nutrition) & 1) return DEPRIVED;
        }
        return status;
      };
    }
    case 'health-insurance': {
      const minimum = rule.minimumAge * 12;
      return (_h, from, to) => {
        let status = NOT_DEPRIVED;
        for (let row = from; row < to; row++) {
          if (age(row) < minimum) continue;
          const card = c.healthInsurance[row];
          if (card === NOT_RECORDED) status = UNKNOWN;
          else if (card === NO) return DEPRIVED;
        }
        return status;
      };
    }
    case 'adult-qualification': {
      const bands = rule.bands.map((band) => ({
        ...band,
        qualifying: bitsOf(band.qualifying.map((value) => CODES.qualification(value))),
      }));
      const counts = rule.employerCertificationCounts;
      const bandOf = (years: number, birthYear: number) => {
        for (const band of bands)
          if (
            years >= band.fromAge &&
            (band.toAge === null || years <= band.toAge) &&
            (band.bornFromYear === null || birthYear >= band.bornFromYear)
          )
            return band;
        return undefined;
      };
      return (_h, from, to) => {
        let status = NOT_DEPRIVED;
        for (let row = from; row < to; row++) {
          const years = Math.floor(age(row) / 12);
          const band = bandOf(years, Math.floor((c.birth[row] as number) / 10000));
          if (band === undefined) continue;
          const attending = c.attending[row];
          const certified = c.employerCertifiedTraining[row];
          const known = c.qualificationsKnown[row] === 1;
          if (attending === YES || (counts && certified === YES)) continue;
          if (known && ((c.qualifications[row] as number) & band.qualifying) !== 0) continue;
          if (attending === NOT_RECORDED || !known || (counts && certified === NOT_RECORDED))
            status = UNKNOWN;
          else return DEPRIVED;
        }
        return status;
      };
    }
    case 'school-attendance': {
      const expected = rule.expectedLevels.map((band) => ({
        from: band.fromSchoolAge,
        rank: LEVEL_RANK[CODES.level(band.level)] as number,
      }));
      const [lowest, highest] = [rule.fromAge * 12, rule.underAge * 12];
      return (_h, from, to) => {
        let status = NOT_DEPRIVED;
        for (let row = from; row < to; row++) {
          const months = age(row);
          if (months < lowest || months >= highest) continue;
          const attending = c.attending[row];
          if (attending === NO) return DEPRIVED;
          if (attending === NOT_RECORDED) {
            status = UNKNOWN;
            continue;
          }
          if (expected.length === 0) continue;
          const schoolAge = schoolYear - Math.floor((c.birth[row] as number) / 10000);
          let rank = expected[0]?.rank as number;
          for (const band of expected) if (schoolAge >= band.from) rank = band.rank;
          const level = c.schoolLevel[row] as number;
          if (level === UNKNOWN_CODE) status = UNKNOWN;
          else if ((LEVEL_RANK[level] as number) < rank) return DEPRIVED;
        }
        return status;
      };
    }
    case 'dwelling-structures':
      return (h) => {
        const bits = c.dwelling[h] as number;
        if ((bits & 1) !== 0) return DEPRIVED;
        const nonDurable = ((bits >> 1) & 1) + ((bits >> 2) & 1) + ((bits >> 3) & 1);
        return nonDurable >= rule.minimumNonDurable ? DEPRIVED : NOT_DEPRIVED;
      };
    case 'floor-area-per-member':
      return floorAreaKernel(c, rule.minimumM2);
    case 'water-source': {
      const safe = bitsOf(rule.safe.map((value) => CODES.water(value)));
      return (h) => ((safe >> (c.water[h] as number)) & 1 ? NOT_DEPRIVED : DEPRIVED);
    }
    case 'latrine': {
      const hygienic = bitsOf(rule.hygienic.map((value) => CODES.latrine(value)));
      return (h) => ((hygienic >> (c.latrine[h] as number)) & 1 ? NOT_DEPRIVED : DEPRIVED);
    }
    case 'member-uses': {
      const columns = rule.services.map((service) =>
        service === 'usesInternet' ? c.usesInternet : c.usesPhone,
      );
      return (_h, from, to) => {
        let open = false;
        for (let row = from; row < to; row++)
          for (const column of columns) {
            if (column[row] === YES) return NOT_DEPRIVED;
            if (column[row] === NOT_RECORDED) open = true;
          }
        return open ? UNKNOWN : DEPRIVED;
      };
    }
    case 'information-devices': {
      const owned = bitsOf(rule.devices.map((device) => CODES.device(device)));
      return (h) => {
        if (((c.devices[h] as number) & owned) !== 0) return NOT_DEPRIVED;
        if (!rule.loudspeakerCounts) return DEPRIVED;
        const hears = c.hearsLoudspeaker[h];
        return hears === NOT_RECORDED ? UNKNOWN : hears === YES ? NOT_DEPRIVED : DEPRIVED;
      };
    }
    case 'sick-without-care':
      return (_h, from, to) => {
        let status = NOT_DEPRIVED;
        for (let row = from; row < to; row++) {
          const sick = c.sickWithoutCare[row];
          if (sick === YES) return DEPRIVED;
          if (sick === NOT_RECORDED) status = UNKNOWN;
        }
        return status;
      };
    case 'waste-treatment': {
      const adequate = bitsOf(rule.adequate.map((value) => CODES.waste(value)));
      return (h) => {
        const treatment = c.wasteTreatment[h] as number;
        if (treatment === UNKNOWN_CODE) return UNKNOWN;
        return (adequate >> treatment) & 1 ? NOT_DEPRIVED : DEPRIVED;
      };
    }
    case 'unpublished':
      return () => UNKNOWN;
  }
}

/** Floor area below the minimum per member, compared as the object rule does (`isBelowProduct`). */
function floorAreaKernel(c: HouseholdColumns, minimumM2: number): Kernel {
  return (h, from, to) => {
    if (((c.dwelling[h] as number) & 1) !== 0) return DEPRIVED;
    return isBelowProduct(c.floorAreaM2[h] as number, minimumM2, to - from)
      ? DEPRIVED
      : NOT_DEPRIVED;
  };
}
