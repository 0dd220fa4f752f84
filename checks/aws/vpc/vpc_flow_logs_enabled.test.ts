import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { vpc } from '../../../test/helpers/fixtures/vpc.js';
import check from './vpc_flow_logs_enabled.js';

testCheck(check, [
  { name: 'no VPCs', expect: [] },
  {
    name: 'a VPC with a flow log passes, named by its Name tag',
    given: ({ vpc: service }) => service.vpcs.add(vpc('vpc-1', { name: 'prod' })),
    expect: [{ status: 'PASS', resource: 'vpc-1', region: 'eu-west-1', detail: 'VPC prod has flow logs' }],
  },
  {
    name: 'a VPC without a flow log fails, named by its ID when untagged',
    given: ({ vpc: service }) => service.vpcs.add(vpc('vpc-1', { flowLogEnabled: false })),
    expect: [{ status: 'FAIL', resource: 'vpc-1', detail: 'VPC vpc-1 has no flow logs' }],
  },
  {
    name: 'a VPC without network interfaces is skipped by default',
    given: ({ vpc: service }) => service.vpcs.add(vpc('vpc-1', { inUse: false, flowLogEnabled: false })),
    expect: [],
  },
  {
    name: 'a VPC without network interfaces is judged when unused services are scanned',
    options: { scanUnusedServices: true },
    given: ({ vpc: service }) => service.vpcs.add(vpc('vpc-1', { inUse: false, flowLogEnabled: false })),
    expect: [{ status: 'FAIL', resource: 'vpc-1' }],
  },
  {
    name: 'a VPC whose interfaces could not be listed is an error by default',
    given: ({ vpc: service }) => {
      const unknown = vpc('vpc-1', { inUse: unreadBy('service', 'DescribeNetworkInterfaces', 'eu-west-1') });
      service.vpcs.add(unknown);
    },
    expect: [{ status: 'ERROR', resource: 'vpc-1', detail: 'DescribeNetworkInterfaces' }],
  },
  {
    name: 'a VPC whose flow logs could not be listed is an error, even when unused services are scanned',
    options: { scanUnusedServices: true },
    given: ({ vpc: service }) => {
      const unknown = vpc('vpc-1', { flowLogEnabled: unreadBy('service', 'DescribeFlowLogs', 'eu-west-1') });
      service.vpcs.add(unknown);
    },
    expect: [{ status: 'ERROR', resource: 'vpc-1', detail: 'DescribeFlowLogs' }],
  },
  {
    name: 'a region whose VPCs could not be listed is an error there',
    given: ({ vpc: service }) => service.vpcs.fail({ region: 'us-east-1', operation: 'DescribeVpcs', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'vpc:DescribeVpcs', region: 'us-east-1', detail: 'Could not list vpc vpcs' }],
  },
]);
