import { testCheck } from '../../../test/helpers/check-cases.js';
import { dbInstance } from '../../../test/helpers/fixtures/rds.js';
import check from './rds_instance_inside_vpc.js';

testCheck(check, [
  { name: 'no resources', expect: [] },
  {
    name: 'judges each one, in its own region',
    given: ({ rds }) => {
      rds.instances.add(dbInstance('good', {}));
      rds.instances.add(dbInstance('bad', { region: 'us-east-1', ...{ vpcId: null } }));
    },
    expect: [
      { status: 'PASS', resource: 'good', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'bad', region: 'us-east-1', detail: 'not deployed in a VPC' },
    ],
  },
  {
    name: 'DocumentDB is left to its own checks',
    given: ({ rds }) => rds.instances.add(dbInstance('docs', { engine: 'docdb', ...{ vpcId: null } })),
    expect: [],
  },
  {
    name: 'a failed listing is an error',
    given: ({ rds }) => rds.instances.fail({ region: 'eu-west-1', operation: 'DescribeDBInstances', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'rds:DescribeDBInstances' }],
  },
]);
