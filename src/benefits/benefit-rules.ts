import { cite } from '../law/cite';
import { deepFreeze } from '../util/deep-freeze';
import type { BenefitRule } from './types';

const DECREE_188 = '188/2025/NĐ-CP';
const DECISION_2553 = '2553/QĐ-TTg';

/**
 * The benefits keyed to poverty status, as dated rule rows (valid from, valid until, legal basis,
 * grade): health-insurance premium support, policy-credit rates for poor, near-poor and newly
 * escaped households (with the change of 1 December 2025 and the 3-year window), the unsecured
 * credit cap, tuition exemption and electricity support.
 *
 * @remarks Legal basis: each row's own. Rates are decimal strings and amounts integer đồng, never
 * floating-point numbers. A row without `validFrom` applied before 2016 (the first year the library
 * answers for); one without `validUntil` has no end known. The near-poor and newly-escaped rates are
 * multiples of the poor households' rate in force (120% and 125%): 7.92% and 8.25% until 30 Nov
 * 2025, 7.488% and 7.8% from 1 Dec 2025. Where the sources give no date (tuition: Decree 81/2021
 * from 15 Oct 2021) or no citation (health insurance of poor households), the row says so in its
 * basis, grade U. Benefits the sources give for other dates (the near-poor premium support before
 * Decree 188/2025, the credit cap before 1 Mar 2019) are not in the data: the library says it has
 * no rule then, rather than guess.
 *
 * @example
 * ```ts
 * import { BENEFIT_RULES } from 'vn-poverty';
 * const poorRate = BENEFIT_RULES.find((rule) => rule.id === 'policy-credit-rate-poor-2025-12-01');
 * poorRate?.grant; //=> { kind: 'credit-rate', percentPerYear: '6.24' }
 * poorRate?.validFrom; //=> '2025-12-01'
 * ```
 */
export const BENEFIT_RULES: readonly BenefitRule[] = deepFreeze([
  {
    id: 'health-insurance-poor',
    benefit: 'health-insurance',
    for: 'poor',
    grant: { kind: 'premium-share', percent: '100', atLeast: false },
    basis: cite(
      'law',
      '25/2008/QH12',
      undefined,
      'U',
      'Law on Health Insurance as amended: the State pays the whole premium of members of poor households',
    ),
  },
  {
    id: 'health-insurance-near-poor',
    benefit: 'health-insurance',
    for: 'near-poor',
    validFrom: '2025-08-15',
    grant: { kind: 'premium-share', percent: '70', atLeast: true },
    basis: cite('decree', DECREE_188, undefined, 'N', 'In force 15 Aug 2025'),
  },
  {
    id: 'health-insurance-near-poor-poor-commune',
    benefit: 'health-insurance',
    for: 'near-poor',
    requires: 'poor-commune',
    validFrom: '2025-08-15',
    grant: { kind: 'premium-share', percent: '100', atLeast: false },
    basis: cite('decree', DECREE_188, undefined, 'N', 'Near-poor households in poor communes'),
  },
  {
    id: 'health-insurance-agricultural-middle',
    benefit: 'health-insurance',
    for: 'middle',
    requires: 'agricultural-household',
    validFrom: '2025-08-15',
    grant: { kind: 'premium-share', percent: '30', atLeast: true },
    basis: cite(
      'decree',
      DECREE_188,
      undefined,
      'N',
      'Agricultural, forestry, fishery and salt-making households with a middle living standard; earlier rules not in the data',
    ),
  },
  {
    id: 'policy-credit-rate-poor-until-2025-11-30',
    benefit: 'policy-credit-rate',
    for: 'poor',
    validUntil: '2025-11-30',
    grant: { kind: 'credit-rate', percentPerYear: '6.6' },
    basis: cite('decision', DECISION_2553, undefined, 'N', 'The rate Decision 2553 replaced'),
  },
  {
    id: 'policy-credit-rate-poor-2025-12-01',
    benefit: 'policy-credit-rate',
    for: 'poor',
    validFrom: '2025-12-01',
    grant: { kind: 'credit-rate', percentPerYear: '6.24' },
    basis: cite('decision', DECISION_2553, undefined, 'L'),
  },
  {
    id: 'policy-credit-rate-near-poor',
    benefit: 'policy-credit-rate',
    for: 'near-poor',
    grant: { kind: 'credit-rate-relative', factorOfPoorRate: '1.2' },
    basis: cite('decision', DECISION_2553, undefined, 'N', '120% of the poor households’ rate'),
  },
  {
    id: 'policy-credit-rate-newly-escaped',
    benefit: 'policy-credit-rate',
    for: 'newly-escaped',
    windowMonths: 36,
    grant: { kind: 'credit-rate-relative', factorOfPoorRate: '1.25', maxTermMonths: 60 },
    basis: cite(
      'decision',
      DECISION_2553,
      undefined,
      'S',
      '125% of the poor households’ rate, for 3 years after leaving the list, term up to 5 years',
    ),
  },
  {
    id: 'policy-credit-unsecured-cap-poor',
    benefit: 'policy-credit-unsecured-cap',
    for: 'poor',
    validFrom: '2019-03-01',
    grant: { kind: 'credit-cap', maxVnd: 100_000_000, maxTermMonths: 120 },
    basis: cite(
      'specification',
      'spec/programme.md §4',
      undefined,
      'N',
      'Loans to poor households without collateral, from 1 Mar 2019; the instrument is not named in the sources found',
    ),
  },
  {
    id: 'tuition-exemption-poor',
    benefit: 'tuition-exemption',
    for: 'poor',
    validFrom: '2021-10-15',
    grant: {
      kind: 'tuition-exemption',
      levels: ['preschool', 'primary', 'lower-secondary', 'upper-secondary'],
    },
    basis: cite(
      'decree',
      '81/2021/NĐ-CP',
      '15',
      'S',
      'Pupils of poor households; the in-force date 15 Oct 2021 is grade U',
    ),
  },
  {
    id: 'electricity-support-poor',
    benefit: 'electricity-support',
    for: 'poor',
    grant: { kind: 'electricity', kwhPerMonth: 30, paidEveryMonths: 3 },
    basis: cite(
      'decision',
      '28/2014/QĐ-TTg',
      undefined,
      'N',
      '30 kWh a month at the first residential tier, paid quarterly',
    ),
  },
] satisfies BenefitRule[]);
