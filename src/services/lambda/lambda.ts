import { LambdaClient, paginateListFunctions } from '@aws-sdk/client-lambda';
import { z } from 'zod';
import { defineCollection } from '../collection.js';
import type { AwsResource } from '../resource-map.js';

/** ListFunctions returns at most 50 functions a page. */
const LIST_FUNCTIONS_PAGE_SIZE = 50;

/**
 * A function's current version, `id` and `name` being its name. ListFunctions carries no tags, so
 * `tags` stays empty until a collection reads them.
 */
export interface LambdaFunction extends AwsResource {
  name: string;
  /** Unset for container-image functions, which bring their own runtime. */
  runtime?: string;
  /** Set when the function is attached to a VPC. */
  vpcId?: string;
  securityGroupIds: string[];
  subnetIds: string[];
}

const FunctionSchema = z.object({
  FunctionName: z.string(),
  FunctionArn: z.string(),
  Runtime: z.string().nullish(),
  VpcConfig: z
    .object({
      VpcId: z.string().nullish(),
      SecurityGroupIds: z.array(z.string()).nullish(),
      SubnetIds: z.array(z.string()).nullish(),
    })
    .nullish(),
});

/** A region's functions (latest versions), from the one ListFunctions listing. */
export const functions = defineCollection<LambdaFunction>({
  service: 'lambda',
  name: 'functions',
  scope: 'regional',
  async load(context) {
    const pages = paginateListFunctions({ client: context.client(LambdaClient), pageSize: LIST_FUNCTIONS_PAGE_SIZE }, {});
    for (const listed of await context.items('ListFunctions', pages, (page) => page.Functions, FunctionSchema, 'Lambda function')) {
      context.resources.add({
        arn: listed.FunctionArn,
        id: listed.FunctionName,
        name: listed.FunctionName,
        region: context.region,
        tags: {},
        ...(listed.Runtime ? { runtime: listed.Runtime } : {}),
        // A function detached from its VPC keeps an empty VpcConfig, VpcId ''.
        ...(listed.VpcConfig?.VpcId ? { vpcId: listed.VpcConfig.VpcId } : {}),
        securityGroupIds: listed.VpcConfig?.SecurityGroupIds ?? [],
        subnetIds: listed.VpcConfig?.SubnetIds ?? [],
      });
    }
  },
});

export default { functions };
