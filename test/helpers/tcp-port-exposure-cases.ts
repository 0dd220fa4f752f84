import type { CheckLogic } from '../../src/checks/check.js';
import type { TcpService } from '../../src/checks/port-exposure.js';
import type { CheckCase } from './check-cases.js';
import { unreadBy } from './fixtures/account.js';
import { rule, securityGroup } from './fixtures/ec2-security-groups.js';

type SecurityGroupCheck = CheckLogic<{ readonly ec2: readonly ['securityGroups'] }>;

/**
 * The cases every "TCP ports open to the Internet" check shares (SSH 22, MySQL 3306, Cassandra
 * 7199/9160/8888...): the check, its service, and another port that must not trip it.
 */
export function tcpPortExposureCases(check: SecurityGroupCheck, service: TcpService, otherPort: number): CheckCase<{ readonly ec2: readonly ['securityGroups'] }>[] {
  const [port = 0] = service.ports;
  const lastPort = service.ports.at(-1) ?? port;
  return [
    { name: 'no security groups', expect: [] },
    {
      name: `port ${port} open only to a private range passes`,
      given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('tcp', [port, port], ['10.0.0.0/8'])] })),
      expect: [{ status: 'PASS', resource: 'sg-1', region: 'eu-west-1', detail: `admin-sg-1 (sg-1) does not open ${service.name} port` }],
    },
    {
      name: `port ${port} open to a public but narrower range passes`,
      given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('tcp', [port, port], ['203.0.113.0/24', '8.8.0.0/16'])] })),
      expect: [{ status: 'PASS', resource: 'sg-1' }],
    },
    {
      name: 'another port open to the Internet passes',
      given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('tcp', [otherPort, otherPort], ['0.0.0.0/0'])] })),
      expect: [{ status: 'PASS', resource: 'sg-1' }],
    },
    {
      name: `UDP on port ${port} from anywhere passes`,
      given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('udp', [port, port], ['0.0.0.0/0'])] })),
      expect: [{ status: 'PASS', resource: 'sg-1' }],
    },
    ...service.ports.map(
      (open): CheckCase<{ readonly ec2: readonly ['securityGroups'] }> => ({
        name: `TCP ${open} from anywhere over IPv4 fails`,
        given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('tcp', [open, open], ['10.0.0.0/8', '0.0.0.0/0'])] })),
        expect: [{ status: 'FAIL', resource: 'sg-1', detail: `opens ${service.name} port` }],
      }),
    ),
    {
      name: `a TCP range covering ${lastPort} from anywhere over IPv6 fails`,
      given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('tcp', [lastPort - 2, lastPort + 2], [], ['::/0'])] })),
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
      expect: [{ status: 'FAIL', resource: 'sg-all', detail: 'to the Internet' }],
    },
    {
      name: 'a group on no network interface is skipped by default',
      given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('tcp', [port, port], ['0.0.0.0/0'])], networkInterfaceIds: [] })),
      expect: [],
    },
    {
      name: 'a group on no network interface is judged when unused services are scanned',
      options: { scanUnusedServices: true },
      given: ({ ec2 }) => ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('tcp', [port, port], ['0.0.0.0/0'])], networkInterfaceIds: [] })),
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
  ];
}
