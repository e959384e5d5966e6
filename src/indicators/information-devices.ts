import type { IndicatorRule } from '../standards/types';
import type { HouseholdContext } from './context';
import { plainFinding, type RuleFinding } from './finding';

type Rule = Extract<IndicatorRule, { kind: 'information-devices' }>;

/**
 * Means of access to information (phương tiện tiếp cận thông tin): the household owns none of the
 * `devices` and, where the standard counts it (2016–2021), cannot hear the commune or village
 * loudspeaker.
 */
export function informationDevices({ household }: HouseholdContext, rule: Rule): RuleFinding {
  if (household.devices.some((device) => rule.devices.includes(device))) {
    return plainFinding('not-deprived', 'has-information-device');
  }
  if (!rule.loudspeakerCounts) return plainFinding('deprived', 'no-information-device');
  if (household.hearsLoudspeaker === undefined) {
    return {
      status: 'unknown',
      reason: 'loudspeaker-missing',
      members: [],
      missing: ['hearsLoudspeaker'],
    };
  }
  return household.hearsLoudspeaker
    ? plainFinding('not-deprived', 'hears-loudspeaker')
    : plainFinding('deprived', 'no-information-device');
}
