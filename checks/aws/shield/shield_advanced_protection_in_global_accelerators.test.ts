import { testCheck } from '../../../test/helpers/check-cases.js';
import { accelerator } from '../../../test/helpers/fixtures/globalaccelerator.js';
import { protection, subscription } from '../../../test/helpers/fixtures/shield.js';
import check from './shield_advanced_protection_in_global_accelerators.js';

const RESOURCE_ARN = accelerator('edge').arn;

testCheck(check, [
  { name: 'no resources', given: (data) => data.shield.subscription.add(subscription()), expect: [] },
  {
    name: 'a protected resource passes, reported in the global region',
    given: (data) => {
      data.shield.subscription.add(subscription());
      data.shield.protections.add(protection('p-1', RESOURCE_ARN));
      data.globalaccelerator.accelerators.add(accelerator('edge'));
    },
    expect: [{ status: 'PASS', resource: 'edge', region: 'us-east-1', detail: 'is protected' }],
  },
  {
    name: 'an unprotected resource fails',
    given: (data) => {
      data.shield.subscription.add(subscription());
      data.shield.protections.add(protection('p-1', 'arn:aws:ec2:us-east-1:111122223333:eip-allocation/eipalloc-other'));
      data.globalaccelerator.accelerators.add(accelerator('edge'));
    },
    expect: [{ status: 'FAIL', resource: 'edge', region: 'us-east-1', detail: 'not protected' }],
  },
  {
    name: 'without a Shield Advanced subscription nothing is judged',
    given: (data) => {
      data.shield.subscription.add(subscription(false));
      data.globalaccelerator.accelerators.add(accelerator('edge'));
    },
    expect: [],
  },
  {
    name: 'an unreadable subscription state is an error, never silence',
    given: (data) => {
      data.shield.subscription.fail({ region: 'us-east-1', operation: 'GetSubscriptionState', message: 'AccessDeniedException: denied' });
      data.globalaccelerator.accelerators.add(accelerator('edge'));
    },
    expect: [{ status: 'ERROR', resource: 'shield:GetSubscriptionState', region: 'us-east-1' }],
  },
  {
    name: 'a failed protection listing is an error',
    given: (data) => {
      data.shield.subscription.add(subscription());
      data.shield.protections.fail({ region: 'us-east-1', operation: 'ListProtections', message: 'AccessDeniedException: denied' });
      data.globalaccelerator.accelerators.add(accelerator('edge'));
    },
    expect: [{ status: 'ERROR', resource: 'shield:ListProtections', region: 'us-east-1' }],
  },
  {
    name: 'a failed resource listing is an error',
    given: (data) => {
      data.shield.subscription.add(subscription());
      data.globalaccelerator.accelerators.fail({ region: 'us-west-2', operation: 'ListAccelerators', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'globalaccelerator:ListAccelerators' }],
  },

]);
