import { testCheck } from '../../../test/helpers/check-cases.js';
import { classicLoadBalancer } from '../../../test/helpers/fixtures/elb.js';
import { shieldProtectionCases } from '../../../test/helpers/shield-protection-cases.js';
import check from './shield_advanced_protection_in_classic_load_balancers.js';

testCheck(check, [
  ...shieldProtectionCases({
    id: 'web',
    arn: classicLoadBalancer('web').arn,
    add: (data) => data.elb.loadBalancers.add(classicLoadBalancer('web')),
    failListing: (data) => data.elb.loadBalancers.fail({ region: 'eu-west-1', operation: 'DescribeLoadBalancers', message: 'AccessDenied: denied' }),
    failedListing: 'elb:DescribeLoadBalancers',
  }),
]);
