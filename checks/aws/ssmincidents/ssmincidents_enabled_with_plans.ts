import { defineCheck, fail, need, pass } from '../../../src/checks/check.js';
import { accountSubject } from '../../../src/checks/report.js';

export default defineCheck({
  id: 'ssmincidents_enabled_with_plans',
  uses: { ssmincidents: ['replicationSets', 'responsePlans'] },
  run({ ssmincidents, account }, report) {
    const [replicationSet] = ssmincidents.replicationSets.all();
    if (!replicationSet) {
      const arn = `arn:${account.partition}:ssm-incidents:${account.globalRegion}:${account.id}:replication-set`;
      report.about({ ...accountSubject(account), arn }, () => fail('No Incident Manager replication set exists.'));
      return;
    }
    report.about(replicationSet, () => {
      const status = need(replicationSet.status);
      if (status !== 'ACTIVE') return fail(`Incident Manager replication set ${replicationSet.arn} exists but is not ACTIVE (${status ?? 'not found in any scanned region'}).`);
      // One plan anywhere proves there are plans; "none" needs every region's listing.
      const hasPlans = ssmincidents.responsePlans.found().length > 0 || ssmincidents.responsePlans.all().length > 0;
      return hasPlans
        ? pass(`Incident Manager replication set ${replicationSet.arn} is ACTIVE and response plans exist.`)
        : fail(`Incident Manager replication set ${replicationSet.arn} is ACTIVE but no response plan exists.`);
    });
  },
});
