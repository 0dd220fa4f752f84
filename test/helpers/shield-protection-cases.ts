import type { Uses } from '../../src/checks/check.js';
import type { ResourceMap } from '../../src/services/resource-map.js';
import type { ShieldProtection, ShieldSubscription } from '../../src/services/shield/shield.js';
import type { CheckCase, Fixture } from './check-cases.js';
import { protection, subscription } from './fixtures/shield.js';

interface ShieldData {
  shield: { subscription: ResourceMap<ShieldSubscription>; protections: ResourceMap<ShieldProtection> };
}

/** The resource type a Shield Advanced check judges, as its cases build and fail it. */
export interface ProtectableResource<U extends Uses> {
  /** ID and ARN of the one resource the cases add. */
  id: string;
  arn: string;
  add(data: Fixture<U>): void;
  /** Fails the resource type's own listing, named `failedListing` (`service:operation`). */
  failListing(data: Fixture<U>): void;
  failedListing: string;
}

/**
 * The cases every "resource protected by Shield Advanced" check shares: nothing without a
 * subscription, PASS or FAIL by protection otherwise, reported in the global region, and ERROR
 * for each listing that could not be read.
 */
export function shieldProtectionCases<U extends Uses>(resource: ProtectableResource<U>): CheckCase<U>[] {
  const shield = (data: Fixture<U>) => (data as unknown as ShieldData).shield;
  const subscribed = (data: Fixture<U>) => shield(data).subscription.add(subscription());
  return [
    { name: 'no resources', given: subscribed, expect: [] },
    {
      name: 'a protected resource passes, reported in the global region',
      given: (data) => {
        subscribed(data);
        shield(data).protections.add(protection('p-1', resource.arn));
        resource.add(data);
      },
      expect: [{ status: 'PASS', resource: resource.id, region: 'us-east-1', detail: 'is protected' }],
    },
    {
      name: 'an unprotected resource fails',
      given: (data) => {
        subscribed(data);
        shield(data).protections.add(protection('p-1', 'arn:aws:ec2:us-east-1:111122223333:eip-allocation/eipalloc-other'));
        resource.add(data);
      },
      expect: [{ status: 'FAIL', resource: resource.id, region: 'us-east-1', detail: 'not protected' }],
    },
    {
      name: 'without a Shield Advanced subscription nothing is judged',
      given: (data) => {
        shield(data).subscription.add(subscription(false));
        resource.add(data);
      },
      expect: [],
    },
    {
      name: 'an unreadable subscription state is an error, never silence',
      given: (data) => {
        shield(data).subscription.fail({ region: 'us-east-1', operation: 'GetSubscriptionState', message: 'AccessDeniedException: denied' });
        resource.add(data);
      },
      expect: [{ status: 'ERROR', resource: 'shield:GetSubscriptionState', region: 'us-east-1' }],
    },
    {
      name: 'a failed protection listing is an error',
      given: (data) => {
        subscribed(data);
        shield(data).protections.fail({ region: 'us-east-1', operation: 'ListProtections', message: 'AccessDeniedException: denied' });
        resource.add(data);
      },
      expect: [{ status: 'ERROR', resource: 'shield:ListProtections', region: 'us-east-1' }],
    },
    {
      name: 'a failed resource listing is an error',
      given: (data) => {
        subscribed(data);
        resource.failListing(data);
      },
      expect: [{ status: 'ERROR', resource: resource.failedListing }],
    },
  ];
}
