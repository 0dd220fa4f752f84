import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'dms_endpoint_neptune_iam_authorization_enabled',
  uses: { dms: ['endpoints'] },
  run({ dms }, report) {
    report.each(dms.endpoints, (endpoint) => {
      if (endpoint.engineName !== 'neptune') return notApplicable('not a Neptune endpoint');
      return verdict(
        endpoint.neptuneIamAuthEnabled,
        `DMS endpoint ${endpoint.id} uses IAM authorization for Neptune.`,
        `DMS endpoint ${endpoint.id} does not use IAM authorization for Neptune.`,
      );
    });
  },
});
