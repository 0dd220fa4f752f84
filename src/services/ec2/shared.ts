import { z } from 'zod';
import type { LoadContext } from '../collection.js';
import type { AwsResource } from '../resource-map.js';

/** The largest page EC2's Describe listings accept (DescribeVolumes caps lower, at 500). */
export const EC2_PAGE_SIZE = 1000;

/** EC2's tag lists, as most of its Describe answers carry them. */
export const TagsSchema = z.array(z.object({ Key: z.string().optional(), Value: z.string().optional() })).nullish();

/**
 * Reads one of the account's per-region EC2 settings with `operation` and adds it as the region's
 * one resource, about the account (its ID) under `arn:…:ec2:<region>:<account>:<arnResource>`,
 * as Prowler reports these settings. A failed read records the region as unread.
 */
export async function addRegionSetting<T extends AwsResource>(
  context: LoadContext<T>,
  operation: string,
  arnResource: string,
  read: (arn: string) => Promise<Omit<T, keyof AwsResource>>,
): Promise<void> {
  await context.read(operation, async () => {
    const arn = context.arn('ec2', arnResource);
    // The spread of T's own fields over the account's identity is a T; TypeScript cannot see it through Omit.
    context.resources.add({ arn, id: context.account.id, region: context.region, tags: {}, ...(await read(arn)) } as T);
  });
}
