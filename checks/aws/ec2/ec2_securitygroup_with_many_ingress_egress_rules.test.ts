import { testCheck } from '../../../test/helpers/check-cases.js';
import { rule, securityGroup } from '../../../test/helpers/fixtures/ec2-security-groups.js';
import check from './ec2_securitygroup_with_many_ingress_egress_rules.js';

const rules = (count: number) => Array.from({ length: count }, (_, index) => rule('tcp', [1000 + index, 1000 + index], ['10.0.0.0/8']));

testCheck(check, [
  { name: 'no security groups', expect: [] },
  {
    name: '50 rules each way pass: the limit holds for each direction, not their sum',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: rules(50), egressRules: rules(50) })),
    expect: [{ status: 'PASS', resource: 'sg-1', region: 'eu-west-1', detail: '50 inbound and 50 outbound rules' }],
  },
  {
    name: 'more than 50 in one direction fails, unused groups included',
    given: ({ ec2 }) => {
      ec2.securityGroups.add(securityGroup('sg-in', { ingressRules: rules(51) }));
      ec2.securityGroups.add(securityGroup('sg-out', { egressRules: rules(51), networkInterfaceIds: [] }));
    },
    expect: [
      { status: 'FAIL', resource: 'sg-in', detail: 'more than 50' },
      { status: 'FAIL', resource: 'sg-out' },
    ],
  },
  {
    name: 'the limit comes from the config',
    config: { max_security_group_rules: 2 },
    given: ({ ec2 }) => {
      ec2.securityGroups.add(securityGroup('sg-2', { ingressRules: rules(2) }));
      ec2.securityGroups.add(securityGroup('sg-3', { ingressRules: rules(3) }));
    },
    expect: [
      { status: 'PASS', resource: 'sg-2' },
      { status: 'FAIL', resource: 'sg-3' },
    ],
  },
  {
    name: 'a region whose groups could not be listed is an error there',
    given: ({ ec2 }) => ec2.securityGroups.fail({ region: 'us-east-1', operation: 'DescribeSecurityGroups', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeSecurityGroups', region: 'us-east-1' }],
  },
]);
