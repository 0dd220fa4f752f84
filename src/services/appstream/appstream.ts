import { AppStreamClient, DescribeFleetsCommand } from '@aws-sdk/client-appstream';
import { z } from 'zod';
import { defineCollection } from '../collection.js';
import { tokenPages } from '../listing.js';
import type { AwsResource } from '../resource-map.js';

/** An AppStream 2.0 fleet; `id` and `name` are its name. */
export interface Fleet extends AwsResource {
  name: string;
  maxUserDurationInSeconds: number;
  disconnectTimeoutInSeconds: number;
  /** null when the fleet sets none (idle users are then never disconnected). */
  idleDisconnectTimeoutInSeconds: number | null;
  enableDefaultInternetAccess: boolean;
}

/** The settings Prowler reads; it cannot judge a fleet without any of the required ones. */
const FleetSchema = z.object({
  Arn: z.string(),
  Name: z.string(),
  MaxUserDurationInSeconds: z.number(),
  DisconnectTimeoutInSeconds: z.number(),
  IdleDisconnectTimeoutInSeconds: z.number().nullish(),
  EnableDefaultInternetAccess: z.boolean(),
});

/** DescribeFleets takes no page size; it pages by token alone. */
const fleets = defineCollection<Fleet>({
  service: 'appstream',
  name: 'fleets',
  scope: 'regional',
  async load(context) {
    const client = context.client(AppStreamClient);
    const pages = tokenPages(
      (NextToken) => client.send(new DescribeFleetsCommand({ NextToken })),
      (page) => page.NextToken,
    );
    const listed = await context.items('DescribeFleets', pages, (page) => page.Fleets, FleetSchema, 'fleet');
    for (const fleet of listed) {
      context.resources.add({
        arn: fleet.Arn,
        id: fleet.Name,
        name: fleet.Name,
        region: context.region,
        tags: {},
        maxUserDurationInSeconds: fleet.MaxUserDurationInSeconds,
        disconnectTimeoutInSeconds: fleet.DisconnectTimeoutInSeconds,
        idleDisconnectTimeoutInSeconds: fleet.IdleDisconnectTimeoutInSeconds ?? null,
        enableDefaultInternetAccess: fleet.EnableDefaultInternetAccess,
      });
    }
  },
});

export default { fleets };
