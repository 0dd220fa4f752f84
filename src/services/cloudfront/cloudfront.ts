import {
  CloudFrontClient,
  GetDistributionConfigCommand,
  ListTagsForResourceCommand,
  paginateListDistributions,
} from '@aws-sdk/client-cloudfront';
import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { z } from 'zod';
import { defineCollection, parse, tagRecord, type LoadContext } from '../collection.js';
import { readEach } from '../listing.js';
import { mapField, type AwsResource, type Field } from '../resource-map.js';

export interface DistributionOrigin {
  id: string;
  domainName: string;
  /** Served from an S3 bucket (S3OriginConfig), rather than a custom origin. */
  s3: boolean;
  /** How CloudFront connects to a custom origin: http-only, match-viewer or https-only; '' for S3. */
  protocolPolicy: string;
  /** The SSL/TLS versions CloudFront may use towards a custom origin. */
  sslProtocols: string[];
  /** '' when the origin has no origin access control. */
  originAccessControlId: string;
}

/**
 * A CloudFront distribution as ListDistributions summarises it: everything but its logging and
 * default root object. `id` is the distribution ID; it is reported in the global region.
 */
export interface Distribution extends AwsResource {
  origins: DistributionOrigin[];
  /** How many origins each origin group holds. */
  originGroupSizes: number[];
  usesDefaultCertificate: boolean;
  /** The custom certificate (ACM ARN or IAM certificate ID); '' with the default certificate. */
  certificate: string;
  /** sni-only, vip or static-ip. */
  sslSupportMethod: string;
  /** The viewer security policy, e.g. TLSv1.2_2021; '' when none is named. */
  minimumProtocolVersion: string;
  /** The default cache behaviour's: allow-all, redirect-to-https or https-only. */
  viewerProtocolPolicy: string;
  /** '' when the default cache behaviour has no field-level encryption. */
  fieldLevelEncryptionId: string;
  /** '' when the default cache behaviour sends no real-time logs. */
  realtimeLogConfigArn: string;
  /** none, whitelist or blacklist. */
  geoRestrictionType: string;
  /** '' when no WAF web ACL is attached. */
  webAclId: string;
}

/** A distribution with what only its full configuration says. */
export interface DistributionWithConfig extends Distribution {
  /** Standard (legacy) access logging to S3. */
  loggingEnabled: Field<boolean>;
  /** '' when none is set. */
  defaultRootObject: Field<string>;
}

/** A distribution with the S3 buckets its S3 origins name that no account holds. */
export interface DistributionWithOriginBuckets extends Distribution {
  /** In origin order, one entry per S3 origin whose bucket does not exist. */
  missingOriginBuckets: Field<string[]>;
}

/** ListDistributions returns at most 100 distributions per page. */
const DISTRIBUTION_PAGE_SIZE = 100;

const ListedDistributionSchema = z.looseObject({ Id: z.string(), ARN: z.string() });

const OriginSchema = z.object({
  Id: z.string(),
  DomainName: z.string(),
  S3OriginConfig: z.record(z.string(), z.unknown()).nullish(),
  CustomOriginConfig: z
    .object({
      OriginProtocolPolicy: z.string().nullish(),
      OriginSslProtocols: z.object({ Items: z.array(z.string()).nullish() }).nullish(),
    })
    .nullish(),
  OriginAccessControlId: z.string().nullish(),
});

/** The parts of a distribution that its summary and its full configuration share. */
const DistributionSectionsSchema = z.object({
  Origins: z.object({ Items: z.array(OriginSchema).nullish() }),
  OriginGroups: z.object({ Items: z.array(z.object({ Members: z.object({ Quantity: z.number() }).nullish() })).nullish() }).nullish(),
  DefaultCacheBehavior: z.object({
    ViewerProtocolPolicy: z.string(),
    FieldLevelEncryptionId: z.string().nullish(),
    RealtimeLogConfigArn: z.string().nullish(),
  }),
  ViewerCertificate: z.object({
    CloudFrontDefaultCertificate: z.boolean().nullish(),
    Certificate: z.string().nullish(),
    SSLSupportMethod: z.string().nullish(),
    MinimumProtocolVersion: z.string().nullish(),
  }),
  Restrictions: z.object({ GeoRestriction: z.object({ RestrictionType: z.string() }) }),
  WebACLId: z.string().nullish(),
});

