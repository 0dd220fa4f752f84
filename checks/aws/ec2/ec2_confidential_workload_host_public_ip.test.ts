import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { enclaveHost, instance } from '../../../test/helpers/fixtures/ec2-instances.js';
import { subnet } from '../../../test/helpers/fixtures/vpc.js';
import check from './ec2_confidential_workload_host_public_ip.js';

testCheck(check, [
  { name: 'no instances', expect: [] },
  {
    name: 'a host without public addresses in a private subnet passes',
    given: ({ ec2, vpc }) => {
      ec2.instances.add(enclaveHost('i-host'));
      vpc.subnets.add(subnet('subnet-1'));
    },
    expect: [{ status: 'PASS', resource: 'i-host', region: 'eu-west-1' }],
  },
  {
    name: 'a public IPv4 address fails, whatever the subnet',
    given: ({ ec2, vpc }) => {
      ec2.instances.add(enclaveHost('i-host', { publicIp: '54.1.2.3' }));
      vpc.subnets.add(subnet('subnet-1', { public: unreadBy('ec2', 'DescribeRouteTables') }));
    },
    expect: [{ status: 'FAIL', resource: 'i-host', detail: '54.1.2.3' }],
  },
  {
    name: 'a global IPv6 address fails; a link-local or unique-local one does not',
    given: ({ ec2, vpc }) => {
      ec2.instances.add(enclaveHost('i-global', { ipv6Addresses: ['2600:1f18::1'] }));
      ec2.instances.add(enclaveHost('i-local', { ipv6Addresses: ['fd00::5', 'fe80::1'] }));
      vpc.subnets.add(subnet('subnet-1'));
    },
    expect: [
      { status: 'FAIL', resource: 'i-global', detail: '2600:1f18::1' },
      { status: 'PASS', resource: 'i-local' },
    ],
  },
  {
    name: 'a subnet routing 0.0.0.0/0 or ::/0 to an internet gateway fails',
    given: ({ ec2, vpc }) => {
      ec2.instances.add(enclaveHost('i-v4', { subnetId: 'subnet-v4' }));
      ec2.instances.add(enclaveHost('i-v6', { subnetId: 'subnet-v6' }));
      vpc.subnets.add(subnet('subnet-v4', { public: true }));
      vpc.subnets.add(subnet('subnet-v6', { publicIpv6: true }));
    },
    expect: [
      { status: 'FAIL', resource: 'i-v4', detail: '0.0.0.0/0' },
      { status: 'FAIL', resource: 'i-v6', detail: '::/0' },
    ],
  },
  {
    name: 'a subnet that cannot be found leaves an otherwise private host for manual review',
    given: ({ ec2 }) => ec2.instances.add(enclaveHost('i-host', { subnetId: 'subnet-gone' })),
    expect: [{ status: 'MANUAL', resource: 'i-host', detail: 'subnet-gone' }],
  },
  {
    name: 'a host outside any subnet with no public address passes',
    given: ({ ec2 }) => ec2.instances.add(enclaveHost('i-host', { subnetId: null })),
    expect: [{ status: 'PASS', resource: 'i-host' }],
  },
  {
    name: 'instances without enclaves, and hosts going away, are not judged',
    given: ({ ec2 }) => {
      ec2.instances.add(instance('i-plain', { publicIp: '54.1.2.3' }));
      ec2.instances.add(enclaveHost('i-gone', { state: 'shutting-down', publicIp: '54.1.2.4' }));
    },
    expect: [],
  },
  {
    name: 'subnet routes that could not be read leave an otherwise private host unjudged',
    given: ({ ec2, vpc }) => {
      ec2.instances.add(enclaveHost('i-host'));
      vpc.subnets.add(subnet('subnet-1', { public: unreadBy('ec2', 'DescribeRouteTables') }));
    },
    expect: [{ status: 'ERROR', resource: 'i-host', detail: 'DescribeRouteTables' }],
  },
  {
    name: 'subnets that could not be listed in the host region leave it unjudged',
    given: ({ ec2, vpc }) => {
      ec2.instances.add(enclaveHost('i-host'));
      vpc.subnets.fail({ region: 'eu-west-1', operation: 'DescribeSubnets', message: 'UnauthorizedOperation: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'i-host', detail: 'DescribeSubnets' }],
  },
  {
    name: 'a region whose instances could not be listed is an error there',
    given: ({ ec2 }) => ec2.instances.fail({ region: 'us-east-1', operation: 'DescribeInstances', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeInstances', region: 'us-east-1' }],
  },
]);
