/*
 * The indicator ids of the national editions. They are the standards' vocabulary, but a household
 * names them in `declared` (survey form B2), so they live in the lowest layer that needs them.
 */

/** The indicator ids of `qd59-2015` (2016–2021), in the order of Decision 59/2015/QĐ-TTg Art. 1. */
export type Qd59IndicatorId =
  | 'healthcareAccess'
  | 'healthInsurance'
  | 'adultEducation'
  | 'childSchooling'
  | 'housingQuality'
  | 'housingArea'
  | 'water'
  | 'sanitation'
  | 'telecom'
  | 'informationAssets';

/** The indicator ids of `nd07-2021` (2022–2026), in the order of Decree 07/2021/NĐ-CP. */
export type Nd07IndicatorId =
  | 'employment'
  | 'dependants'
  | 'nutrition'
  | 'healthInsurance'
  | 'adultEducation'
  | 'childSchooling'
  | 'housingQuality'
  | 'housingArea'
  | 'water'
  | 'sanitation'
  | 'telecom'
  | 'informationAccess';

/** The indicator ids of `nd351-2025` (2027–2030, provisional). */
export type Nd351IndicatorId =
  | 'employment'
  | 'dependants'
  | 'healthInsurance'
  | 'nutrition'
  | 'adultEducation'
  | 'childSchooling'
  | 'housingArea'
  | 'housingQuality'
  | 'digitalServices'
  | 'water'
  | 'sanitation'
  | 'wasteTreatment';

/**
 * Every indicator id of the national editions.
 *
 * @see {@link !"Codes" | Codes}
 * @see {@link !"The standards" | The standards}
 */
export type NationalIndicatorId = Qd59IndicatorId | Nd07IndicatorId | Nd351IndicatorId;
