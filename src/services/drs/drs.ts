import { DrsClient, paginateDescribeJobs } from '@aws-sdk/client-drs';
import { z } from 'zod';
import type { SdkClient, SdkClientClass } from '../../provider/clients.js';
import { defineCollection, isNotFound, parse } from '../collection.js';
import type { AwsResource } from '../resource-map.js';

/** DescribeJobs returns at most 1000 jobs a page. */
const JOBS_PAGE_SIZE = 1000;

/**
 * Elastic Disaster Recovery in one region, as one account setting of the region: `arn` is the
 * region's recovery-job ARN prefix and `id` the account ID, as Prowler reports it.
 */
export interface DrsRegionStatus extends AwsResource {
  /** Whether the service has been initialized in the region; DescribeJobs refuses otherwise. */
  initialized: boolean;
  /** IDs of the region's recovery jobs. */
  jobIds: string[];
}

const JobSchema = z.object({ jobID: z.string() });

const UNINITIALIZED = 'UninitializedAccountException';

/**
 * The installed @aws-sdk/client-drs (3.523) is typed against older Smithy types than the client
 * factory; the factory makes its client like any other, typed as its own here.
 */
const DrsSdkClient = DrsClient as unknown as SdkClientClass<SdkClient>;

/** One paginated DescribeJobs per region; its refusal for an uninitialized account is an answer, not a failure. */
const regionStatus = defineCollection<DrsRegionStatus>({
  service: 'drs',
  name: 'regionStatus',
  scope: 'regional',
  async load(context) {
    const subject = { arn: context.arn('drs', 'recovery-job'), id: context.account.id, region: context.region, tags: {} };
    await context.read('DescribeJobs', async () => {
      const jobIds: string[] = [];
      try {
        for await (const page of paginateDescribeJobs({ client: context.client(DrsSdkClient) as unknown as DrsClient, pageSize: JOBS_PAGE_SIZE }, {})) {
          for (const job of page.items ?? []) jobIds.push(parse(JobSchema, job, 'DRS job').jobID);
        }
      } catch (error) {
        if (!isNotFound(error, UNINITIALIZED)) throw error;
        context.resources.add({ ...subject, initialized: false, jobIds: [] });
        return;
      }
      context.resources.add({ ...subject, initialized: true, jobIds });
    });
  },
});

export default { regionStatus };
