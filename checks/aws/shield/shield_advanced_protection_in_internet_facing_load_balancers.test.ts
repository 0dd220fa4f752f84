import { testCheck } from '../../../test/helpers/check-cases.js';
import { loadBalancer } from '../../../test/helpers/fixtures/elbv2.js';
import { protection, subscription } from '../../../test/helpers/fixtures/shield.js';
import check from './shield_advanced_protection_in_internet_facing_load_balancers.js';

const RESOURCE_ARN = loadBalancer('web', { scheme: 'internet-facing' }).arn;

testCheck(check, [
  { name: 'no resources', given: (data) => data.shield.subscription.add(subscription()), expect: [] },
  {
    name: 'a protected resource passes, reported in the global region',
    given: (data) => {
      data.shield.subscription.add(subscription());
      data.shield.protections.add(protection('p-1', RESOURCE_ARN));
      data.elbv2.loadBalancers.add(loadBalancer('web', { scheme: 'internet-facing' }));
    },
    expect: [{ status: 'PASS', resource: 'web', region: 'us-east-1', detail: 'is protected' }],
  },
  {
    name: 'an unprotected resource fails',
    given: (data) => {
      data.shield.subscription.add(subscription());
      data.shield.protections.add(protection('p-1', 'arn:aws:ec2:us-east-1:111122223333:eip-allocation/eipalloc-other'));
      data.elbv2.loadBalancers.add(loadBalancer('web', { scheme: 'internet-facing' }));
    },
    expect: [{ status: 'FAIL', resource: 'web', region: 'us-east-1', detail: 'not protected' }],
  },
  {
    name: 'without a Shield Advanced subscription nothing is judged',
    given: (data) => {
      data.shield.subscription.add(subscription(false));
      data.elbv2.loadBalancers.add(loadBalancer('web', { scheme: 'internet-facing' }));
    },
    expect: [],
  },
  {
    name: 'an unreadable subscription state is an error, never silence',
    given: (data) => {
      data.shield.subscription.fail({ region: 'us-east-1', operation: 'GetSubscriptionState', message: 'AccessDeniedException: denied' });
      data.elbv2.loadBalancers.add(loadBalancer('web', { scheme: 'internet-facing' }));
    },
    expect: [{ status: 'ERROR', resource: 'shield:GetSubscriptionState', region: 'us-east-1' }],
  },
  {
    name: 'a failed protection listing is an error',
    given: (data) => {
      data.shield.subscription.add(subscription());
      data.shield.protections.fail({ region: 'us-east-1', operation: 'ListProtections', message: 'AccessDeniedException: denied' });
      data.elbv2.loadBalancers.add(loadBalancer('web', { scheme: 'internet-facing' }));
    },
    expect: [{ status: 'ERROR', resource: 'shield:ListProtections', region: 'us-east-1' }],
  },
  {
    name: 'a failed resource listing is an error',
    given: (data) => {
      data.shield.subscription.add(subscription());
      data.elbv2.loadBalancers.fail({ region: 'eu-west-1', operation: 'DescribeLoadBalancers', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'elbv2:DescribeLoadBalancers' }],
  },
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
