import { testCheck } from '../../../test/helpers/check-cases.js';
import { dbInstance } from '../../../test/helpers/fixtures/rds.js';
import check from './rds_instance_enhanced_monitoring_enabled.js';

testCheck(check, [
  { name: 'no resources', expect: [] },
  {
    name: 'judges each one, in its own region',
    given: ({ rds }) => {
      rds.instances.add(dbInstance('good', {}));
      rds.instances.add(dbInstance('bad', { region: 'us-east-1', ...{ enhancedMonitoringArn: null } }));
    },
    expect: [
      { status: 'PASS', resource: 'good', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'bad', region: 'us-east-1', detail: 'does not have enhanced monitoring' },
    ],
  },
  {
    name: 'DocumentDB is left to its own checks',
    given: ({ rds }) => rds.instances.add(dbInstance('docs', { engine: 'docdb', ...{ enhancedMonitoringArn: null } })),
    expect: [],
  },
  {
    name: 'a failed listing is an error',
    given: ({ rds }) => rds.instances.fail({ region: 'eu-west-1', operation: 'DescribeDBInstances', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'rds:DescribeDBInstances' }],
  },
]);
