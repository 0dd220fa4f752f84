import type { ConfiguredDetector, DetectorSettings } from '../services/guardduty/guardduty.js';
import { need, type Listing } from '../services/resource-map.js';
import { notApplicable, verdict, type Report } from './report.js';

export type GuardDutyProtection = Exclude<keyof DetectorSettings, 'enabled'>;

/**
 * Judges one protection plan of every running detector, as Prowler's per-protection checks do:
 * regions without a detector, and suspended detectors, are left to guardduty_is_enabled.
 */
export function judgeProtection(report: Report, detectors: Listing<ConfiguredDetector>, protection: GuardDutyProtection, title: string): void {
  report.each(detectors, (detector) => {
    if (!detector.enabledInAccount) return notApplicable('GuardDuty has no detector in the region');
    const settings = need(detector.settings);
    if (!settings?.enabled) return notApplicable('the detector is suspended');
    return verdict(
      settings[protection],
      `GuardDuty detector ${detector.id} has ${title} enabled.`,
      `GuardDuty detector ${detector.id} does not have ${title} enabled.`,
    );
  });
}
