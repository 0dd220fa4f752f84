import { testCheck } from '../../../test/helpers/check-cases.js';
import { address } from '../../../test/helpers/fixtures/ec2-connectivity.js';
import { shieldProtectionCases } from '../../../test/helpers/shield-protection-cases.js';
import check from './shield_advanced_protection_in_associated_elastic_ips.js';

testCheck(check, [
  ...shieldProtectionCases({
    id: 'eipalloc-1',
    arn: address('198.51.100.1', { allocationId: 'eipalloc-1' }).arn,
    add: (data) => data.ec2.addresses.add(address('198.51.100.1', { allocationId: 'eipalloc-1' })),
    failListing: (data) => data.ec2.addresses.fail({ region: 'eu-west-1', operation: 'DescribeAddresses', message: 'AccessDenied: denied' }),
    failedListing: 'ec2:DescribeAddresses',
  }),
]);
