import { testCheck } from '../../../test/helpers/check-cases.js';
import { classicLoadBalancer } from '../../../test/helpers/fixtures/elb.js';
import { protection, subscription } from '../../../test/helpers/fixtures/shield.js';
import check from './shield_advanced_protection_in_classic_load_balancers.js';

const RESOURCE_ARN = classicLoadBalancer('web').arn;

testCheck(check, [
  { name: 'no resources', given: (data) => data.shield.subscription.add(subscription()), expect: [] },
  {
    name: 'a protected resource passes, reported in the global region',
    given: (data) => {
      data.shield.subscription.add(subscription());
      data.shield.protections.add(protection('p-1', RESOURCE_ARN));
      data.elb.loadBalancers.add(classicLoadBalancer('web'));
    },
    expect: [{ status: 'PASS', resource: 'web', region: 'us-east-1', detail: 'is protected' }],
  },
  {
    name: 'an unprotected resource fails',
    given: (data) => {
      data.shield.subscription.add(subscription());
      data.shield.protections.add(protection('p-1', 'arn:aws:ec2:us-east-1:111122223333:eip-allocation/eipalloc-other'));
      data.elb.loadBalancers.add(classicLoadBalancer('web'));
    },
    expect: [{ status: 'FAIL', resource: 'web', region: 'us-east-1', detail: 'not protected' }],
  },
  {
    name: 'without a Shield Advanced subscription nothing is judged',
    given: (data) => {
      data.shield.subscription.add(subscription(false));
      data.elb.loadBalancers.add(classicLoadBalancer('web'));
    },
    expect: [],
  },
  {
    name: 'an unreadable subscription state is an error, never silence',
    given: (data) => {
      data.shield.subscription.fail({ region: 'us-east-1', operation: 'GetSubscriptionState', message: 'AccessDeniedException: denied' });
      data.elb.loadBalancers.add(classicLoadBalancer('web'));
    },
    expect: [{ status: 'ERROR', resource: 'shield:GetSubscriptionState', region: 'us-east-1' }],
  },
  {
    name: 'a failed protection listing is an error',
    given: (data) => {
      data.shield.subscription.add(subscription());
      data.shield.protections.fail({ region: 'us-east-1', operation: 'ListProtections', message: 'AccessDeniedException: denied' });
      data.elb.loadBalancers.add(classicLoadBalancer('web'));
    },
    expect: [{ status: 'ERROR', resource: 'shield:ListProtections', region: 'us-east-1' }],
  },
  {
    name: 'a failed resource listing is an error',
    given: (data) => {
      data.shield.subscription.add(subscription());
      data.elb.loadBalancers.fail({ region: 'eu-west-1', operation: 'DescribeLoadBalancers', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'elb:DescribeLoadBalancers' }],
  },

]);
