import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'macie_automated_sensitive_data_discovery_enabled',
  uses: { macie: ['automatedDiscovery'] },
  run({ macie }, report) {
    report.each(macie.automatedDiscovery, (session) =>
      verdict(
        need(session.automatedDiscoveryStatus) === 'ENABLED',
        `Macie has automated sensitive data discovery enabled in ${session.region}.`,
        `Macie is enabled in ${session.region} but automated sensitive data discovery is not.`,
      ),
    );
  },
});
