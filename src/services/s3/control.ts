import { GetAccessPointCommand, S3ControlClient, paginateListAccessPoints, paginateListMultiRegionAccessPoints } from '@aws-sdk/client-s3-control';
import { z } from 'zod';
import { defineCollection, parse } from '../collection.js';
import { readEach } from '../listing.js';
import type { AwsResource, Field } from '../resource-map.js';
import type { PublicAccessBlock } from './s3.js';

/** ListAccessPoints returns at most 1000 access points a page, ListMultiRegionAccessPoints 100. */
const ACCESS_POINTS_PAGE_SIZE = 1000;
const MULTI_REGION_ACCESS_POINTS_PAGE_SIZE = 100;

/** Multi-Region Access Points are managed only through S3 Control in us-west-2, whatever regions they span. */
const MULTI_REGION_CONTROL_REGION = 'us-west-2';

/** A public access block as S3 returns it, every switch off unless set. */
export const PublicAccessBlockSchema = z
  .object({
    BlockPublicAcls: z.boolean().default(false),
    IgnorePublicAcls: z.boolean().default(false),
    BlockPublicPolicy: z.boolean().default(false),
    RestrictPublicBuckets: z.boolean().default(false),
  })
  .transform(
    (block): PublicAccessBlock => ({
      blockPublicAcls: block.BlockPublicAcls,
      ignorePublicAcls: block.IgnorePublicAcls,
      blockPublicPolicy: block.BlockPublicPolicy,
      restrictPublicBuckets: block.RestrictPublicBuckets,
    }),
  );

/** An S3 access point; `id` and `name` are its name. */
export interface AccessPoint extends AwsResource {
  /** The bucket it gives access to. */
  bucket: string;
  publicAccessBlock: Field<PublicAccessBlock>;
}

/** A Multi-Region Access Point; `id` and `name` are its name, `region` the control region (us-west-2). */
export interface MultiRegionAccessPoint extends AwsResource {
  /** The buckets it routes to, one per region. */
  buckets: string[];
  publicAccessBlock: PublicAccessBlock;
}

const AccessPointSchema = z.object({ Name: z.string(), Bucket: z.string(), AccessPointArn: z.string() });

const AccessPointDetailSchema = z.object({ PublicAccessBlockConfiguration: PublicAccessBlockSchema.prefault({}) });

const MultiRegionAccessPointSchema = z.object({
  Name: z.string(),
  PublicAccessBlock: PublicAccessBlockSchema.prefault({}),
  Regions: z.array(z.object({ Bucket: z.string().default('') })).default([]),
});

/**
 * The account's access points in each region. The listing leaves out their public access block,
 * so each takes a GetAccessPoint call; only the access point check reads this collection.
 */
export const accessPoints = defineCollection<AccessPoint>({
  service: 's3',
  name: 'accessPoints',
  scope: 'regional',
  endpoint: 's3-control',
  async load(context) {
    const client = context.client(S3ControlClient);
    const AccountId = context.account.id;
    const pages = paginateListAccessPoints({ client, pageSize: ACCESS_POINTS_PAGE_SIZE }, { AccountId });
    const listed = await context.items('ListAccessPoints', pages, (page) => page.AccessPointList, AccessPointSchema, 'access point');
    await readEach(listed, async ({ Name, Bucket, AccessPointArn }) => {
      const publicAccessBlock = await context.field('GetAccessPoint', AccessPointArn, async () => {
        const response = await client.send(new GetAccessPointCommand({ AccountId, Name }));
        return parse(AccessPointDetailSchema, response, 'access point').PublicAccessBlockConfiguration;
      });
      context.resources.add({ arn: AccessPointArn, id: Name, name: Name, region: context.region, tags: {}, bucket: Bucket, publicAccessBlock });
    });
  },
});

/** The account's Multi-Region Access Points, which exist only in the aws partition. */
export const multiRegionAccessPoints = defineCollection<MultiRegionAccessPoint>({
  service: 's3',
  name: 'multiRegionAccessPoints',
  scope: 'global',
  async load(context) {
    const { partition, id: AccountId } = context.account;
    if (partition !== 'aws') return;
    const controlRegion = context.inRegion(MULTI_REGION_CONTROL_REGION);
    const client = controlRegion.client(S3ControlClient);
    const pages = paginateListMultiRegionAccessPoints({ client, pageSize: MULTI_REGION_ACCESS_POINTS_PAGE_SIZE }, { AccountId });
    const listed = await controlRegion.items('ListMultiRegionAccessPoints', pages, (page) => page.AccessPoints, MultiRegionAccessPointSchema, 'Multi-Region Access Point');
    for (const accessPoint of listed) {
      context.resources.add({
        arn: `arn:${partition}:s3::${AccountId}:accesspoint/${accessPoint.Name}`,
        id: accessPoint.Name,
        name: accessPoint.Name,
        region: MULTI_REGION_CONTROL_REGION,
        tags: {},
        buckets: accessPoint.Regions.map(({ Bucket }) => Bucket),
        publicAccessBlock: accessPoint.PublicAccessBlock,
      });
    }
  },
});
