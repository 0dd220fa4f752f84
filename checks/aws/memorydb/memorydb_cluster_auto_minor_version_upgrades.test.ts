import { testCheck } from '../../../test/helpers/check-cases.js';
import { memoryDbCluster } from '../../../test/helpers/fixtures/memorydb.js';
import check from './memorydb_cluster_auto_minor_version_upgrades.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'judges each cluster',
    given: ({ memorydb }) => {
      memorydb.clusters.add(memoryDbCluster('auto'));
      memorydb.clusters.add(memoryDbCluster('manual', false, 'us-east-1'));
    },
    expect: [
      { status: 'PASS', resource: 'auto', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'manual', region: 'us-east-1', detail: 'does not apply' },
    ],
  },
  { name: 'a failed listing is an error', given: ({ memorydb }) => memorydb.clusters.fail({ region: 'eu-west-1', operation: 'DescribeClusters', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 'memorydb:DescribeClusters' }] },
]);
