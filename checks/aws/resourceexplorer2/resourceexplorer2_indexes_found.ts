import { defineCheck, fail, pass } from '../../../src/checks/check.js';
import { accountSubject } from '../../../src/checks/report.js';

export default defineCheck({
  id: 'resourceexplorer2_indexes_found',
  uses: { resourceexplorer2: ['indexes'] },
  run({ resourceexplorer2, account }, report) {
    const indexes = resourceexplorer2.indexes.all();
    const [first] = indexes;
    // One finding for the account, reported (as Prowler does) under the first index when there is one.
    if (first) {
      report.about({ arn: first.arn, id: account.id, region: first.region }, () => pass(`Resource Explorer has ${indexes.length} index(es).`));
      return;
    }
    const arn = `arn:${account.partition}:resource-explorer:${account.globalRegion}:${account.id}:index`;
    report.about({ ...accountSubject(account), arn }, () => fail('No Resource Explorer index exists.'));
  },
});