type DistributionSections = z.infer<typeof DistributionSectionsSchema>;

const DistributionConfigSchema = z.object({
  DistributionConfig: z.looseObject({
    Logging: z.object({ Enabled: z.boolean() }).nullish(),
    DefaultRootObject: z.string().nullish(),
  }),
});

type DistributionConfig = z.infer<typeof DistributionConfigSchema>['DistributionConfig'];

const TagsSchema = z.object({ Tags: z.object({ Items: z.array(z.object({ Key: z.string(), Value: z.string().optional() })).nullish() }) });

/**
 * Configurations already fetched while listing (only where a summary came without its sections),
 * so that no distribution's configuration is asked for twice in a scan.
 */
const configsReadWhileListing = new WeakMap<Distribution, DistributionConfig>();

/**
 * The account's distributions from ListDistributions, whose summaries carry all but logging and
 * the default root object, plus each distribution's tags (one call each, as every finding carries
 * them). Emulators such as moto summarise a distribution without its configuration; then, and
 * never on AWS, the distribution's configuration is read to fill it in.
 */
const distributions = defineCollection<Distribution>({
  service: 'cloudfront',
  name: 'distributions',
  scope: 'global',
  async load(context) {
    const client = context.client(CloudFrontClient);
    const pages = paginateListDistributions({ client, pageSize: DISTRIBUTION_PAGE_SIZE }, {});
    const listed = await context.items('ListDistributions', pages, (page) => page.DistributionList?.Items, ListedDistributionSchema, 'distribution summary');
    // Added in listing order once all are read, so that findings come out in a stable order.
    for (const distribution of await readEach(listed, (summary) => loadDistribution(context, client, summary))) {
      if (distribution) context.resources.add(distribution);
    }
  },
});

async function loadDistribution(
  context: LoadContext<Distribution>,
  client: CloudFrontClient,
  summary: z.infer<typeof ListedDistributionSchema>,
): Promise<Distribution | undefined> {
  let fetchedConfig: DistributionConfig | undefined;
  let sections: DistributionSections | undefined;
  const summarised = summary.ViewerCertificate !== undefined;
  // A distribution whose configuration cannot be read is missing from the listing, so that
  // failure makes the listing incomplete.
  const complete = await context.read(summarised ? 'ListDistributions' : 'GetDistributionConfig', async () => {
    if (summarised) {
      sections = parse(DistributionSectionsSchema, summary, 'distribution summary');
    } else {
      const response = await client.send(new GetDistributionConfigCommand({ Id: summary.Id }));
      fetchedConfig = parse(DistributionConfigSchema, response, 'distribution configuration').DistributionConfig;
      sections = parse(DistributionSectionsSchema, fetchedConfig, 'distribution configuration');
    }
  });
  if (!complete || !sections) return undefined;
  const distribution = toDistribution(context, summary.Id, summary.ARN, sections);
  if (fetchedConfig) configsReadWhileListing.set(distribution, fetchedConfig);
  await context.read('ListTagsForResource', async () => {
    const response = await client.send(new ListTagsForResourceCommand({ Resource: summary.ARN }));
    distribution.tags = tagRecord(parse(TagsSchema, response, 'distribution tags').Tags.Items);
  }, summary.ARN);
  return distribution;
}

function toDistribution(context: LoadContext<Distribution>, id: string, arn: string, sections: DistributionSections): Distribution {
  const { ViewerCertificate: certificate, DefaultCacheBehavior: defaultBehavior } = sections;
  return {
    arn,
    id,
    region: context.region,
    tags: {},
    origins: (sections.Origins.Items ?? []).map((origin) => ({
      id: origin.Id,
      domainName: origin.DomainName,
      // An empty S3OriginConfig configures nothing, and Prowler does not count it as one.
      s3: Object.keys(origin.S3OriginConfig ?? {}).length > 0,
      protocolPolicy: origin.CustomOriginConfig?.OriginProtocolPolicy ?? '',
      sslProtocols: origin.CustomOriginConfig?.OriginSslProtocols?.Items ?? [],
      originAccessControlId: origin.OriginAccessControlId ?? '',
    })),
    originGroupSizes: (sections.OriginGroups?.Items ?? []).map((group) => group.Members?.Quantity ?? 0),
    usesDefaultCertificate: certificate.CloudFrontDefaultCertificate ?? false,
    certificate: certificate.Certificate ?? '',
    // CloudFront's default when a distribution names no method.
    sslSupportMethod: certificate.SSLSupportMethod ?? 'static-ip',
    minimumProtocolVersion: certificate.MinimumProtocolVersion ?? '',
    viewerProtocolPolicy: defaultBehavior.ViewerProtocolPolicy,
    fieldLevelEncryptionId: defaultBehavior.FieldLevelEncryptionId ?? '',
    realtimeLogConfigArn: defaultBehavior.RealtimeLogConfigArn ?? '',
    geoRestrictionType: sections.Restrictions.GeoRestriction.RestrictionType,
    webAclId: sections.WebACLId ?? '',
  };
}

