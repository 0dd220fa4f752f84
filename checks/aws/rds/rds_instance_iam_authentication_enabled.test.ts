import { testCheck } from '../../../test/helpers/check-cases.js';
import { dbInstance } from '../../../test/helpers/fixtures/rds.js';
import check from './rds_instance_iam_authentication_enabled.js';

testCheck(check, [
  { name: 'no instances', expect: [] },
  {
    name: 'judges the engines that support IAM authentication, matched by name',
    given: ({ rds }) => {
      rds.instances.add(dbInstance('mysql'));
      rds.instances.add(dbInstance('pg', { engine: 'postgres', iamAuth: false }));
      rds.instances.add(dbInstance('member', { engine: 'aurora-postgresql', clusterId: 'c1', iamAuth: false }));
      rds.instances.add(dbInstance('oracle', { engine: 'oracle-ee', iamAuth: false }));
      rds.instances.add(dbInstance('docs', { engine: 'docdb', iamAuth: false }));
    },
    expect: [
      { status: 'PASS', resource: 'mysql' },
      { status: 'FAIL', resource: 'pg', detail: 'does not have IAM' },
      { status: 'FAIL', resource: 'member', detail: 'cluster c1 level' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ rds }) => rds.instances.fail({ region: 'eu-west-1', operation: 'DescribeDBInstances', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'rds:DescribeDBInstances' }],
  },
]);
