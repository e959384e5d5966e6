import { HOUSEHOLD_LIMITS as LIMITS } from './limits';
import {
  boolean,
  type Check,
  date,
  declared,
  ethnicity,
  integerIn,
  isTrue,
  list,
  numberIn,
  object,
  oneOf,
  optional,
  required,
  text,
  vnd,
} from './record-checks';
import {
  DEVICES,
  DISABILITIES,
  HOUSING_SUPPORT_SOURCES,
  LATRINES,
  MATERNITY,
  NUTRITION,
  QUALIFICATIONS,
  RELATIONS,
  SCHOOL_LEVELS,
  WASTE_TREATMENTS,
  WATER_SOURCES,
  WORK,
} from './values';

/*
 * The household contract, field by field: the one place that says what a record may hold. The
 * parser checks records against it (`parseHousehold`), and the checks that tie fields together are
 * in `cross-field-issues.ts`. Version 1 is the project's first; 1.1 adds the programme facts and
 * `qualifications`, all optional, so that every version 1 record stays valid and means the same.
 */

const STRUCTURE = oneOf(['durable', 'non-durable']);
const enumList = (values: readonly string[]) => list(oneOf(values), 0, LIMITS.listEntries);

const member: Check = object([
  required('id', text(1, LIMITS.memberId)),
  required('sex', oneOf(['male', 'female'])),
  required('birthDate', date(true, 'invalid-birth-date')),
  required('ethnicity', ethnicity),
  optional('relation', oneOf(RELATIONS)),
  optional('work', oneOf(WORK)),
  optional('disability', oneOf(DISABILITIES)),
  optional('monthlySocialAllowance', boolean),
  optional('healthInsurance', boolean),
  optional('nutrition', oneOf(NUTRITION)),
  optional(
    'schooling',
    object([required('attending', boolean), optional('level', oneOf(SCHOOL_LEVELS))]),
  ),
  optional('qualification', oneOf(QUALIFICATIONS)),
  optional('qualifications', enumList(QUALIFICATIONS)),
  optional('employerCertifiedTraining', boolean),
  optional('usesInternet', boolean),
  optional('usesPhone', boolean),
  optional('meritorious', boolean),
  optional('sickWithoutCare', boolean),
  optional('maternity', oneOf(MATERNITY)),
]);

/** The whole record. */
export const HOUSEHOLD_RECORD: Check = object([
  optional('id', text(1, LIMITS.householdId)),
  required('area', oneOf(['rural', 'urban'])),
  optional(
    'location',
    object([
      optional('provinceCode', text(1, LIMITS.code)),
      optional('communeCode', text(1, LIMITS.code)),
      optional('village', text(1, LIMITS.village)),
      optional('poorDistrict', boolean),
      optional('poorCommune', boolean),
      optional('extremelyDifficultCommune', boolean),
      optional('extremelyDifficultCoastalBorderIslandCommune', boolean),
      optional('oftenHitByDisasters', boolean),
    ]),
  ),
  required(
    'income',
    object([
      optional('annualTotal', vnd),
      optional('monthlyPerCapita', vnd),
      optional('proxyScore', numberIn(0, LIMITS.proxyScore)),
    ]),
  ),
  required('members', list(member, 1, LIMITS.members, 'empty-members')),
  required(
    'dwelling',
    object([
      optional('none', isTrue),
      optional('foundation', STRUCTURE),
      optional('walls', STRUCTURE),
      optional('roof', STRUCTURE),
      optional('floorAreaM2', numberIn(0, LIMITS.floorAreaM2)),
    ]),
  ),
  required('water', oneOf(WATER_SOURCES)),
  required('latrine', oneOf(LATRINES)),
  required('devices', enumList(DEVICES)),
  optional('hearsLoudspeaker', boolean),
  optional('wasteTreatment', oneOf(WASTE_TREATMENTS)),
  optional('declared', declared),
  optional(
    'previous',
    object([
      required('category', oneOf(['poor', 'near-poor', 'middle', 'not-poor'])),
      required('policyYear', integerIn(2000, 2100)),
      optional('since', date(false, 'invalid-date')),
      optional('leftOn', date(false, 'invalid-date')),
    ]),
  ),
  optional('formedOn', date(true, 'invalid-partial-date')),
  optional(
    'earlierHousingSupport',
    list(
      object([
        required('source', oneOf(HOUSING_SUPPORT_SOURCES)),
        optional('year', integerIn(1945, 2100)),
      ]),
      0,
      LIMITS.listEntries,
    ),
  ),
  optional('agriculturalHousehold', boolean),
]);
