import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { firewall } from '../../../test/helpers/fixtures/networkfirewall.js';
import { vpc } from '../../../test/helpers/fixtures/vpc.js';
import check from './networkfirewall_in_all_vpc.js';

testCheck(check, [
  { name: 'no VPCs', expect: [] },
  {
    name: 'a VPC with a firewall passes, named by its Name tag',
    given: ({ vpc: network, networkfirewall }) => {
      network.vpcs.add(vpc('vpc-1', { name: 'prod' }));
      networkfirewall.firewalls.add(firewall('edge', { vpcId: 'vpc-1' }));
    },
    expect: [{ status: 'PASS', resource: 'vpc-1', region: 'eu-west-1', detail: 'VPC prod is protected by Network Firewall edge' }],
  },
  {
    name: 'a VPC whose only firewall sits in another VPC fails',
    given: ({ vpc: network, networkfirewall }) => {
      network.vpcs.add(vpc('vpc-1'));
      networkfirewall.firewalls.add(firewall('edge', { vpcId: 'vpc-2' }));
    },
    expect: [{ status: 'FAIL', resource: 'vpc-1', detail: 'VPC vpc-1 has no Network Firewall' }],
  },
  {
    name: 'an unused VPC is skipped by default',
    given: ({ vpc: network }) => network.vpcs.add(vpc('vpc-1', { inUse: false })),
    expect: [],
  },
  {
    name: 'an unused VPC is judged when unused services are scanned',
    options: { scanUnusedServices: true },
    given: ({ vpc: network }) => network.vpcs.add(vpc('vpc-1', { inUse: false, isDefault: true })),
    expect: [{ status: 'FAIL', resource: 'vpc-1' }],
  },
  {
    name: 'a VPC whose use could not be read is an error by default',
    given: ({ vpc: network }) => network.vpcs.add(vpc('vpc-1', { inUse: unreadBy('vpc', 'DescribeNetworkInterfaces') })),
    expect: [{ status: 'ERROR', resource: 'vpc-1', detail: 'DescribeNetworkInterfaces' }],
  },
  {
    name: 'a firewall that could not be described hides whether it guards the VPC',
    given: ({ vpc: network, networkfirewall }) => {
      network.vpcs.add(vpc('vpc-1'));
      networkfirewall.firewalls.add(firewall('edge', { vpcId: unreadBy('networkfirewall', 'DescribeFirewall') }));
    },
    expect: [{ status: 'ERROR', resource: 'vpc-1', detail: 'DescribeFirewall' }],
  },
  {
    name: 'another firewall known to guard the VPC settles it despite an undescribed one',
    given: ({ vpc: network, networkfirewall }) => {
      network.vpcs.add(vpc('vpc-1'));
      networkfirewall.firewalls.add(firewall('unknown', { vpcId: unreadBy('networkfirewall', 'DescribeFirewall') }));
      networkfirewall.firewalls.add(firewall('edge', { vpcId: 'vpc-1' }));
    },
    expect: [{ status: 'PASS', resource: 'vpc-1' }],
  },
  {
    name: 'firewalls that could not be listed in the VPC region are an error for its VPCs only',
    given: ({ vpc: network, networkfirewall }) => {
      network.vpcs.add(vpc('vpc-1'));
      network.vpcs.add(vpc('vpc-2', { region: 'us-east-1' }));
      networkfirewall.firewalls.fail({ region: 'eu-west-1', operation: 'ListFirewalls', message: 'AccessDeniedException: denied' });
    },
    expect: [
      { status: 'ERROR', resource: 'vpc-1', region: 'eu-west-1', detail: 'ListFirewalls' },
      { status: 'FAIL', resource: 'vpc-2', region: 'us-east-1' },
    ],
  },
  {
    name: 'a region whose VPCs could not be listed is an error there',
    given: ({ vpc: network }) => network.vpcs.fail({ region: 'us-east-1', operation: 'DescribeVpcs', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'vpc:DescribeVpcs', region: 'us-east-1' }],
  },
]);
