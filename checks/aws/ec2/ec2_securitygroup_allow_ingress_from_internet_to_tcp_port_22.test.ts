import { testCheck } from '../../../test/helpers/check-cases.js';
import { rule, securityGroup } from '../../../test/helpers/fixtures/ec2.js';
import check from './ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22.js';

testCheck(check, [
  { name: 'no security groups', expect: [] },
  {
    name: 'port 22 open only to a private range passes',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('tcp', [22, 22], ['10.0.0.0/8'])] })),
    expect: [{ status: 'PASS', resource: 'sg-1', region: 'eu-west-1', detail: 'admin-sg-1 (sg-1) does not open SSH port 22' }],
  },
  {
    name: 'port 22 open to a public but narrower range passes',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('tcp', [22, 22], ['203.0.113.0/24'])] })),
    expect: [{ status: 'PASS', resource: 'sg-1' }],
  },
  {
    name: 'another port open to the Internet passes',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('tcp', [3389, 3389], ['0.0.0.0/0'])] })),
    expect: [{ status: 'PASS', resource: 'sg-1' }],
  },
  {
    name: 'UDP on port 22 from anywhere passes',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('udp', [22, 22], ['0.0.0.0/0'])] })),
    expect: [{ status: 'PASS', resource: 'sg-1' }],
  },
  {
    name: 'TCP 22 from anywhere over IPv4 fails',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('tcp', [22, 22], ['10.0.0.0/8', '0.0.0.0/0'])] })),
    expect: [{ status: 'FAIL', resource: 'sg-1', detail: 'opens SSH port 22 to the Internet' }],
  },
  {
    name: 'a TCP range covering 22 from anywhere over IPv6 fails',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('tcp', [22 - 2, 22 + 2], [], ['::/0'])] })),
    expect: [{ status: 'FAIL', resource: 'sg-1' }],
  },
  {
    name: 'a group open on every port is left to the all-ports check and passes here',
    given: ({ ec2 }) => {
      ec2.securityGroups.add(securityGroup('sg-all', { ingressRules: [rule('-1', null, ['0.0.0.0/0'])] }));
      ec2.securityGroups.add(securityGroup('sg-range', { ingressRules: [rule('tcp', [0, 65535], ['0.0.0.0/0'])] }));
    },
    expect: [
      { status: 'PASS', resource: 'sg-all', detail: 'was not judged on its own' },
      { status: 'PASS', resource: 'sg-range', detail: 'was not judged on its own' },
    ],
  },
  {
    name: 'a group open on every port fails here when the all-ports check is not in the scan',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-all', { ingressRules: [rule('-1', null, ['0.0.0.0/0'])] })),
    checksInScan: [check.id],
    expect: [{ status: 'FAIL', resource: 'sg-all', detail: 'port 22 to the Internet' }],
  },
  {
    name: 'a group on no network interface is skipped by default',
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('tcp', [22, 22], ['0.0.0.0/0'])], networkInterfaceIds: [] })),
    expect: [],
  },
  {
    name: 'a group on no network interface is judged when unused services are scanned',
    options: { scanUnusedServices: true },
    given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('tcp', [22, 22], ['0.0.0.0/0'])], networkInterfaceIds: [] })),
    expect: [{ status: 'FAIL', resource: 'sg-1' }],
  },
  {
    name: 'a group whose interfaces could not be listed is an error by default',
    given: ({ ec2 }) => {
      const unknown = securityGroup('sg-1', { networkInterfaceIds: undefined });
      ec2.securityGroups.add(unknown);
      ec2.securityGroups.fail({ region: 'eu-west-1', operation: 'DescribeNetworkInterfaces', message: 'UnauthorizedOperation: denied', resourceArn: unknown.arn });
    },
    expect: [{ status: 'ERROR', resource: 'sg-1', detail: 'DescribeNetworkInterfaces' }],
  },
  {
    name: 'a region whose groups could not be listed is an error there',
    given: ({ ec2 }) => ec2.securityGroups.fail({ region: 'us-east-1', operation: 'DescribeSecurityGroups', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeSecurityGroups', region: 'us-east-1' }],
  },
]);
