import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { rule, securityGroup } from '../../../test/helpers/fixtures/ec2-security-groups.js';
import check from './ec2_securitygroup_default_restrict_traffic.js';

// The stock inbound rule admits the group's own members: no address ranges at all.
const selfReference = rule('-1', null, []);
const allOutbound = rule('-1', null, ['0.0.0.0/0']);

testCheck(check, [
  { name: 'no security groups', expect: [] },
  {
    name: 'a default group without rules passes',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { name: 'default' })),
    expect: [{ status: 'PASS', resource: 'sg-1', region: 'eu-west-1', detail: 'has no rules' }],
  },
  {
    name: 'a default group with its stock rules fails',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { name: 'default', ingressRules: [selfReference], egressRules: [allOutbound] })),
    expect: [{ status: 'FAIL', resource: 'sg-1', detail: 'allow traffic' }],
  },
  {
    name: 'an outbound rule alone fails',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { name: 'default', egressRules: [allOutbound] })),
    expect: [{ status: 'FAIL', resource: 'sg-1' }],
  },
  {
    name: 'groups other than the default are not judged',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { name: 'web', egressRules: [allOutbound] })),
    expect: [],
  },
  {
    name: 'an unused default group is skipped by default',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { name: 'default', networkInterfaceIds: [], egressRules: [allOutbound] })),
    expect: [],
  },
  {
    name: 'an unused default group is judged when unused services are scanned',
    options: { scanUnusedServices: true },
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { name: 'default', networkInterfaceIds: [], egressRules: [allOutbound] })),
    expect: [{ status: 'FAIL', resource: 'sg-1' }],
  },
  {
    name: 'a default group whose interfaces could not be listed is an error by default',
    given: ({ ec2 }) => {
      const unknown = securityGroup('sg-1', { name: 'default', networkInterfaceIds: unreadBy('ec2', 'DescribeNetworkInterfaces', 'eu-west-1') });
      ec2.securityGroups.add(unknown);
    },
    expect: [{ status: 'ERROR', resource: 'sg-1', detail: 'DescribeNetworkInterfaces' }],
  },
  {
    name: 'a region whose groups could not be listed is an error there',
    given: ({ ec2 }) => ec2.securityGroups.fail({ region: 'us-east-1', operation: 'DescribeSecurityGroups', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeSecurityGroups', region: 'us-east-1' }],
  },
]);
