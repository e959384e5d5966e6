import type { Assessment } from '../assess/types';
import type { Category, Household, SchoolLevel } from '../household/types';
import type { Message } from '../i18n/message';
import type { LegalCitation } from '../law/citation';
import type { StatusChange } from '../status/types';

/** A benefit keyed to poverty status (chính sách theo tình trạng nghèo). */
export type BenefitId =
  | 'health-insurance'
  | 'policy-credit-rate'
  | 'policy-credit-unsecured-cap'
  | 'tuition-exemption'
  | 'electricity-support';

/** Whom a benefit rule is for. */
export type BenefitStatus = 'poor' | 'near-poor' | 'newly-escaped' | 'middle';

/** A further fact that a rule needs besides the status. */
export type BenefitRequirement = 'poor-commune' | 'agricultural-household';

/** What a benefit rule gives, exactly: percentages as decimal strings, money as integer đồng. */
export type BenefitGrant =
  | {
      /** A share of the health-insurance premium paid by the State budget. */
      readonly kind: 'premium-share';
      /** The share in percent, a decimal string (`'70'`). */
      readonly percent: string;
      /** `true` when the share is a minimum (the province may pay more). */
      readonly atLeast: boolean;
    }
  | {
      /** A policy-credit interest rate (lãi suất cho vay), per year. */
      readonly kind: 'credit-rate';
      /** The rate in percent a year, a decimal string (`'6.24'`). */
      readonly percentPerYear: string;
    }
  | {
      /** A policy-credit rate set as a multiple of the poor households' rate in force. */
      readonly kind: 'credit-rate-relative';
      /** The multiple, a decimal string (`'1.2'` for 120%). */
      readonly factorOfPoorRate: string;
      /** The longest loan term, in months, when the rule sets one. */
      readonly maxTermMonths?: number;
    }
  | {
      /** The largest loan without collateral (cho vay không bảo đảm). */
      readonly kind: 'credit-cap';
      /** Integer đồng per household. */
      readonly maxVnd: number;
      /** The longest loan term, in months. */
      readonly maxTermMonths: number;
    }
  | {
      /** Tuition exemption (miễn học phí) for pupils at these levels. */
      readonly kind: 'tuition-exemption';
      /** The levels exempted. */
      readonly levels: readonly SchoolLevel[];
    }
  | {
      /** Electricity support: the price of a quantity a month at the first residential tier. */
      readonly kind: 'electricity';
      /** kWh a month. */
      readonly kwhPerMonth: number;
      /** How often it is paid, in months (3: quarterly). */
      readonly paidEveryMonths: number;
    };

/** One benefit rule as a dated row: what it gives, to whom, from when to when, and why. */
export interface BenefitRule {
  /** A stable id (`policy-credit-rate-poor-2025-12-01`). */
  readonly id: string;
  /** The benefit. */
  readonly benefit: BenefitId;
  /** Whom it is for. */
  readonly for: BenefitStatus;
  /** A further fact it needs, when there is one. */
  readonly requires?: BenefitRequirement;
  /** The first day it applies, `YYYY-MM-DD`; none: before the first day the library answers for. */
  readonly validFrom?: string;
  /** The last day it applies; none: no end known. */
  readonly validUntil?: string;
  /** For newly escaped households: how many months after leaving the list the rule applies. */
  readonly windowMonths?: number;
  /** What it gives. */
  readonly grant: BenefitGrant;
  /** Where it is set, with its grade. */
  readonly basis: LegalCitation;
}

/** Entitled, not entitled, or undetermined (missing facts could decide). */
export type EntitlementStatus = 'entitled' | 'not-entitled' | 'undetermined';

/** The newly-escaped window, and whether it still runs on the date asked. */
export interface BenefitWindow {
  /** The day the household left the list (the earliest it may have been, when not known exactly). */
  readonly opensOn: string;
  /** The last day of the window (the latest it may be, when the escape day is not known exactly). */
  readonly closesOn: string;
  /** Whether the escape day is known exactly. */
  readonly exact: boolean;
  /** Days from the date asked to `closesOn`, both counted, when the window runs on that date. */
  readonly daysLeft?: number;
}

