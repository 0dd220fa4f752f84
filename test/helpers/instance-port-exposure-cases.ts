import type { CheckCase } from './check-cases.js';
import { unreadBy } from './fixtures/account.js';
import { instance } from './fixtures/ec2-instances.js';
import { rule, securityGroup } from './fixtures/ec2-security-groups.js';
import { subnet } from './fixtures/vpc.js';

type InstancePortUses = { readonly ec2: readonly ['instances', 'securityGroups']; readonly vpc: readonly ['subnets'] };

const PUBLIC_IP = '203.0.113.7';

/**
 * The cases every "instance port open to the Internet" check shares, given its ports, the
 * service name its findings use, and a port that must not trip it. Instance i-1 carries group
 * sg-1 and sits in subnet-1; each case opens sg-1 (or not) and places the instance.
 */
export function instancePortExposureCases(ports: readonly number[], service: string, otherPort: number): CheckCase<InstancePortUses>[] {
  const [port = 0] = ports;
  const lastPort = ports.at(-1) ?? port;
  const openOn = (from: number, to: number, ipv4: string[] = ['0.0.0.0/0'], ipv6: string[] = []) => securityGroup('sg-1', { ingressRules: [rule('tcp', [from, to], ipv4, ipv6)] });
  return [
    { name: 'no instances', expect: [] },
    {
      name: 'an instance whose group opens nothing passes',
      given: ({ ec2 }) => {
        ec2.instances.add(instance('i-1'));
        ec2.securityGroups.add(securityGroup('sg-1'));
      },
      expect: [{ status: 'PASS', resource: 'i-1', region: 'eu-west-1', detail: `Instance i-1 does not have ${service} port` }],
    },
    {
      name: `port ${port} open only to a private or narrower public range passes`,
      given: ({ ec2 }) => {
        ec2.instances.add(instance('i-1'));
        ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('tcp', [port, port], ['10.0.0.0/8', '198.51.100.0/24'])] }));
      },
      expect: [{ status: 'PASS', resource: 'i-1' }],
    },
    {
      name: `port ${otherPort} open to the Internet, or UDP on port ${port}, passes`,
      given: ({ ec2 }) => {
        ec2.instances.add(instance('i-1'));
        ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('tcp', [otherPort, otherPort], ['0.0.0.0/0']), rule('udp', [port, port], ['0.0.0.0/0'])] }));
      },
      expect: [{ status: 'PASS', resource: 'i-1' }],
    },
    {
      name: 'a group that opens the port but belongs to another instance does not count',
      given: ({ ec2 }) => {
        ec2.instances.add(instance('i-1', { securityGroupIds: ['sg-2'] }));
        ec2.securityGroups.add(openOn(port, port));
        ec2.securityGroups.add(securityGroup('sg-2'));
      },
      expect: [{ status: 'PASS', resource: 'i-1' }],
    },
    {
      name: 'an instance without groups passes even where groups could not be listed',
      given: ({ ec2 }) => {
        ec2.instances.add(instance('i-1', { securityGroupIds: [] }));
        ec2.securityGroups.fail({ region: 'eu-west-1', operation: 'DescribeSecurityGroups', message: 'UnauthorizedOperation: denied' });
      },
      expect: [{ status: 'PASS', resource: 'i-1' }],
    },
    {
      name: `port ${port} open to the Internet on an instance without a public IP fails at medium`,
      given: ({ ec2 }) => {
        ec2.instances.add(instance('i-1'));
        ec2.securityGroups.add(openOn(port, port));
      },
      expect: [{ status: 'FAIL', resource: 'i-1', severity: 'medium', detail: 'but it has no public IP address' }],
    },
    {
      name: `port ${lastPort} open over IPv6 on an instance with a public IP in a private subnet fails at high`,
      given: ({ ec2, vpc }) => {
        ec2.instances.add(instance('i-1', { publicIp: PUBLIC_IP }));
        ec2.securityGroups.add(openOn(lastPort, lastPort, [], ['::/0']));
        vpc.subnets.add(subnet('subnet-1'));
      },
      expect: [{ status: 'FAIL', resource: 'i-1', severity: 'high', detail: `on public IP address ${PUBLIC_IP}, but in private subnet subnet-1` }],
    },
    {
      name: 'a public IP in a public subnet fails at critical',
      given: ({ ec2, vpc }) => {
        ec2.instances.add(instance('i-1', { publicIp: PUBLIC_IP }));
        ec2.securityGroups.add(openOn(port, port));
        vpc.subnets.add(subnet('subnet-1', { public: true }));
      },
      expect: [{ status: 'FAIL', resource: 'i-1', severity: 'critical', detail: 'in public subnet subnet-1' }],
    },
    {
      name: 'a public IP in a subnet that was not listed, or in none, fails at high',
      given: ({ ec2, vpc }) => {
        ec2.instances.add(instance('i-1', { publicIp: PUBLIC_IP, subnetId: 'subnet-9' }));
        ec2.instances.add(instance('i-2', { publicIp: PUBLIC_IP, subnetId: null }));
        ec2.securityGroups.add(openOn(port, port));
        vpc.subnets.add(subnet('subnet-1', { public: true }));
      },
      expect: [
        { status: 'FAIL', resource: 'i-1', severity: 'high', detail: 'in a subnet that was not found (subnet-9)' },
        { status: 'FAIL', resource: 'i-2', severity: 'high' },
      ],
    },
    {
      name: 'rules on every protocol, or on every TCP port, open the port too',
      given: ({ ec2 }) => {
        ec2.instances.add(instance('i-1'));
        ec2.instances.add(instance('i-2', { securityGroupIds: ['sg-2'] }));
        ec2.securityGroups.add(securityGroup('sg-1', { ingressRules: [rule('-1', null, ['0.0.0.0/0'])] }));
        ec2.securityGroups.add(securityGroup('sg-2', { ingressRules: [rule('tcp', [0, 65535], ['0.0.0.0/0'])] }));
      },
      expect: [
        { status: 'FAIL', resource: 'i-1', severity: 'medium' },
        { status: 'FAIL', resource: 'i-2', severity: 'medium' },
      ],
    },
    {
      name: 'instances are judged whatever their state',
      given: ({ ec2 }) => {
        ec2.instances.add(instance('i-1', { state: 'stopped' }));
        ec2.instances.add(instance('i-2', { state: 'terminated' }));
        ec2.securityGroups.add(openOn(port, port));
      },
      expect: [
        { status: 'FAIL', resource: 'i-1' },
        { status: 'FAIL', resource: 'i-2' },
      ],
    },
    {
      name: 'an instance with groups, where groups could not be listed, is an error',
      given: ({ ec2 }) => {
        ec2.instances.add(instance('i-1'));
        ec2.securityGroups.fail({ region: 'eu-west-1', operation: 'DescribeSecurityGroups', message: 'UnauthorizedOperation: denied' });
      },
      expect: [{ status: 'ERROR', resource: 'i-1', detail: 'DescribeSecurityGroups' }],
    },
    {
      name: 'an exposed instance with a public IP, where subnets could not be listed, is an error; one without is rated all the same',
      given: ({ ec2, vpc }) => {
        ec2.instances.add(instance('i-1', { publicIp: PUBLIC_IP }));
        ec2.instances.add(instance('i-2'));
        ec2.securityGroups.add(openOn(port, port));
        vpc.subnets.fail({ region: 'eu-west-1', operation: 'DescribeSubnets', message: 'UnauthorizedOperation: denied' });
      },
      expect: [
        { status: 'ERROR', resource: 'i-1', detail: 'DescribeSubnets' },
        { status: 'FAIL', resource: 'i-2', severity: 'medium' },
      ],
    },
    {
      name: 'an exposed instance in a subnet whose route tables could not be read is an error',
      given: ({ ec2, vpc }) => {
        ec2.instances.add(instance('i-1', { publicIp: PUBLIC_IP }));
        ec2.securityGroups.add(openOn(port, port));
        vpc.subnets.add(subnet('subnet-1', { public: unreadBy('vpc', 'DescribeRouteTables') }));
      },
      expect: [{ status: 'ERROR', resource: 'i-1', detail: 'DescribeRouteTables' }],
    },
    {
      name: 'a region whose instances could not be listed is an error there',
      given: ({ ec2 }) => ec2.instances.fail({ region: 'us-east-1', operation: 'DescribeInstances', message: 'UnauthorizedOperation: denied' }),
      expect: [{ status: 'ERROR', resource: 'ec2:DescribeInstances', region: 'us-east-1' }],
    },
  ];
}
