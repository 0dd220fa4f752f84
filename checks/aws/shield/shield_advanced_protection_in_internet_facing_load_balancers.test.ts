import { testCheck } from '../../../test/helpers/check-cases.js';
import { loadBalancer } from '../../../test/helpers/fixtures/elbv2.js';
import { subscription } from '../../../test/helpers/fixtures/shield.js';
import { shieldProtectionCases } from '../../../test/helpers/shield-protection-cases.js';
import check from './shield_advanced_protection_in_internet_facing_load_balancers.js';

testCheck(check, [
  ...shieldProtectionCases({
    id: 'web',
    arn: loadBalancer('web', { scheme: 'internet-facing' }).arn,
    add: (data) => data.elbv2.loadBalancers.add(loadBalancer('web', { scheme: 'internet-facing' })),
    failListing: (data) => data.elbv2.loadBalancers.fail({ region: 'eu-west-1', operation: 'DescribeLoadBalancers', message: 'AccessDenied: denied' }),
    failedListing: 'elbv2:DescribeLoadBalancers',
  }),
  {
    name: 'internal and non-application load balancers are not judged',
    given: (data) => {
      data.shield.subscription.add(subscription());
      data.elbv2.loadBalancers.add(loadBalancer('inside'));
      data.elbv2.loadBalancers.add(loadBalancer('edge-nlb', { type: 'network', scheme: 'internet-facing' }));
    },
    expect: [],
  },
]);
