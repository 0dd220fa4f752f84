import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { rule, securityGroup } from '../../../test/helpers/fixtures/ec2-security-groups.js';
import check from './ec2_securitygroup_allow_ingress_from_internet_to_all_ports.js';

testCheck(check, [
  { name: 'no security groups', expect: [] },
  {
    name: 'a group opening only some ports passes',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { name: 'web-sg-1', ingressRules: [rule('tcp', [443, 443], ['0.0.0.0/0']), rule('tcp', [0, 65535], ['10.0.0.0/8'])] })),
    expect: [{ status: 'PASS', resource: 'sg-1', region: 'eu-west-1', detail: 'web-sg-1 (sg-1) does not open every port' }],
  },
  {
    name: 'an all-traffic rule from anywhere (IPv4) fails',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { name: 'web-sg-1', ingressRules: [rule('-1', null, ['0.0.0.0/0'])] })),
    expect: [{ status: 'FAIL', resource: 'sg-1', detail: 'opens every port', severity: 'critical' }],
  },
  {
    name: 'an all-traffic rule from anywhere (IPv6) fails',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { name: 'web-sg-1', ingressRules: [rule('-1', null, [], ['::/0'])] })),
    expect: [{ status: 'FAIL', resource: 'sg-1' }],
  },
  {
    name: 'the full port range of one protocol from anywhere fails',
    given: ({ ec2 }) => {
      ec2.securityGroups.add(securityGroup('sg-tcp', { name: 'web-sg-tcp', ingressRules: [rule('tcp', [0, 65535], ['0.0.0.0/0'])] }));
      ec2.securityGroups.add(securityGroup('sg-udp', { name: 'web-sg-udp', ingressRules: [rule('udp', [0, 65535], [], ['::/0'])] }));
    },
    expect: [
      { status: 'FAIL', resource: 'sg-tcp' },
      { status: 'FAIL', resource: 'sg-udp' },
    ],
  },
  {
    name: 'only the whole Internet counts: a public but narrower source passes',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { name: 'web-sg-1', ingressRules: [rule('-1', null, ['203.0.113.0/24'])] })),
    expect: [{ status: 'PASS', resource: 'sg-1' }],
  },
  {
    name: 'an ICMP rule for every type from anywhere passes',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { name: 'web-sg-1', ingressRules: [rule('icmp', [-1, -1], ['0.0.0.0/0'])] })),
    expect: [{ status: 'PASS', resource: 'sg-1' }],
  },
  {
    name: 'a group on no network interface is skipped by default',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { name: 'web-sg-1', ingressRules: [rule('-1', null, ['0.0.0.0/0'])], networkInterfaceIds: [] })),
    expect: [],
  },
  {
    name: 'a group on no network interface is judged, one severity lower, when unused services are scanned',
    options: { scanUnusedServices: true },
    given: ({ ec2 }) => {
      ec2.securityGroups.add(securityGroup('sg-1', { name: 'web-sg-1', ingressRules: [rule('-1', null, ['0.0.0.0/0'])], networkInterfaceIds: [] }));
      ec2.securityGroups.add(securityGroup('sg-2', { name: 'web-sg-2', networkInterfaceIds: [] }));
      ec2.securityGroups.add(securityGroup('sg-3', { name: 'web-sg-3', ingressRules: [rule('-1', null, ['0.0.0.0/0'])] }));
    },
    expect: [
      { status: 'FAIL', resource: 'sg-1', severity: 'high' },
      { status: 'PASS', resource: 'sg-2', severity: 'high' },
      { status: 'FAIL', resource: 'sg-3', severity: 'critical' },
    ],
  },
  {
    name: 'a group whose interfaces could not be listed is an error by default',
    given: ({ ec2 }) => {
      const unknown = securityGroup('sg-1', { name: 'web-sg-1', networkInterfaceIds: unreadBy('ec2', 'DescribeNetworkInterfaces', 'eu-west-1') });
      ec2.securityGroups.add(unknown);
    },
    expect: [{ status: 'ERROR', resource: 'sg-1', detail: 'DescribeNetworkInterfaces' }],
  },
  {
    name: 'unknown interfaces leave the severity unknown, so an error, also when unused services are scanned',
    options: { scanUnusedServices: true },
    given: ({ ec2 }) => {
      const unknown = securityGroup('sg-1', { name: 'web-sg-1', networkInterfaceIds: unreadBy('ec2', 'DescribeNetworkInterfaces', 'eu-west-1') });
      ec2.securityGroups.add(unknown);
    },
    expect: [{ status: 'ERROR', resource: 'sg-1', detail: 'DescribeNetworkInterfaces' }],
  },
  {
    name: 'a region whose groups could not be listed is an error there',
    given: ({ ec2 }) => ec2.securityGroups.fail({ region: 'us-east-1', operation: 'DescribeSecurityGroups', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeSecurityGroups', region: 'us-east-1', detail: 'Could not list ec2 security groups' }],
  },
]);
