import { ECRClient, paginateDescribeRepositories } from '@aws-sdk/client-ecr';
import { z } from 'zod';
import { defineCollection } from '../collection.js';
import type { AwsResource } from '../resource-map.js';

/** DescribeRepositories returns at most 1000 repositories a page. */
const PAGE_SIZE = 1000;

/** A private repository of the account's default registry; `id` and `name` are its name. */
export type EcrRepository = AwsResource & { name: string };

const RepositorySchema = z.object({ repositoryName: z.string(), repositoryArn: z.string() });

/** A region's repositories, from the one DescribeRepositories listing. */
const repositories = defineCollection<EcrRepository>({
  service: 'ecr',
  name: 'repositories',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeRepositories({ client: context.client(ECRClient), pageSize: PAGE_SIZE }, {});
    for (const listed of await context.items('DescribeRepositories', pages, (page) => page.repositories, RepositorySchema, 'ECR repository')) {
      context.resources.add({ arn: listed.repositoryArn, id: listed.repositoryName, name: listed.repositoryName, region: context.region, tags: {} });
    }
  },
});

export default { repositories };
