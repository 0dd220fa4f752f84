import {
  BatchGetImageCommand,
  DescribeImageScanFindingsCommand,
  ECRClient,
  GetDownloadUrlForLayerCommand,
  GetLifecyclePolicyCommand,
  GetRegistryScanningConfigurationCommand,
  GetRepositoryPolicyCommand,
  paginateDescribeImages,
  paginateDescribeRepositories,
} from '@aws-sdk/client-ecr';
import { z } from 'zod';
import { describeError } from '../../errors.js';
import { defineCollection, isNotFound, parse, unlessAbsent, type LoadContext } from '../collection.js';
import { perListedResource } from '../listing.js';
import { parsePolicyDocument, type PolicyDocument } from '../policy.js';
import { known, mapField, UnreadDataError, type AwsResource, type Field } from '../resource-map.js';
import { inspectImage, type ImageBlobSource, type ImageSecretScan } from './image-inspection.js';

/** DescribeRepositories and DescribeImages return at most 1000 items a page. */
const PAGE_SIZE = 1000;

/** A private repository of the account's default registry; `id` and `name` are its name. */
export type EcrRepository = AwsResource & {
  name: string;
  scanOnPush: boolean;
  /** MUTABLE, IMMUTABLE, or one of their _WITH_EXCLUSION forms. */
  tagMutability: string;
};

const RepositorySchema = z.object({
  repositoryName: z.string(),
  repositoryArn: z.string(),
  imageTagMutability: z.string().nullish(),
  imageScanningConfiguration: z.object({ scanOnPush: z.boolean().nullish() }).nullish(),
});

/** A region's repositories, from the one DescribeRepositories listing. */
const repositories = defineCollection<EcrRepository>({
  service: 'ecr',
  name: 'repositories',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeRepositories({ client: context.client(ECRClient), pageSize: PAGE_SIZE }, {});
    for (const listed of await context.items('DescribeRepositories', pages, (page) => page.repositories, RepositorySchema, 'ECR repository')) {
      context.resources.add({
        arn: listed.repositoryArn,
        id: listed.repositoryName,
        name: listed.repositoryName,
        region: context.region,
        tags: {},
        scanOnPush: listed.imageScanningConfiguration?.scanOnPush ?? false,
        tagMutability: listed.imageTagMutability ?? 'MUTABLE',
      });
    }
  },
});

export interface EcrScanningRule {
  /** SCAN_ON_PUSH, CONTINUOUS_SCAN or MANUAL. */
  frequency: string;
  /** The repository filters' patterns; empty when the rule has none. */
  filters: readonly string[];
}

/**
 * The account's default registry in one region; `id` is the account ID and the ARN
 * `arn:...:ecr:<region>:<account>:registry/<account>`, as Prowler reports it.
 */
export interface EcrRegistry extends AwsResource {
  /** BASIC or ENHANCED. */
  scanType: Field<string>;
  rules: Field<readonly EcrScanningRule[]>;
  /** How many repositories the region holds: a registry without any is not in use. */
  repositoryCount: number;
}

const ScanningConfigurationSchema = z.object({
  scanningConfiguration: z
    .object({
      scanType: z.string().nullish(),
      rules: z.array(z.object({ scanFrequency: z.string(), repositoryFilters: z.array(z.object({ filter: z.string() })).nullish() })).nullish(),
    })
    .nullish(),
});

/**
 * Each region's registry scanning configuration (GetRegistryScanningConfiguration, one call per
 * region). Where the feature is switched off, AWS answers with a validation error; the registry
 * then scans the basic way with no rules, as Prowler takes it.
 */
