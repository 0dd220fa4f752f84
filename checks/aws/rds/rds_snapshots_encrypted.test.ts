import { testCheck } from '../../../test/helpers/check-cases.js';
import { clusterSnapshot, instanceSnapshot } from '../../../test/helpers/fixtures/rds.js';
import check from './rds_snapshots_encrypted.js';

testCheck(check, [
  { name: 'no snapshots', expect: [] },
  {
    name: 'judges instance and cluster snapshots',
    given: ({ rds }) => {
      rds.instanceSnapshots.add(instanceSnapshot('sealed'));
      rds.instanceSnapshots.add(instanceSnapshot('plain', { encrypted: false, region: 'us-east-1' }));
      rds.clusterSnapshots.add(clusterSnapshot('csealed'));
      rds.clusterSnapshots.add(clusterSnapshot('cplain', { storageEncrypted: false }));
      rds.clusterSnapshots.add(clusterSnapshot('docs', { engine: 'docdb', storageEncrypted: false }));
    },
    expect: [
      { status: 'PASS', resource: 'sealed' },
      { status: 'FAIL', resource: 'plain', region: 'us-east-1', detail: 'instance snapshot plain is not encrypted' },
      { status: 'PASS', resource: 'csealed' },
      { status: 'FAIL', resource: 'cplain', detail: 'cluster snapshot' },
    ],
  },
  {
    name: 'failed listings are errors',
    given: ({ rds }) => {
      rds.instanceSnapshots.fail({ region: 'eu-west-1', operation: 'DescribeDBSnapshots', message: 'AccessDenied: denied' });
      rds.clusterSnapshots.fail({ region: 'eu-west-1', operation: 'DescribeDBClusterSnapshots', message: 'AccessDenied: denied' });
    },
    expect: [
      { status: 'ERROR', resource: 'rds:DescribeDBSnapshots' },
      { status: 'ERROR', resource: 'rds:DescribeDBClusterSnapshots' },
    ],
  },
]);
