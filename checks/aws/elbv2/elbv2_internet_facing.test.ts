import { testCheck } from '../../../test/helpers/check-cases.js';
import { rule, securityGroup } from '../../../test/helpers/fixtures/ec2-security-groups.js';
import { loadBalancer } from '../../../test/helpers/fixtures/elbv2.js';
import check from './elbv2_internet_facing.js';

testCheck(check, [
  { name: 'no load balancers', expect: [] },
  {
    name: 'internet-facing fails only through a group open to the Internet on every TCP port or protocol',
    given: ({ elbv2, ec2 }) => {
      ec2.securityGroups.add(securityGroup('sg-all', { ingressRules: [rule('-1', null, ['0.0.0.0/0'])] }));
      ec2.securityGroups.add(securityGroup('sg-tcp', { ingressRules: [rule('tcp', [0, 65535], [], ['::/0'])] }));
      ec2.securityGroups.add(securityGroup('sg-443', { ingressRules: [rule('tcp', [443, 443], ['0.0.0.0/0'])] }));
      ec2.securityGroups.add(securityGroup('sg-udp', { ingressRules: [rule('udp', [0, 65535], ['0.0.0.0/0'])] }));
      ec2.securityGroups.add(securityGroup('sg-all', { region: 'us-east-1' }));
      elbv2.loadBalancers.add(loadBalancer('internal', { securityGroups: ['sg-all'] }));
      elbv2.loadBalancers.add(loadBalancer('open-all', { scheme: 'internet-facing', securityGroups: ['sg-443', 'sg-all'] }));
      elbv2.loadBalancers.add(loadBalancer('open-tcp', { scheme: 'internet-facing', securityGroups: ['sg-tcp'] }));
      elbv2.loadBalancers.add(loadBalancer('https-only', { scheme: 'internet-facing', securityGroups: ['sg-443', 'sg-udp'] }));
      elbv2.loadBalancers.add(loadBalancer('nlb', { type: 'network', scheme: 'internet-facing' }));
      elbv2.loadBalancers.add(loadBalancer('other-region', { region: 'us-east-1', scheme: 'internet-facing', securityGroups: ['sg-all'] }));
    },
    expect: [
      { status: 'PASS', resource: 'internal', detail: 'is internal' },
      { status: 'FAIL', resource: 'open-all', detail: 'security group sg-all' },
      { status: 'FAIL', resource: 'open-tcp', detail: 'sg-tcp' },
      { status: 'PASS', resource: 'https-only', detail: 'internet-facing scheme' },
      { status: 'PASS', resource: 'nlb' },
      { status: 'PASS', resource: 'other-region', region: 'us-east-1' },
    ],
  },
  {
    name: 'security groups that could not be listed are an error for internet-facing load balancers with groups',
    given: ({ elbv2, ec2 }) => {
      ec2.securityGroups.fail({ region: 'eu-west-1', operation: 'DescribeSecurityGroups', message: 'AccessDenied: denied' });
      elbv2.loadBalancers.add(loadBalancer('public', { scheme: 'internet-facing', securityGroups: ['sg-1'] }));
      elbv2.loadBalancers.add(loadBalancer('internal', { securityGroups: ['sg-1'] }));
    },
    expect: [
      { status: 'ERROR', resource: 'public', detail: 'DescribeSecurityGroups' },
      { status: 'PASS', resource: 'internal' },
    ],
  },
  {
    name: 'a region whose load balancers could not be listed is an error there',
    given: ({ elbv2 }) => elbv2.loadBalancers.fail({ region: 'eu-west-1', operation: 'DescribeLoadBalancers', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'elbv2:DescribeLoadBalancers', region: 'eu-west-1' }],
  },
]);
