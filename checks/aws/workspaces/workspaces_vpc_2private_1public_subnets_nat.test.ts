import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { subnet } from '../../../test/helpers/fixtures/vpc.js';
import { workspace } from '../../../test/helpers/fixtures/workspaces.js';
import type { Subnet } from '../../../src/services/vpc/vpc.js';
import check from './workspaces_vpc_2private_1public_subnets_nat.js';

/** vpc-1 laid out as recommended: one public subnet, two private ones, the second routed through a NAT gateway. */
const recommended = (): Subnet[] => [subnet('subnet-pub', { public: true }), subnet('subnet-a'), subnet('subnet-b', { natGateway: true })];

testCheck(check, [
  { name: 'no WorkSpaces', expect: [] },
  {
    name: 'a WorkSpace in a private subnet of a VPC laid out as recommended passes; one in the public subnet fails',
    given: ({ workspaces, vpc }) => {
      for (const candidate of recommended()) vpc.subnets.add(candidate);
      workspaces.workspaces.add(workspace('ws-private', { subnetId: 'subnet-a' }));
      workspaces.workspaces.add(workspace('ws-public', { subnetId: 'subnet-pub' }));
    },
    expect: [
      { status: 'PASS', resource: 'ws-private', region: 'eu-west-1', detail: 'is in a private subnet' },
      { status: 'FAIL', resource: 'ws-public', detail: 'is not in a private subnet' },
    ],
  },
  {
    name: 'a VPC without a public subnet, with one private subnet, or without a NAT route from a private subnet fails',
    given: ({ workspaces, vpc }) => {
      vpc.subnets.add(subnet('subnet-a', { vpcId: 'vpc-nopub', natGateway: true }));
      vpc.subnets.add(subnet('subnet-b', { vpcId: 'vpc-nopub' }));
      vpc.subnets.add(subnet('subnet-c', { vpcId: 'vpc-oneprivate', natGateway: true }));
      vpc.subnets.add(subnet('subnet-d', { vpcId: 'vpc-oneprivate', public: true }));
      vpc.subnets.add(subnet('subnet-e', { vpcId: 'vpc-nonat' }));
      vpc.subnets.add(subnet('subnet-f', { vpcId: 'vpc-nonat' }));
      vpc.subnets.add(subnet('subnet-g', { vpcId: 'vpc-nonat', public: true, natGateway: true }));
      workspaces.workspaces.add(workspace('ws-nopub', { subnetId: 'subnet-a' }));
      workspaces.workspaces.add(workspace('ws-oneprivate', { subnetId: 'subnet-c' }));
      workspaces.workspaces.add(workspace('ws-nonat', { subnetId: 'subnet-e' }));
    },
    expect: [
      { status: 'FAIL', resource: 'ws-nopub' },
      { status: 'FAIL', resource: 'ws-oneprivate' },
      { status: 'FAIL', resource: 'ws-nonat' },
    ],
  },
  {
    name: 'a WorkSpace without a subnet, or in a subnet not listed, fails',
    given: ({ workspaces, vpc }) => {
      for (const candidate of recommended()) vpc.subnets.add(candidate);
      workspaces.workspaces.add(workspace('ws-none', { subnetId: null }));
      workspaces.workspaces.add(workspace('ws-elsewhere', { subnetId: 'subnet-unknown' }));
    },
    expect: [
      { status: 'FAIL', resource: 'ws-none' },
      { status: 'FAIL', resource: 'ws-elsewhere' },
    ],
  },
  {
    name: 'unknown routing of a subnet of the VPC is an error',
    given: ({ workspaces, vpc }) => {
      vpc.subnets.add(subnet('subnet-pub', { public: unreadBy('vpc', 'DescribeRouteTables') }));
      vpc.subnets.add(subnet('subnet-a'));
      workspaces.workspaces.add(workspace('ws-1', { subnetId: 'subnet-a' }));
    },
    expect: [{ status: 'ERROR', resource: 'ws-1', detail: 'DescribeRouteTables' }],
  },
  {
    name: "subnets that could not be listed in the WorkSpace's region are an error",
    given: ({ workspaces, vpc }) => {
      vpc.subnets.fail({ region: 'eu-west-1', operation: 'DescribeSubnets', message: 'UnauthorizedOperation: denied' });
      workspaces.workspaces.add(workspace('ws-1', { subnetId: 'subnet-a' }));
    },
    expect: [
      { status: 'ERROR', resource: 'ws-1', detail: 'DescribeSubnets' },
    ],
  },
  {
    name: 'a region whose WorkSpaces could not be listed is an error there',
    given: ({ workspaces }) => workspaces.workspaces.fail({ region: 'us-east-1', operation: 'DescribeWorkspaces', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'workspaces:DescribeWorkspaces', region: 'us-east-1' }],
  },
]);
