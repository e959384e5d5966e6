import type { InformationDevicesRule } from '../standards/types';
import type { HouseholdContext } from './context';
import { plainFinding, type RuleFinding } from './finding';

const HAS_DEVICE = plainFinding('not-deprived', 'has-information-device');
const NO_DEVICE = plainFinding('deprived', 'no-information-device');
const HEARS = plainFinding('not-deprived', 'hears-loudspeaker');
const LOUDSPEAKER_MISSING = plainFinding(
  'unknown',
  'loudspeaker-missing',
  Object.freeze(['hearsLoudspeaker']),
);

/**
 * Means of access to information (phương tiện tiếp cận thông tin): the household owns none of the
 * `devices` and, where the standard counts it (2016–2021), cannot hear the commune or village
 * loudspeaker.
 *
 * Legal basis: Decree 07/2021/NĐ-CP Appendix and Decision 59/2015/QĐ-TTg Art. 1 (with the
 * loudspeaker), grade U.
 */
export function informationDevices(
  { household }: HouseholdContext,
  rule: InformationDevicesRule,
): RuleFinding {
  for (const device of household.devices) if (rule.devices.includes(device)) return HAS_DEVICE;
  if (!rule.loudspeakerCounts) return NO_DEVICE;
  if (household.hearsLoudspeaker === undefined) return LOUDSPEAKER_MISSING;
  return household.hearsLoudspeaker ? HEARS : NO_DEVICE;
}
