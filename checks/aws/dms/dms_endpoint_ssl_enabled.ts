import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'dms_endpoint_ssl_enabled',
  uses: { dms: ['endpoints'] },
  run({ dms }, report) {
    // Only an explicit "none" fails: an endpoint AWS describes without a mode passes, as in Prowler.
    report.each(dms.endpoints, (endpoint) =>
      verdict(
        endpoint.sslMode !== 'none',
        `DMS endpoint ${endpoint.id} uses SSL (mode ${endpoint.sslMode ?? 'not stated'}).`,
        `DMS endpoint ${endpoint.id} does not use SSL.`,
      ),
    );
  },
});
