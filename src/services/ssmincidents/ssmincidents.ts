import { GetReplicationSetCommand, SSMIncidentsClient, paginateListReplicationSets, paginateListResponsePlans } from '@aws-sdk/client-ssm-incidents';
import { z } from 'zod';
import { defineCollection, isNotFound, parse } from '../collection.js';
import { offersService } from '../regions.js';
import type { AwsResource, Field } from '../resource-map.js';

/**
 * The account's Incident Manager replication set (an account has at most one). Its ARN names no
 * region; it is reported, as Prowler does, with the account as its ID, in the global region.
 */
export interface ReplicationSet extends AwsResource {
  /** ACTIVE, CREATING, UPDATING, DELETING or FAILED; null when no scanned region could describe it. */
  status: Field<string | null>;
}

/** An Incident Manager response plan. */
export interface ResponsePlan extends AwsResource {
  name: string;
}

/** Incident Manager's list calls answer at most 100 items a page. */
const PAGE_SIZE = 100;

const ReplicationSetSchema = z.object({ replicationSet: z.object({ status: z.string() }) });
const ResponsePlanSchema = z.object({ arn: z.string(), name: z.string() });

/**
 * The replication set, listed once: any region lists it. Describing it needs a region it
 * replicates to, which the listing does not say, so GetReplicationSet is tried in the scanned
 * regions in turn (the global region first) until one knows it.
 */
const replicationSets = defineCollection<ReplicationSet>({
  service: 'ssmincidents',
  name: 'replicationSets',
  scope: 'global',
  async load(context) {
    const pages = paginateListReplicationSets({ client: context.client(SSMIncidentsClient), pageSize: PAGE_SIZE }, {});
    const arns = await context.items('ListReplicationSets', pages, (page) => page.replicationSetArns, z.string(), 'replication set ARN');
    const regions = [context.region, ...context.account.regions].filter((region, index, all) => all.indexOf(region) === index && offersService('ssm-incidents', region));
    for (const arn of arns.slice(0, 1)) {
      const status = await context.field('GetReplicationSet', arn, async () => {
        for (const region of regions) {
          try {
            const response = await context.client(SSMIncidentsClient, region).send(new GetReplicationSetCommand({ arn }));
            return parse(ReplicationSetSchema, response, 'replication set').replicationSet.status;
          } catch (error) {
            if (!isNotFound(error, 'ResourceNotFoundException')) throw error;
          }
        }
        return null;
      });
      context.resources.add({ arn, id: context.account.id, region: context.region, tags: {}, status });
    }
  },
});

const responsePlans = defineCollection<ResponsePlan>({
  service: 'ssmincidents',
  name: 'responsePlans',
  scope: 'regional',
  async load(context) {
    const pages = paginateListResponsePlans({ client: context.client(SSMIncidentsClient), pageSize: PAGE_SIZE }, {});
    for (const plan of await context.items('ListResponsePlans', pages, (page) => page.responsePlanSummaries, ResponsePlanSchema, 'response plan')) {
      context.resources.add({ arn: plan.arn, id: plan.name, name: plan.name, region: context.region, tags: {} });
    }
  },
});

export default { replicationSets, responsePlans };
