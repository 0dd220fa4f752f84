import { SSMClient, paginateDescribeInstanceInformation } from '@aws-sdk/client-ssm';
import { z } from 'zod';
import { defineCollection } from '../collection.js';
import type { AwsResource } from '../resource-map.js';

/**
 * A machine Systems Manager manages: an EC2 instance (`id` its instance ID, `arn` the instance's
 * ARN, as Prowler keys it) or a hybrid machine (`mi-...`, under its managed-instance ARN).
 */
export interface SsmManagedInstance extends AwsResource {
  /** Online, ConnectionLost or Inactive: whether the agent is reporting. */
  pingStatus: string | null;
  /** EC2Instance or ManagedInstance (hybrid). */
  resourceType: string | null;
  /** Windows, Linux or MacOS. */
  platformType: string | null;
}

const InstanceInformationSchema = z.object({
  InstanceId: z.string(),
  PingStatus: z.string().nullish(),
  ResourceType: z.string().nullish(),
  PlatformType: z.string().nullish(),
});

/** DescribeInstanceInformation caps its page at 50. */
const INSTANCE_INFORMATION_PAGE_SIZE = 50;

const HYBRID_PREFIX = 'mi-';

const managedInstances = defineCollection<SsmManagedInstance>({
  service: 'ssm',
  name: 'managedInstances',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeInstanceInformation({ client: context.client(SSMClient), pageSize: INSTANCE_INFORMATION_PAGE_SIZE }, {});
    const listed = await context.items('DescribeInstanceInformation', pages, (page) => page.InstanceInformationList, InstanceInformationSchema, 'managed instance');
    for (const instance of listed) {
      const id = instance.InstanceId;
      context.resources.add({
        arn: id.startsWith(HYBRID_PREFIX) ? context.arn('ssm', `managed-instance/${id}`) : context.arn('ec2', `instance/${id}`),
        id,
        region: context.region,
        tags: {},
        pingStatus: instance.PingStatus ?? null,
        resourceType: instance.ResourceType ?? null,
        platformType: instance.PlatformType ?? null,
      });
    }
  },
});

/** Systems Manager's collections; more (documents, patch compliance) join as checks need them. */
export default { managedInstances };