const registries = defineCollection<EcrRegistry, { repositories: typeof repositories }>({
  service: 'ecr',
  name: 'registries',
  scope: 'regional',
  needs: { repositories },
  async load(context, dependencies) {
    await context.read('DescribeRepositories', async () => {
      const repositoryCount = dependencies.repositories.all(context.region).length;
      const arn = context.arn('ecr', `registry/${context.account.id}`);
      const configuration = await context.field('GetRegistryScanningConfiguration', arn, async () => {
        try {
          const response = parse(ScanningConfigurationSchema, await context.client(ECRClient).send(new GetRegistryScanningConfigurationCommand({})), 'registry scanning configuration');
          return {
            scanType: response.scanningConfiguration?.scanType ?? 'BASIC',
            rules: (response.scanningConfiguration?.rules ?? []).map((rule) => ({ frequency: rule.scanFrequency, filters: (rule.repositoryFilters ?? []).map((filter) => filter.filter) })),
          };
        } catch (error) {
          if (isNotFound(error, 'ValidationException') && error instanceof Error && error.message.includes('This feature is disabled')) return { scanType: 'BASIC', rules: [] };
          throw error;
        }
      });
      context.resources.add({
        arn,
        id: context.account.id,
        region: context.region,
        tags: {},
        scanType: mapField(configuration, (read) => read.scanType),
        rules: mapField(configuration, (read) => read.rules),
        repositoryCount,
      });
    });
  },
});

export interface EcrRepositoryPolicy extends EcrRepository {
  /** The repository policy; null when the repository has none. */
  policy: Field<PolicyDocument | null>;
}

/** Each repository's policy: one GetRepositoryPolicy call per repository, only when a check reads it. */
const repositoryPolicies = perListedResource<EcrRepositoryPolicy, EcrRepository>({
  service: 'ecr',
  name: 'repositoryPolicies',
  scope: 'regional',
  listed: repositories,
  operation: 'DescribeRepositories',
  async read(context, repository) {
    const policy = await context.field('GetRepositoryPolicy', repository.arn, async () => {
      const response = await unlessAbsent(context.client(ECRClient).send(new GetRepositoryPolicyCommand({ repositoryName: repository.name })), 'RepositoryPolicyNotFoundException');
      return response?.policyText ? parsePolicyDocument(response.policyText) : null;
    });
    return { ...repository, policy };
  },
});

export interface EcrRepositoryLifecycle extends EcrRepository {
  /** The lifecycle policy's text; null when the repository has none. */
  lifecyclePolicy: Field<string | null>;
}

/** Each repository's lifecycle policy: one GetLifecyclePolicy call per repository, only when a check reads it. */
const lifecyclePolicies = perListedResource<EcrRepositoryLifecycle, EcrRepository>({
  service: 'ecr',
  name: 'lifecyclePolicies',
  scope: 'regional',
  listed: repositories,
  operation: 'DescribeRepositories',
  async read(context, repository) {
    const lifecyclePolicy = await context.field('GetLifecyclePolicy', repository.arn, async () => {
      const response = await unlessAbsent(context.client(ECRClient).send(new GetLifecyclePolicyCommand({ repositoryName: repository.name })), 'LifecyclePolicyNotFoundException');
      return response?.lifecyclePolicyText || null;
    });
    return { ...repository, lifecyclePolicy };
  },
});

/** Counts of an image's vulnerability findings at the severities Prowler weighs. */
export interface EcrSeverityCounts {
  critical: number;
  high: number;
  medium: number;
}

/** The most recently pushed scannable image of a repository and its last vulnerability scan. */
export interface EcrImageScan {
  digest: string;
  /** The image's first tag; "None" when it has none. */
  tag: string;
  /** Docker, OCI, or empty for another artifact type. */
  type: string;
  /** The scan's status (COMPLETE, FAILED, ACTIVE...); null when the image was never scanned. */
  status: string | null;
  /** Null when the scan reported no findings summary. */
  severityCounts: EcrSeverityCounts | null;
}

export interface EcrRepositoryLatestImage extends EcrRepository {
  /** Null when the repository holds no scannable image (or does not scan on push, as Prowler reads only those). */
  latestImage: Field<EcrImageScan | null>;
}

/** Artifacts ECR can scan: Docker and OCI image configurations and layers. */
const SCANNABLE_MEDIA_TYPES = new Set([
  'application/vnd.docker.container.image.v1+json',
  'application/vnd.docker.image.rootfs.diff.tar',
  'application/vnd.docker.image.rootfs.diff.tar.gzip',
  'application/vnd.oci.image.config.v1+json',
  'application/vnd.oci.image.layer.v1.tar',
  'application/vnd.oci.image.layer.v1.tar+gzip',
]);

