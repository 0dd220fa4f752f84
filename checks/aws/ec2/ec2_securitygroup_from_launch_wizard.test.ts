import { testCheck } from '../../../test/helpers/check-cases.js';
import { securityGroup } from '../../../test/helpers/fixtures/ec2-security-groups.js';
import check from './ec2_securitygroup_from_launch_wizard.js';

testCheck(check, [
  { name: 'no security groups', expect: [] },
  {
    name: 'a group with a chosen name passes',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { name: 'web' })),
    expect: [{ status: 'PASS', resource: 'sg-1', region: 'eu-west-1', detail: 'was not made by the EC2 launch wizard' }],
  },
  {
    name: 'a launch-wizard group fails, in use or not',
    given: ({ ec2 }) => {
      ec2.securityGroups.add(securityGroup('sg-1', { name: 'launch-wizard-3' }));
      ec2.securityGroups.add(securityGroup('sg-2', { name: 'old-launch-wizard-1', networkInterfaceIds: [] }));
    },
    expect: [
      { status: 'FAIL', resource: 'sg-1', detail: 'was made by the EC2 launch wizard' },
      { status: 'FAIL', resource: 'sg-2' },
    ],
  },
  {
    name: 'a region whose groups could not be listed is an error there',
    given: ({ ec2 }) => ec2.securityGroups.fail({ region: 'us-east-1', operation: 'DescribeSecurityGroups', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeSecurityGroups', region: 'us-east-1' }],
  },
]);
