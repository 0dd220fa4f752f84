import { testCheck } from '../../../test/helpers/check-cases.js';
import { replicationInstance } from '../../../test/helpers/fixtures/dms.js';
import check from './dms_instance_multi_az_enabled.js';

testCheck(check, [
  { name: 'no replication instances', expect: [] },
  {
    name: 'judges each instance',
    given: ({ dms }) => {
      dms.replicationInstances.add(replicationInstance('on', { multiAz: true }));
      dms.replicationInstances.add(replicationInstance('off', { multiAz: false, region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'on' },
      { status: 'FAIL', resource: 'off', region: 'us-east-1' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ dms }) => dms.replicationInstances.fail({ region: 'eu-west-1', operation: 'DescribeReplicationInstances', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'dms:DescribeReplicationInstances' }],
  },
]);
