import type { Household } from '../household/types';
import type { Message } from '../i18n/message';
import { Exact } from '../money/decimal';
import { formatVnd } from '../money/format-vnd';
import type { Part, RuleContext, Tri } from './rule-context';
import { vi } from './rule-context';
import type { BenefitRule, GrantFigures } from './types';

/** Exempt pupils: members attending school at one of the levels. */
function pupilsOf(
  levels: readonly string[],
  household: Household | undefined,
): Part & { pupils: string[]; undetermined: string[] } {
  if (household === undefined) {
    return { status: 'unknown', missing: ['household'], pupils: [], undetermined: [] };
  }
  const pupils: string[] = [];
  const undetermined: string[] = [];
  const missing: string[] = [];
  household.members.forEach((member, index) => {
    const schooling = member.schooling;
    if (schooling === undefined || (schooling.attending && schooling.level === undefined)) {
      undetermined.push(member.id);
      missing.push(`members[${index}].schooling`);
    } else if (schooling.attending && levels.includes(schooling.level as string)) {
      pupils.push(member.id);
    }
  });
  const status: Tri = pupils.length > 0 ? 'yes' : undetermined.length > 0 ? 'unknown' : 'no';
  return { status, missing, pupils, undetermined };
}

/** What the grant comes to, with its text; adds the tuition part to `parts`. */
export function grantFigures(
  rule: BenefitRule,
  context: RuleContext,
  poorRate: BenefitRule | undefined,
  parts: Part[],
): { figures: GrantFigures; text: Message } {
  const grant = rule.grant;
  switch (grant.kind) {
    case 'premium-share': {
      const share = `${grant.atLeast ? 'ít nhất ' : ''}${vi(grant.percent)}%`;
      const shareEn = `${grant.atLeast ? 'at least ' : ''}${grant.percent}%`;
      return {
        figures: { premiumPercent: grant.percent, atLeast: grant.atLeast },
        text: { vi: `${share} mức đóng`, en: `${shareEn} of the premium` },
      };
    }
    case 'credit-rate':
      return {
        figures: { percentPerYear: grant.percentPerYear },
        text: { vi: `${vi(grant.percentPerYear)}%/năm`, en: `${grant.percentPerYear}% a year` },
      };
    case 'credit-rate-relative': {
      const base = poorRate?.grant.kind === 'credit-rate' ? poorRate.grant.percentPerYear : '0';
      const rate = new Exact(base).times(grant.factorOfPoorRate).toString();
      const product = `${base} × ${grant.factorOfPoorRate}`;
      const derivation = `${product} = ${rate}`;
      const term = grant.maxTermMonths;
      return {
        figures: {
          percentPerYear: rate,
          derivation,
          ...(term === undefined ? {} : { maxTermMonths: term }),
        },
        text: {
          vi: `${vi(rate)}%/năm = ${vi(base)} × ${vi(grant.factorOfPoorRate)}${term === undefined ? '' : `; thời hạn tối đa ${term} tháng`}`,
          en: `${rate}% a year = ${product}${term === undefined ? '' : `; term up to ${term} months`}`,
        },
      };
    }
    case 'credit-cap':
      return {
        figures: { maxVnd: grant.maxVnd, maxTermMonths: grant.maxTermMonths },
        text: {
          vi: `tối đa ${formatVnd(grant.maxVnd)}, thời hạn tối đa ${grant.maxTermMonths} tháng`,
          en: `up to ${formatVnd(grant.maxVnd, 'en')}, term up to ${grant.maxTermMonths} months`,
        },
      };
    case 'tuition-exemption': {
      const pupils = pupilsOf(grant.levels, context.household);
      parts.push(pupils);
      const list = pupils.pupils.length === 0 ? '—' : pupils.pupils.join(', ');
      return {
        figures: { pupils: pupils.pupils, undeterminedPupils: pupils.undetermined },
        text: { vi: `học sinh: ${list}`, en: `pupils: ${list}` },
      };
    }
    case 'electricity': {
      const price = context.price;
      const kwh = grant.kwhPerMonth;
      const every = grant.paidEveryMonths;
      if (price === undefined) {
        return {
          figures: { kwhPerMonth: kwh, paidEveryMonths: every },
          text: {
            vi: `${kwh} kWh/tháng theo giá bậc 1, chi ${every} tháng một lần`,
            en: `${kwh} kWh a month at the first-tier price, paid every ${every} months`,
          },
        };
      }
      const perMonth = kwh * price;
      const perPayment = perMonth * every;
      return {
        figures: {
          kwhPerMonth: kwh,
          pricePerKwh: price,
          amountPerMonthVnd: perMonth,
          amountPerPaymentVnd: perPayment,
          paidEveryMonths: every,
        },
        text: {
          vi: `${kwh} kWh × ${formatVnd(price)} = ${formatVnd(perMonth)}/tháng; ${formatVnd(perPayment)} mỗi ${every} tháng`,
          en: `${kwh} kWh × ${formatVnd(price, 'en')} = ${formatVnd(perMonth, 'en')} a month; ${formatVnd(perPayment, 'en')} every ${every} months`,
        },
      };
    }
  }
}
