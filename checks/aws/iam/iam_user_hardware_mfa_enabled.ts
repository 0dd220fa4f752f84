import { defineCheck, fail, need, verdict } from '../../../src/checks/check.js';

/** Device kinds IAM writes in a serial number's ARN for virtual and SMS devices; anything else is hardware. */
const SOFTWARE_MFA_KINDS = new Set(['mfa', 'sms-mfa']);

/** The kind a serial number names: `arn:aws:iam::<account>:mfa/<name>` is "mfa"; a bare vendor serial is hardware. */
function deviceKind(serialNumber: string): string {
  return serialNumber.split(':')[5]?.split('/')[0] ?? 'hardware';
}

export default defineCheck({
  id: 'iam_user_hardware_mfa_enabled',
  uses: { iam: ['userMfaDevices'] },
  run({ iam }, report) {
    report.each(iam.userMfaDevices, (user) => {
      const serialNumbers = need(user.serialNumbers);
      if (serialNumbers.length === 0) return fail(`User ${user.name} has no MFA device.`);
      return verdict(
        !serialNumbers.some((serial) => SOFTWARE_MFA_KINDS.has(deviceKind(serial))),
        `User ${user.name} has only hardware MFA devices.`,
        `User ${user.name} has a virtual MFA device instead of a hardware one.`,
      );
    });
  },
});
