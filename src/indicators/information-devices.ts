import type { Device } from '../household/types';
import type { InformationDevicesRule } from '../standards/types';
import type { HouseholdContext } from './context';
import { plainFinding, type RuleFinding } from './finding';

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
  const owned: string[] = [];
  // An index loop: a parsed household's lists are frozen, and V8 runs for…of over a frozen array
  // several times slower.
  const devices = household.devices;
  for (let i = 0; i < devices.length; i++) {
    const device = devices[i] as Device;
    if (rule.devices.includes(device)) owned.push(device);
  }
  if (owned.length > 0)
    return plainFinding('not-deprived', 'has-information-device', { devices: owned });
  if (!rule.loudspeakerCounts)
    return plainFinding('deprived', 'no-information-device', { devices: owned });
  const hears = household.hearsLoudspeaker;
  if (hears === undefined)
    return plainFinding('unknown', 'loudspeaker-missing', { devices: owned }, 'hearsLoudspeaker');
  return hears
    ? plainFinding('not-deprived', 'hears-loudspeaker', { devices: owned, hearsLoudspeaker: true })
    : plainFinding('deprived', 'no-information-device', {
        devices: owned,
        hearsLoudspeaker: false,
      });
}
