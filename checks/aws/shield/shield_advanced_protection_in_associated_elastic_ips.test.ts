import { testCheck } from '../../../test/helpers/check-cases.js';
import { address } from '../../../test/helpers/fixtures/ec2-connectivity.js';
import { protection, subscription } from '../../../test/helpers/fixtures/shield.js';
import check from './shield_advanced_protection_in_associated_elastic_ips.js';

const RESOURCE_ARN = address('198.51.100.1', { allocationId: 'eipalloc-1' }).arn;

testCheck(check, [
  { name: 'no resources', given: (data) => data.shield.subscription.add(subscription()), expect: [] },
  {
    name: 'a protected resource passes, reported in the global region',
    given: (data) => {
      data.shield.subscription.add(subscription());
      data.shield.protections.add(protection('p-1', RESOURCE_ARN));
      data.ec2.addresses.add(address('198.51.100.1', { allocationId: 'eipalloc-1' }));
    },
    expect: [{ status: 'PASS', resource: 'eipalloc-1', region: 'us-east-1', detail: 'is protected' }],
  },
  {
    name: 'an unprotected resource fails',
    given: (data) => {
      data.shield.subscription.add(subscription());
      data.shield.protections.add(protection('p-1', 'arn:aws:ec2:us-east-1:111122223333:eip-allocation/eipalloc-other'));
      data.ec2.addresses.add(address('198.51.100.1', { allocationId: 'eipalloc-1' }));
    },
    expect: [{ status: 'FAIL', resource: 'eipalloc-1', region: 'us-east-1', detail: 'not protected' }],
  },
  {
    name: 'without a Shield Advanced subscription nothing is judged',
    given: (data) => {
      data.shield.subscription.add(subscription(false));
      data.ec2.addresses.add(address('198.51.100.1', { allocationId: 'eipalloc-1' }));
    },
    expect: [],
  },
  {
    name: 'an unreadable subscription state is an error, never silence',
    given: (data) => {
      data.shield.subscription.fail({ region: 'us-east-1', operation: 'GetSubscriptionState', message: 'AccessDeniedException: denied' });
      data.ec2.addresses.add(address('198.51.100.1', { allocationId: 'eipalloc-1' }));
    },
    expect: [{ status: 'ERROR', resource: 'shield:GetSubscriptionState', region: 'us-east-1' }],
  },
  {
    name: 'a failed protection listing is an error',
    given: (data) => {
      data.shield.subscription.add(subscription());
      data.shield.protections.fail({ region: 'us-east-1', operation: 'ListProtections', message: 'AccessDeniedException: denied' });
      data.ec2.addresses.add(address('198.51.100.1', { allocationId: 'eipalloc-1' }));
    },
    expect: [{ status: 'ERROR', resource: 'shield:ListProtections', region: 'us-east-1' }],
  },
  {
    name: 'a failed resource listing is an error',
    given: (data) => {
      data.shield.subscription.add(subscription());
      data.ec2.addresses.fail({ region: 'eu-west-1', operation: 'DescribeAddresses', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeAddresses' }],
  },

]);