const SeverityCountsSchema = z.record(z.string(), z.number()).nullish();

const ImageSchema = z.object({
  imageDigest: z.string(),
  imageTags: z.array(z.string()).nullish(),
  imagePushedAt: z.date(),
  artifactMediaType: z.string().nullish(),
  imageScanStatus: z.object({ status: z.string().nullish() }).nullish(),
  imageScanFindingsSummary: z.object({ findingSeverityCounts: SeverityCountsSchema }).nullish(),
});

type ListedImage = z.infer<typeof ImageSchema>;

const ScanFindingsSchema = z.object({
  imageScanStatus: z.object({ status: z.string().nullish() }).nullish(),
  imageScanFindings: z.object({ findingSeverityCounts: SeverityCountsSchema }).nullish(),
});

/**
 * The latest scannable image of each repository that scans on push, with its last scan: one
 * DescribeImages listing per such repository, only when the vulnerability check runs. Basic
 * scanning may leave the scan out of DescribeImages; then DescribeImageScanFindings is asked for
 * the newest image, and an image AWS has no scan (or no longer any image) for is passed over for
 * the next newest, as Prowler drops such images.
 */
const latestImages = perListedResource<EcrRepositoryLatestImage, EcrRepository>({
  service: 'ecr',
  name: 'latestImages',
  scope: 'regional',
  listed: repositories,
  operation: 'DescribeRepositories',
  async read(context, repository) {
    if (!repository.scanOnPush) return { ...repository, latestImage: known(null) };
    const latestImage = await context.field('DescribeImages', repository.arn, () => latestScannedImage(context, repository));
    return { ...repository, latestImage };
  },
});

async function latestScannedImage(context: LoadContext<EcrRepositoryLatestImage>, repository: EcrRepository): Promise<EcrImageScan | null> {
  const client = context.client(ECRClient);
  const pages = paginateDescribeImages({ client, pageSize: PAGE_SIZE }, { registryId: context.account.id, repositoryName: repository.name });
  const images: ListedImage[] = [];
  for await (const page of pages) for (const raw of page.imageDetails ?? []) images.push(parse(ImageSchema, raw, 'ECR image'));
  // Newest first; among images pushed at the same instant the one listed last counts as newest.
  const newestFirst = images
    .filter(isScannable)
    .map((image, order) => ({ image, order }))
    .sort((a, b) => b.image.imagePushedAt.getTime() - a.image.imagePushedAt.getTime() || b.order - a.order)
    .map(({ image }) => image);
  for (const image of newestFirst) {
    const described = { digest: image.imageDigest, tag: image.imageTags?.[0] ?? 'None', type: artifactType(image.artifactMediaType) };
    if (image.imageScanStatus) {
      return { ...described, status: image.imageScanStatus.status ?? null, severityCounts: severityCounts(image.imageScanFindingsSummary) };
    }
    const findings = await unlessAbsent(
      client.send(new DescribeImageScanFindingsCommand({ registryId: context.account.id, repositoryName: repository.name, imageId: { imageDigest: image.imageDigest } })),
      'ScanNotFoundException',
      'ImageNotFoundException',
    );
    if (!findings) continue;
    const scan = parse(ScanFindingsSchema, findings, 'ECR image scan findings');
    return { ...described, status: scan.imageScanStatus?.status ?? null, severityCounts: severityCounts(scan.imageScanFindings) };
  }
  return null;
}

function isScannable(image: ListedImage): boolean {
  // Signatures pushed as image configurations (jib) are tagged sha256-<digest>.sig.
  const isSignature = (image.imageTags ?? []).some((tag) => tag.startsWith('sha256-') && tag.endsWith('.sig'));
  return !isSignature && SCANNABLE_MEDIA_TYPES.has(image.artifactMediaType ?? '');
}

function artifactType(mediaType: string | null | undefined): string {
  if (mediaType?.includes('docker')) return 'Docker';
  if (mediaType?.includes('oci')) return 'OCI';
  return '';
}

