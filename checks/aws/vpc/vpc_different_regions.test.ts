import { testCheck } from '../../../test/helpers/check-cases.js';
import { vpc } from '../../../test/helpers/fixtures/vpc.js';
import check from './vpc_different_regions.js';

const ACCOUNT = '111122223333';

testCheck(check, [
  { name: 'no VPCs in any region gives no finding', expect: [] },
  {
    name: 'non-default VPCs in two regions pass, reported once for the account in the global region',
    given: ({ vpc: service }) => {
      service.vpcs.add(vpc('vpc-1'));
      service.vpcs.add(vpc('vpc-2'));
      service.vpcs.add(vpc('vpc-3', { region: 'us-east-1' }));
    },
    expect: [{ status: 'PASS', resource: ACCOUNT, region: 'us-east-1', detail: 'in 2 regions' }],
  },
  {
    name: 'non-default VPCs in one region fail',
    given: ({ vpc: service }) => {
      service.vpcs.add(vpc('vpc-1'));
      service.vpcs.add(vpc('vpc-2'));
      service.vpcs.add(vpc('vpc-default', { region: 'us-east-1', isDefault: true }));
    },
    expect: [{ status: 'FAIL', resource: ACCOUNT, detail: 'only in eu-west-1' }],
  },
  {
    name: 'only default VPCs, even in several regions, fail',
    given: ({ vpc: service }) => {
      service.vpcs.add(vpc('vpc-a', { isDefault: true }));
      service.vpcs.add(vpc('vpc-b', { region: 'us-east-1', isDefault: true }));
    },
    expect: [{ status: 'FAIL', resource: ACCOUNT, detail: 'No region has a non-default VPC' }],
  },
  {
    name: 'two regions with VPCs pass even when a third region could not be listed',
    given: ({ vpc: service }) => {
      service.vpcs.add(vpc('vpc-1'));
      service.vpcs.add(vpc('vpc-3', { region: 'us-east-1' }));
      service.vpcs.fail({ region: 'ap-south-1', operation: 'DescribeVpcs', message: 'UnauthorizedOperation: denied' });
    },
    expect: [{ status: 'PASS', resource: ACCOUNT }],
  },
  {
    name: 'one region with VPCs and another unlisted is an error, not a failure',
    given: ({ vpc: service }) => {
      service.vpcs.add(vpc('vpc-1'));
      service.vpcs.fail({ region: 'us-east-1', operation: 'DescribeVpcs', message: 'UnauthorizedOperation: denied' });
    },
    expect: [{ status: 'ERROR', resource: ACCOUNT, detail: 'DescribeVpcs' }],
  },
]);
