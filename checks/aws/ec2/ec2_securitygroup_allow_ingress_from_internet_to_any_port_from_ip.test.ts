import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { rule, securityGroup } from '../../../test/helpers/fixtures/ec2-security-groups.js';
import check from './ec2_securitygroup_allow_ingress_from_internet_to_any_port_from_ip.js';

testCheck(check, [
  { name: 'no security groups', expect: [] },
  {
    name: 'rules from private, documentation and shared ranges pass',
    given: ({ ec2 }) =>
      ec2.securityGroups.add(
        securityGroup('sg-1', { ingressRules: [rule('tcp', [22, 22], ['10.0.0.0/8', '192.168.1.10/32', '203.0.113.0/24', '100.64.0.0/10'], ['fd00::/8', '2001:db8::/32'])] }),
      ),
    expect: [{ status: 'PASS', resource: 'sg-1', region: 'eu-west-1', detail: 'opens no port to a specific public address' }],
  },
  {
    name: 'rules only from the wildcards are left to the other checks and pass',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('tcp', [22, 22], ['0.0.0.0/0'], ['::/0'])] })),
    expect: [{ status: 'PASS', resource: 'sg-1' }],
  },
  {
    name: 'a port open to one public IPv4 or IPv6 address fails',
    given: ({ ec2 }) => {
      ec2.securityGroups.add(securityGroup('sg-v4', { ingressRules: [rule('tcp', [443, 443], ['8.8.8.8/32'])] }));
      ec2.securityGroups.add(securityGroup('sg-v6', { ingressRules: [rule('udp', [53, 53], [], ['2600:1f18::/32'])] }));
      ec2.securityGroups.add(securityGroup('sg-all', { ingressRules: [rule('-1', null, ['52.0.0.0/8'])] }));
    },
    expect: [
      { status: 'FAIL', resource: 'sg-v4', detail: 'opens a port to a specific public address' },
      { status: 'FAIL', resource: 'sg-v6' },
      { status: 'FAIL', resource: 'sg-all' },
    ],
  },
  {
    name: 'a rule naming a private range beside a wildcard fails, as in Prowler',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('tcp', [80, 80], ['10.0.0.0/8', '0.0.0.0/0'])] })),
    expect: [{ status: 'FAIL', resource: 'sg-1' }],
  },
  {
    name: 'a protocol-number rule without ports from a public address passes',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('47', null, ['8.8.8.8/32'])] })),
    expect: [{ status: 'PASS', resource: 'sg-1' }],
  },
  {
    name: 'a group open on every port is left to the all-ports check and passes here',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('-1', null, ['0.0.0.0/0']), rule('tcp', [22, 22], ['8.8.8.8/32'])] })),
    expect: [{ status: 'PASS', resource: 'sg-1', detail: 'were not judged' }],
  },
  {
    name: 'without the all-ports check in the scan, that group is judged here',
    checksInScan: [check.id],
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('-1', null, ['0.0.0.0/0']), rule('tcp', [22, 22], ['8.8.8.8/32'])] })),
    expect: [{ status: 'FAIL', resource: 'sg-1' }],
  },
  {
    name: 'a group on no network interface is skipped by default and judged when unused services are scanned',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('tcp', [443, 443], ['8.8.8.8/32'])], networkInterfaceIds: [] })),
    expect: [],
  },
  {
    name: 'an unused group is judged when unused services are scanned',
    options: { scanUnusedServices: true },
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('tcp', [443, 443], ['8.8.8.8/32'])], networkInterfaceIds: [] })),
    expect: [{ status: 'FAIL', resource: 'sg-1' }],
  },
  {
    name: 'a group whose interfaces could not be listed is an error by default',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { networkInterfaceIds: unreadBy('ec2', 'DescribeNetworkInterfaces') })),
    expect: [{ status: 'ERROR', resource: 'sg-1', detail: 'DescribeNetworkInterfaces' }],
  },
  {
    name: 'a region whose groups could not be listed is an error there',
    given: ({ ec2 }) => ec2.securityGroups.fail({ region: 'us-east-1', operation: 'DescribeSecurityGroups', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeSecurityGroups', region: 'us-east-1' }],
  },
]);
