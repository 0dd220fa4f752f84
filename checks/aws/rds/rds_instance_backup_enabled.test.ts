import { testCheck } from '../../../test/helpers/check-cases.js';
import { dbInstance } from '../../../test/helpers/fixtures/rds.js';
import check from './rds_instance_backup_enabled.js';

testCheck(check, [
  { name: 'no instances', expect: [] },
  {
    name: 'passes with a retention period, fails without',
    given: ({ rds }) => {
      rds.instances.add(dbInstance('kept'));
      rds.instances.add(dbInstance('bare', { backupRetentionPeriod: 0, region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'kept', detail: '7 days' },
      { status: 'FAIL', resource: 'bare', region: 'us-east-1' },
    ],
  },
  { name: 'read replicas are skipped by default', given: ({ rds }) => rds.instances.add(dbInstance('replica', { readReplicaSource: 'kept', backupRetentionPeriod: 0 })), expect: [] },
  {
    name: 'read replicas are judged when check_rds_instance_replicas is set',
    config: { check_rds_instance_replicas: true },
    given: ({ rds }) => rds.instances.add(dbInstance('replica', { readReplicaSource: 'kept', backupRetentionPeriod: 0 })),
    expect: [{ status: 'FAIL', resource: 'replica' }],
  },
  { name: 'DocumentDB is left to its own checks', given: ({ rds }) => rds.instances.add(dbInstance('docs', { engine: 'docdb', backupRetentionPeriod: 0 })), expect: [] },
  {
    name: 'a failed listing is an error',
    given: ({ rds }) => rds.instances.fail({ region: 'eu-west-1', operation: 'DescribeDBInstances', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'rds:DescribeDBInstances' }],
  },
]);