/** What the grant comes to for this household on this date. */
export interface GrantFigures {
  /** A premium share, in percent, a decimal string. */
  readonly premiumPercent?: string;
  /** Whether the share is a minimum. */
  readonly atLeast?: boolean;
  /** A credit rate in percent a year, a decimal string, exact (a multiple computed in decimal). */
  readonly percentPerYear?: string;
  /** How a relative rate was computed: `6.24 × 1.25 = 7.8` (no rounding). */
  readonly derivation?: string;
  /** The largest loan, integer đồng. */
  readonly maxVnd?: number;
  /** The longest term, in months. */
  readonly maxTermMonths?: number;
  /** Exempt pupils (member ids). */
  readonly pupils?: readonly string[];
  /** Members whose schooling is not recorded. */
  readonly undeterminedPupils?: readonly string[];
  /** kWh a month supported. */
  readonly kwhPerMonth?: number;
  /** The price used, integer đồng per kWh, when given. */
  readonly pricePerKwh?: number;
  /** The support a month, integer đồng (`kwhPerMonth × pricePerKwh`), when the price is given. */
  readonly amountPerMonthVnd?: number;
  /** The support for each payment, integer đồng, when the price is given. */
  readonly amountPerPaymentVnd?: number;
  /** Months between payments. */
  readonly paidEveryMonths?: number;
}

/** One benefit rule's answer for a household on a date. */
export interface BenefitFinding {
  /** The rule's id. */
  readonly ruleId: string;
  /** The benefit. */
  readonly benefit: BenefitId;
  /** Whom the rule is for. */
  readonly for: BenefitStatus;
  /** The answer. */
  readonly status: EntitlementStatus;
  /** What it comes to. */
  readonly figures: GrantFigures;
  /** For newly-escaped rules: the window. */
  readonly window?: BenefitWindow;
  /** The rule's dates. */
  readonly validFrom?: string;
  /** The rule's last day. */
  readonly validUntil?: string;
  /** Why, for people (Vietnamese first). */
  readonly message: Message;
  /** When undetermined: the facts that would decide. */
  readonly missing: readonly string[];
  /** Where the rule is set. */
  readonly basis: LegalCitation;
}

/** A benefit that the library has no rule for on the date asked. */
export interface UncoveredBenefit {
  /** The benefit. */
  readonly benefit: BenefitId;
  /** Whom it would be for. */
  readonly for: BenefitStatus;
  /** Why nothing is said. */
  readonly message: Message;
}

/** What a household gets on a date. */
export interface BenefitsOnDate {
  /** The date asked. */
  readonly on: string;
  /** The household's id, when known. */
  readonly householdId?: string;
  /** The statuses the household may have on the date: one when known. */
  readonly possibleStatuses: readonly Exclude<Category, 'undetermined'>[];
  /** When more than one status is possible: the facts that would decide. */
  readonly statusMissing: readonly string[];
  /** The rules in force on the date, each answered. */
  readonly benefits: readonly BenefitFinding[];
  /** The benefit rules entitled for certain: a shortcut for `benefits` filtered. */
  readonly entitled: readonly string[];
  /** Benefits the library holds no rule for on the date: nothing is said about them. */
  readonly notCovered: readonly UncoveredBenefit[];
}

/**
 * Whose benefits: a household with its assessment (its status is the assessment's from the
 * assessment's date, or from `previous.leftOn`, and `previous` before), or a status history with,
 * optionally, the household for the rules that read its members or location.
 */
export type BenefitsSubject =
  | {
      /** A household that `parseHousehold` accepted. */
      readonly household: Household;
      /** Its assessment: the status from its date on. */
      readonly assessment: Assessment;
    }
  | {
      /** The recognised statuses, each with the day it began. */
      readonly history: readonly StatusChange[];
      /** The household, for the rules that read its members or its location. */
      readonly household?: Household;
    };

/** Options of {@link benefitsFor}. */
export interface BenefitsOptions {
  /** The date, `YYYY-MM-DD`, from 2016-01-01 to 2030-12-31. */
  readonly on: string;
  /**
   * The first residential tier's electricity price on `on`, integer đồng per kWh (the tariff is
   * not in the library's data): with it, electricity support comes in đồng.
   */
  readonly electricityPricePerKwh?: number;
  /** The benefit rules; by default {@link BENEFIT_RULES}. */
  readonly rules?: readonly BenefitRule[];
}
