import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'dms_endpoint_mongodb_authentication_enabled',
  uses: { dms: ['endpoints'] },
  run({ dms }, report) {
    report.each(dms.endpoints, (endpoint) => {
      if (endpoint.engineName !== 'mongodb') return notApplicable('not a MongoDB endpoint');
      return verdict(
        endpoint.mongoDbAuthType !== 'no',
        `DMS endpoint ${endpoint.id} authenticates to MongoDB with ${endpoint.mongoDbAuthType}.`,
        `DMS endpoint ${endpoint.id} connects to MongoDB without authentication.`,
      );
    });
  },
});
