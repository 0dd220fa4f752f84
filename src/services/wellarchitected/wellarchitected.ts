import { WellArchitectedClient, paginateListWorkloads } from '@aws-sdk/client-wellarchitected';
import { z } from 'zod';
import { defineCollection } from '../collection.js';
import type { AwsResource } from '../resource-map.js';

/** A Well-Architected Tool workload; `id` is its workload ID. */
export interface Workload extends AwsResource {
  name: string;
  /** Questions per risk level (HIGH, MEDIUM, NONE, UNANSWERED, NOT_APPLICABLE), as AWS counts them; a level may be absent. */
  riskCounts: Record<string, number>;
}

/** ListWorkloads answers at most 50 workloads a page. */
const PAGE_SIZE = 50;

const WorkloadSchema = z.object({
  WorkloadId: z.string(),
  WorkloadArn: z.string(),
  WorkloadName: z.string(),
  RiskCounts: z.record(z.string(), z.number()).nullish(),
});

const workloads = defineCollection<Workload>({
  service: 'wellarchitected',
  name: 'workloads',
  scope: 'regional',
  async load(context) {
    const pages = paginateListWorkloads({ client: context.client(WellArchitectedClient), pageSize: PAGE_SIZE }, {});
    for (const workload of await context.items('ListWorkloads', pages, (page) => page.WorkloadSummaries, WorkloadSchema, 'workload')) {
      context.resources.add({
        arn: workload.WorkloadArn,
        id: workload.WorkloadId,
        name: workload.WorkloadName,
        region: context.region,
        tags: {},
        riskCounts: workload.RiskCounts ?? {},
      });
    }
  },
});

export default { workloads };
