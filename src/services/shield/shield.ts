import { GetSubscriptionStateCommand, ShieldClient, paginateListProtections } from '@aws-sdk/client-shield';
import { z } from 'zod';
import { defineCollection, parse } from '../collection.js';
import type { AwsResource } from '../resource-map.js';

/** Whether the account subscribes to Shield Advanced; one per account, never reported itself. */
export interface ShieldSubscription extends AwsResource {
  active: boolean;
}

/** A Shield Advanced protection; `id` is the protection ID. */
export interface ShieldProtection extends AwsResource {
  /** The ARN of the protected resource. */
  resourceArn: string;
}

/** ListProtections answers at most 10,000 protections per page. */
const PROTECTION_PAGE_SIZE = 10_000;

const SubscriptionStateSchema = z.object({ SubscriptionState: z.string() });

const ProtectionSchema = z.object({ Id: z.string(), Name: z.string().nullish(), ResourceArn: z.string(), ProtectionArn: z.string().nullish() });

const subscription = defineCollection<ShieldSubscription>({
  service: 'shield',
  name: 'subscription',
  scope: 'global',
  async load(context) {
    await context.read('GetSubscriptionState', async () => {
      const response = await context.client(ShieldClient).send(new GetSubscriptionStateCommand({}));
      context.resources.add({
        arn: `arn:${context.account.partition}:shield::${context.account.id}:subscription`,
        id: context.account.id,
        region: context.region,
        tags: {},
        active: parse(SubscriptionStateSchema, response, 'Shield subscription state').SubscriptionState === 'ACTIVE',
      });
    });
  },
});

/** The account's protections, listed only when it subscribes to Shield Advanced: without it there are none to list. */
const protections = defineCollection<ShieldProtection, { subscription: typeof subscription }>({
  service: 'shield',
  name: 'protections',
  scope: 'global',
  needs: { subscription },
  async load(context, dependencies) {
    let active = false;
    await context.read('GetSubscriptionState', () => {
      active = dependencies.subscription.all().some((state) => state.active);
      return Promise.resolve();
    });
    if (!active) return;
    const pages = paginateListProtections({ client: context.client(ShieldClient), pageSize: PROTECTION_PAGE_SIZE }, {});
    for (const protection of await context.items('ListProtections', pages, (page) => page.Protections, ProtectionSchema, 'Shield protection')) {
      context.resources.add({
        arn: protection.ProtectionArn ?? `arn:${context.account.partition}:shield::${context.account.id}:protection/${protection.Id}`,
        id: protection.Id,
        ...(protection.Name ? { name: protection.Name } : {}),
        region: context.region,
        tags: {},
        resourceArn: protection.ResourceArn,
      });
    }
  },
});

export default { subscription, protections };