function severityCounts(summary: { findingSeverityCounts?: Record<string, number> | null } | null | undefined): EcrSeverityCounts | null {
  if (!summary) return null;
  const counts = summary.findingSeverityCounts ?? {};
  return { critical: counts.CRITICAL ?? 0, high: counts.HIGH ?? 0, medium: counts.MEDIUM ?? 0 };
}

/** The latest pushed scannable image of a repository and what its secrets scan found. */
export interface EcrImageSecrets {
  digest: string;
  /** The image's first tag; "None" when it has none. */
  tag: string;
  scan: ImageSecretScan;
}

export interface EcrRepositoryImageSecrets extends EcrRepository {
  /** Null when the repository holds no scannable image. */
  imageSecrets: Field<EcrImageSecrets | null>;
}

/**
 * The latest pushed scannable image of every repository (scanning on push or not), downloaded and
 * scanned for secrets (see image-inspection.ts for what is read and its bounds), only when the
 * image secrets check runs: per repository one DescribeImages listing, BatchGetImage for the
 * manifest (twice for a multi-arch image), and GetDownloadUrlForLayer for the configuration and
 * each layer. A failed call is this repository's unread data, named by the call.
 */
const imageSecrets = perListedResource<EcrRepositoryImageSecrets, EcrRepository>({
  service: 'ecr',
  name: 'imageSecrets',
  scope: 'regional',
  listed: repositories,
  operation: 'DescribeRepositories',
  async read(context, repository) {
    const imageSecrets = await context.field('DescribeImages', repository.arn, async () => {
      const image = await latestPushedImage(context, repository);
      if (!image) return null;
      const scan = await inspectImage(imageBlobSource(context, repository), image.imageDigest, { ignorePatterns: context.config.secrets_ignore_patterns });
      return { digest: image.imageDigest, tag: image.imageTags?.[0] ?? 'None', scan };
    });
    return { ...repository, imageSecrets };
  },
});

/** The newest scannable image; of images pushed at the same instant, the one listed last, as Prowler picks. */
async function latestPushedImage(context: LoadContext<EcrRepositoryImageSecrets>, repository: EcrRepository): Promise<ListedImage | null> {
  const pages = paginateDescribeImages({ client: context.client(ECRClient), pageSize: PAGE_SIZE }, { registryId: context.account.id, repositoryName: repository.name });
  let latest: ListedImage | null = null;
  for await (const page of pages) {
    for (const raw of page.imageDetails ?? []) {
      const image = parse(ImageSchema, raw, 'ECR image');
      if (isScannable(image) && (!latest || image.imagePushedAt >= latest.imagePushedAt)) latest = image;
    }
  }
  return latest;
}

const BatchGetImageSchema = z.object({
  images: z.array(z.object({ imageManifest: z.string().nullish(), imageManifestMediaType: z.string().nullish() })).nullish(),
});

function imageBlobSource(context: LoadContext<EcrRepositoryImageSecrets>, repository: EcrRepository): ImageBlobSource {
  const client = context.client(ECRClient);
  const image = { registryId: context.account.id, repositoryName: repository.name };
  const call = async <R>(operation: string, request: () => Promise<R>): Promise<R> => {
    try {
      return await request();
    } catch (error) {
      throw new UnreadDataError({ service: 'ecr', region: context.region, operation, message: describeError(error), resourceArn: repository.arn });
    }
  };
  return {
    async manifest(digest) {
      const response = await call('BatchGetImage', async () =>
        parse(BatchGetImageSchema, await client.send(new BatchGetImageCommand({ ...image, imageIds: [{ imageDigest: digest }] })), 'ECR image manifest'),
      );
      // An image ECR cannot find comes back among the response's failures, with no images.
      const found = response.images?.[0];
      return found?.imageManifest ? { text: found.imageManifest, mediaType: found.imageManifestMediaType ?? undefined } : null;
    },
    async blobUrl(digest) {
      const response = await call('GetDownloadUrlForLayer', () =>
        unlessAbsent(client.send(new GetDownloadUrlForLayerCommand({ ...image, layerDigest: digest })), 'LayersNotFoundException', 'LayerInaccessibleException'),
      );
      return response?.downloadUrl ?? null;
    },
  };
}

export default { repositories, registries, repositoryPolicies, lifecyclePolicies, latestImages, imageSecrets };
