import {
  DescribeNFSFileSharesCommand,
  DescribeSMBFileSharesCommand,
  StorageGatewayClient,
  paginateListFileShares,
  paginateListGateways,
} from '@aws-sdk/client-storage-gateway';
import { z } from 'zod';
import { defineCollection, parse, tagRecord } from '../collection.js';
import { readEach } from '../listing.js';
import { known, type AwsResource, type Field } from '../resource-map.js';

/**
 * The Describe*FileShares calls take at most 10 file shares each. The listings document no largest
 * page size, so they are read in AWS's default pages.
 */
const DESCRIBE_BATCH = 10;

/** A Storage Gateway file share; `id` is its ID (share-...). */
export interface FileShare extends AwsResource {
  /** NFS or SMB. */
  type: string;
  gatewayArn: string;
  /** Whether the share encrypts the objects it writes with a KMS key of the customer's. */
  kmsEncrypted: Field<boolean>;
}

/** A Storage Gateway gateway; `id` is its ID (sgw-...), `name` its name. */
export interface Gateway extends AwsResource {
  name: string;
  /** Where the gateway runs: EC2, VMWARE, HYPER-V, KVM, SNOWBALL or OTHER. */
  hostEnvironment: string;
}

const FileShareInfoSchema = z.object({
  FileShareARN: z.string(),
  FileShareId: z.string(),
  FileShareType: z.string(),
  FileShareStatus: z.string(),
  GatewayARN: z.string(),
});

const DescribedShareSchema = z.object({
  FileShareARN: z.string(),
  KMSEncrypted: z.boolean().optional(),
  Tags: z.array(z.object({ Key: z.string(), Value: z.string() })).default([]),
});

const GatewaySchema = z.object({
  GatewayARN: z.string(),
  GatewayId: z.string(),
  GatewayName: z.string(),
  HostEnvironment: z.string(),
});

type DescribedShare = z.infer<typeof DescribedShareSchema>;

/**
 * File shares of each region, each with its encryption setting and tags: the listing does not
 * carry them, so the NFS and SMB shares are described in batches of ten. Every check of file
 * shares needs the encryption, so the batches are read with the listing.
 */
const fileShares = defineCollection<FileShare>({
  service: 'storagegateway',
  name: 'fileShares',
  scope: 'regional',
  async load(context) {
    const client = context.client(StorageGatewayClient);
    const listed = await context.items('ListFileShares', paginateListFileShares({ client }, {}), (page) => page.FileShareInfoList, FileShareInfoSchema, 'file share');
    const describers: Record<string, (arns: string[]) => Promise<unknown[] | undefined>> = {
      NFS: async (arns) => (await client.send(new DescribeNFSFileSharesCommand({ FileShareARNList: arns }))).NFSFileShareInfoList,
      SMB: async (arns) => (await client.send(new DescribeSMBFileSharesCommand({ FileShareARNList: arns }))).SMBFileShareInfoList,
    };
    const described = new Map<string, Promise<DescribedShare[]>>();
    for (const [type, describe] of Object.entries(describers)) {
      const arns = listed.filter((share) => share.FileShareType === type).map((share) => share.FileShareARN);
      for (let start = 0; start < arns.length; start += DESCRIBE_BATCH) {
        const batch = arns.slice(start, start + DESCRIBE_BATCH);
        const shares = describe(batch).then((items) => (items ?? []).map((item) => parse(DescribedShareSchema, item, 'file share')));
        for (const arn of batch) described.set(arn, shares);
      }
    }
    await readEach(listed, async (share) => {
      const arn = share.FileShareARN;
      const batch = described.get(arn);
      let tags: Record<string, string> = {};
      // A share of another type has no encryption setting Prowler can read, which it takes for none.
      const kmsEncrypted = batch
        ? await context.field(`Describe${share.FileShareType}FileShares`, arn, async () => {
            const description = (await batch).find((item) => item.FileShareARN === arn);
            tags = tagRecord(description?.Tags);
            return description?.KMSEncrypted === true;
          })
        : known(false);
      context.resources.add({ arn, id: share.FileShareId, region: context.region, tags, type: share.FileShareType, gatewayArn: share.GatewayARN, kmsEncrypted });
    });
  },
});

const gateways = defineCollection<Gateway>({
  service: 'storagegateway',
  name: 'gateways',
  scope: 'regional',
  async load(context) {
    const pages = paginateListGateways({ client: context.client(StorageGatewayClient) }, {});
    for (const gateway of await context.items('ListGateways', pages, (page) => page.Gateways, GatewaySchema, 'gateway')) {
      context.resources.add({
        arn: gateway.GatewayARN,
        id: gateway.GatewayId,
        name: gateway.GatewayName,
        region: context.region,
        tags: {},
        hostEnvironment: gateway.HostEnvironment,
      });
    }
  },
});

export default { fileShares, gateways };
