import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { securityGroup } from '../../../test/helpers/fixtures/ec2-security-groups.js';
import { lambdaFunction } from '../../../test/helpers/fixtures/lambda.js';
import check from './ec2_securitygroup_not_used.js';

const unused = (id: string) => securityGroup(id, { networkInterfaceIds: [] });

testCheck(check, [
  { name: 'no security groups', expect: [] },
  {
    name: 'a group on a network interface passes',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1')),
    expect: [{ status: 'PASS', resource: 'sg-1', region: 'eu-west-1', detail: 'is used by a network interface' }],
  },
  {
    name: 'a group on nothing fails',
    given: ({ ec2 }) => ec2.securityGroups.add(unused('sg-1')),
    expect: [{ status: 'FAIL', resource: 'sg-1', detail: 'is used by no network interface, Lambda function or security group rule' }],
  },
  {
    name: 'default groups are not judged',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { name: 'default', networkInterfaceIds: [] })),
    expect: [],
  },
  {
    name: "a group named in a Lambda function's VPC settings passes; one named by a function of another region does not",
    given: ({ ec2, lambda }) => {
      ec2.securityGroups.add(unused('sg-1'));
      ec2.securityGroups.add(unused('sg-2'));
      lambda.functions.add(lambdaFunction('api', { vpcId: 'vpc-1', securityGroupIds: ['sg-1'] }));
      lambda.functions.add(lambdaFunction('other', { region: 'us-east-1', vpcId: 'vpc-9', securityGroupIds: ['sg-2'] }));
    },
    expect: [
      { status: 'PASS', resource: 'sg-1', detail: 'a Lambda function' },
      { status: 'FAIL', resource: 'sg-2' },
    ],
  },
  {
    name: "a group another group's inbound rule refers to passes, and so does one referring to itself",
    given: ({ ec2 }) => {
      ec2.securityGroups.add(unused('sg-db'));
      ec2.securityGroups.add(securityGroup('sg-app', { ingressSourceGroupIds: ['sg-db'] }));
      ec2.securityGroups.add(securityGroup('sg-self', { networkInterfaceIds: [], ingressSourceGroupIds: ['sg-self'] }));
    },
    expect: [
      { status: 'PASS', resource: 'sg-db', detail: 'a security group rule' },
      { status: 'PASS', resource: 'sg-app' },
      { status: 'PASS', resource: 'sg-self' },
    ],
  },
  {
    name: 'unread interfaces do not matter when another use is known',
    given: ({ ec2, lambda }) => {
      ec2.securityGroups.add(securityGroup('sg-1', { networkInterfaceIds: unreadBy('ec2', 'DescribeNetworkInterfaces') }));
      lambda.functions.add(lambdaFunction('api', { securityGroupIds: ['sg-1'] }));
    },
    expect: [{ status: 'PASS', resource: 'sg-1' }],
  },
  {
    name: 'unread interfaces with no other use known are an error',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { networkInterfaceIds: unreadBy('ec2', 'DescribeNetworkInterfaces') })),
    expect: [{ status: 'ERROR', resource: 'sg-1', detail: 'DescribeNetworkInterfaces' }],
  },
  {
    name: "an unused group is an error when its region's functions could not be listed",
    given: ({ ec2, lambda }) => {
      ec2.securityGroups.add(unused('sg-1'));
      ec2.securityGroups.add(securityGroup('sg-2'));
      lambda.functions.fail({ region: 'eu-west-1', operation: 'ListFunctions', message: 'AccessDeniedException: denied' });
    },
    expect: [
      { status: 'ERROR', resource: 'sg-1', detail: 'ListFunctions' },
      { status: 'PASS', resource: 'sg-2' },
    ],
  },
  {
    name: 'a region whose groups could not be listed is an error there',
    given: ({ ec2 }) => ec2.securityGroups.fail({ region: 'us-east-1', operation: 'DescribeSecurityGroups', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeSecurityGroups', region: 'us-east-1' }],
  },
]);
