import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { rule, securityGroup } from '../../../test/helpers/fixtures/ec2-security-groups.js';
import check from './ec2_securitygroup_allow_wide_open_public_ipv4.js';

testCheck(check, [
  { name: 'no security groups', expect: [] },
  {
    name: 'narrow public ranges, private ranges, the wildcard and IPv6 ranges pass',
    given: ({ ec2 }) =>
      ec2.securityGroups.add(
        securityGroup('sg-1', {
          ingressRules: [rule('tcp', [443, 443], ['8.8.8.0/24', '10.0.0.0/8', '100.64.0.0/10', '0.0.0.0/0'], ['2600::/16'])],
          egressRules: [rule('-1', null, ['172.16.0.0/12', '1.2.3.4/32'])],
        }),
      ),
    expect: [{ status: 'PASS', resource: 'sg-1', region: 'eu-west-1', detail: 'has no rule for a wide public IPv4 range' }],
  },
  {
    name: 'a public range wider than /24 fails, inbound or outbound',
    given: ({ ec2 }) => {
      ec2.securityGroups.add(securityGroup('sg-in', { ingressRules: [rule('tcp', [22, 22], ['8.8.0.0/23'])] }));
      ec2.securityGroups.add(securityGroup('sg-out', { egressRules: [rule('-1', null, ['52.0.0.0/8'])] }));
    },
    expect: [
      { status: 'FAIL', resource: 'sg-in', detail: 'wide public IPv4 range 8.8.0.0/23' },
      { status: 'FAIL', resource: 'sg-out', detail: '52.0.0.0/8' },
    ],
  },
  {
    name: 'a range straddling private and public space counts as public',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('tcp', [22, 22], ['0.0.0.0/1'])] })),
    expect: [{ status: 'FAIL', resource: 'sg-1' }],
  },
  {
    name: 'a group on no network interface is skipped by default',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('tcp', [22, 22], ['8.0.0.0/8'])], networkInterfaceIds: [] })),
    expect: [],
  },
  {
    name: 'an unused group is judged when unused services are scanned',
    options: { scanUnusedServices: true },
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('tcp', [22, 22], ['8.0.0.0/8'])], networkInterfaceIds: [] })),
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
