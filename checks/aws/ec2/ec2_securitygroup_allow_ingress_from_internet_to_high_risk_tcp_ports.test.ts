import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { rule, securityGroup } from '../../../test/helpers/fixtures/ec2-security-groups.js';
import check from './ec2_securitygroup_allow_ingress_from_internet_to_high_risk_tcp_ports.js';

testCheck(check, [
  { name: 'no security groups', expect: [] },
  {
    name: 'high-risk ports open only to private ranges, or over UDP, pass',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('tcp', [25, 25], ['10.0.0.0/8']), rule('udp', [445, 445], ['0.0.0.0/0'])] })),
    expect: [{ status: 'PASS', resource: 'sg-1', region: 'eu-west-1', detail: 'opens no high-risk TCP port' }],
  },
  {
    name: 'default high-risk ports open to anywhere fail, each named',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('tcp', [25, 25], ['0.0.0.0/0']), rule('tcp', [8000, 8100], [], ['::/0'])] })),
    expect: [{ status: 'FAIL', resource: 'sg-1', detail: 'ports 25, 8080 and 8088 to the Internet' }],
  },
  {
    name: 'the ports come from the config',
    config: { ec2_high_risk_ports: [9999] },
    given: ({ ec2 }) => {
      ec2.securityGroups.add(securityGroup('sg-default-port', { ingressRules: [rule('tcp', [25, 25], ['0.0.0.0/0'])] }));
      ec2.securityGroups.add(securityGroup('sg-configured-port', { ingressRules: [rule('tcp', [9999, 9999], ['0.0.0.0/0'])] }));
    },
    expect: [
      { status: 'PASS', resource: 'sg-default-port' },
      { status: 'FAIL', resource: 'sg-configured-port', detail: '9999' },
    ],
  },
  {
    name: 'a group open on every port is left to the all-ports check and passes here',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('-1', null, ['0.0.0.0/0'])] })),
    expect: [{ status: 'PASS', resource: 'sg-1', detail: 'were not judged' }],
  },
  {
    name: 'without the all-ports check in the scan, that group fails here',
    checksInScan: [check.id],
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('-1', null, ['0.0.0.0/0'])] })),
    expect: [{ status: 'FAIL', resource: 'sg-1' }],
  },
  {
    name: 'a group on no network interface is skipped by default',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('tcp', [25, 25], ['0.0.0.0/0'])], networkInterfaceIds: [] })),
    expect: [],
  },
  {
    name: 'an unused group is judged when unused services are scanned',
    options: { scanUnusedServices: true },
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('tcp', [25, 25], ['0.0.0.0/0'])], networkInterfaceIds: [] })),
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