/**
 * Logging and the default root object, which summaries leave out: one GetDistributionConfig per
 * distribution, made only for the checks that judge those two settings.
 */
const distributionConfigs = defineCollection<DistributionWithConfig, { distributions: typeof distributions }>({
  service: 'cloudfront',
  name: 'distributionConfigs',
  scope: 'global',
  needs: { distributions },
  async load(context, dependencies) {
    const client = context.client(CloudFrontClient);
    await context.read('ListDistributions', async () => {
      const configured = await readEach(dependencies.distributions.all(), async (distribution): Promise<DistributionWithConfig> => {
        const config = await context.field('GetDistributionConfig', distribution.arn, async () => {
          const readWhileListing = configsReadWhileListing.get(distribution);
          if (readWhileListing) return readWhileListing;
          const response = await client.send(new GetDistributionConfigCommand({ Id: distribution.id }));
          return parse(DistributionConfigSchema, response, 'distribution configuration').DistributionConfig;
        });
        return {
          ...distribution,
          loggingEnabled: mapField(config, (settings) => settings.Logging?.Enabled ?? false),
          defaultRootObject: mapField(config, (settings) => settings.DefaultRootObject ?? ''),
        };
      });
      for (const distribution of configured) context.resources.add(distribution);
    });
  },
});

/**
 * Whether the bucket each S3 origin names exists, in any account: one HeadBucket per distinct
 * bucket, made only for the check that looks for origins left pointing at deleted buckets. The
 * account's own bucket listing cannot answer this, since the bucket may belong to anyone.
 */
const s3OriginBuckets = defineCollection<DistributionWithOriginBuckets, { distributions: typeof distributions }>({
  service: 'cloudfront',
  name: 's3OriginBuckets',
  scope: 'global',
  needs: { distributions },
  async load(context, dependencies) {
    const client = context.client(S3Client);
    const existence = new Map<string, Promise<boolean>>();
    const exists = (bucket: string) => {
      let answer = existence.get(bucket);
      if (!answer) {
        answer = bucketExists(client, bucket);
        existence.set(bucket, answer);
      }
      return answer;
    };
    await context.read('ListDistributions', async () => {
      const judged = await readEach(dependencies.distributions.all(), async (distribution): Promise<DistributionWithOriginBuckets> => {
        const buckets = distribution.origins.filter((origin) => origin.s3).map((origin) => originBucketName(origin.domainName));
        const missingOriginBuckets = await context.field('HeadBucket', distribution.arn, async () => {
          const found = await Promise.all(buckets.map(exists));
          return buckets.filter((_, index) => !found[index]);
        });
        return { ...distribution, missingOriginBuckets };
      });
      for (const distribution of judged) context.resources.add(distribution);
    });
  },
});

/** The bucket an S3 origin's domain names: what precedes its first ".s3" (bucket.s3.region.amazonaws.com). */
export function originBucketName(domainName: string): string {
  return domainName.split('.s3')[0] ?? domainName;
}

/**
 * Whether a bucket of that name exists. Only a 404 says nobody holds the name; any other answer
 * from S3 (403 for another account's bucket, 301 for one in another region) says someone does.
 * Errors without such an answer (throttling, 5xx, no connection) are failures to read.
 */
async function bucketExists(client: S3Client, bucket: string): Promise<boolean> {
  try {
    await client.send(new HeadBucketCommand({ Bucket: bucket }));
    return true;
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (status === 404) return false;
    if (status !== undefined && status >= 300 && status < 500 && status !== 429) return true;
    throw error;
  }
}

export default { distributions, distributionConfigs, s3OriginBuckets };
