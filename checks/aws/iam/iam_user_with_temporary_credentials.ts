import { defineCheck, need, verdict } from '../../../src/checks/check.js';

/** Services a long-lived key may reach without counting: those that hand out temporary credentials. */
const CREDENTIAL_SERVICES = new Set(['iam', 'sts']);

export default defineCheck({
  id: 'iam_user_with_temporary_credentials',
  uses: { iam: ['userServiceAccess', 'credentialReport'] },
  run({ iam }, report) {
    report.each(iam.userServiceAccess, (user) => {
      // As in Prowler, a service counts when the user's policies allow it, used or not.
      const otherServices = need(user.services).some((service) => !CREDENTIAL_SERVICES.has(service.namespace));
      const row = iam.credentialReport.find((entry) => entry.arn === user.arn);
      const hasAccessKeys = row?.accessKeys.some((key) => key.lastRotated !== null) ?? false;
      return verdict(
        !(otherServices && hasAccessKeys),
        `User ${user.name} has no long-lived access keys that reach services other than IAM and STS.`,
        `User ${user.name} has long-lived access keys and may use services other than IAM and STS.`,
      );
    });
  },
});
