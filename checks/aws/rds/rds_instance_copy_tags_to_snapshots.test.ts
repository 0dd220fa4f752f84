import { testCheck } from '../../../test/helpers/check-cases.js';
import { dbInstance } from '../../../test/helpers/fixtures/rds.js';
import check from './rds_instance_copy_tags_to_snapshots.js';

testCheck(check, [
  { name: 'no instances', expect: [] },
  {
    name: 'judges non-Aurora instances',
    given: ({ rds }) => {
      rds.instances.add(dbInstance('tagged'));
      rds.instances.add(dbInstance('untagged', { engine: 'postgres', copyTagsToSnapshot: false }));
      rds.instances.add(dbInstance('aurora', { engine: 'aurora-mysql', copyTagsToSnapshot: false }));
      rds.instances.add(dbInstance('docs', { engine: 'docdb', copyTagsToSnapshot: false }));
    },
    expect: [
      { status: 'PASS', resource: 'tagged' },
      { status: 'FAIL', resource: 'untagged', detail: 'does not copy' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ rds }) => rds.instances.fail({ region: 'eu-west-1', operation: 'DescribeDBInstances', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'rds:DescribeDBInstances' }],
  },
]);
