import {
  DescribeSnapshotAttributeCommand,
  EC2Client,
  GetEbsEncryptionByDefaultCommand,
  GetImageBlockPublicAccessStateCommand,
  GetSnapshotBlockPublicAccessStateCommand,
  paginateDescribeImages,
  paginateDescribeSnapshots,
  paginateDescribeVolumes,
} from '@aws-sdk/client-ec2';
import { z } from 'zod';
import { defineCollection, parse, tagRecord } from '../collection.js';
import { failureOf, need, type AwsResource, type Field } from '../resource-map.js';
import { EC2_PAGE_SIZE, TagsSchema, addRegionSetting } from './shared.js';

export interface EbsVolume extends AwsResource {
  encrypted: boolean;
}

/** A snapshot the account owns. */
export interface EbsSnapshot extends AwsResource {
  encrypted: boolean;
  /** Restorable by every AWS account. */
  public: Field<boolean>;
  /** The volume it was taken from; copies of snapshots name a placeholder volume (vol-ffffffff). */
  volumeId: string | null;
}

/** An AMI the account owns; `name` is the image name when it has one. */
export interface MachineImage extends AwsResource {
  public: boolean;
}

/**
 * EBS encryption by default, a per-region account setting. `id` is the account ID and `arn` the
 * region's volume ARN prefix, as Prowler reports it.
 */
export interface EbsEncryptionByDefault extends AwsResource {
  enabled: boolean;
  /** Whether the region holds any volume: the setting matters only where volumes exist. */
  hasVolumes: Field<boolean>;
}

/**
 * A region's block public access for EBS snapshots: block-all-sharing, block-new-sharing or
 * unblocked. `id` is the account ID; `arn` is the account's EC2 ARN in the region (Prowler files
 * every region's setting under its home region's ARN, which would merge the regions here).
 */
export interface SnapshotBlockPublicAccess extends AwsResource {
  state: string;
  /** Whether the region holds any snapshot of the account: the setting matters only where some exist. */
  hasSnapshots: Field<boolean>;
}

/** A region's block public access for AMIs: block-new-sharing or unblocked. `id` and `arn` as above. */
export interface ImageBlockPublicAccess extends AwsResource {
  state: string;
}

const VolumeSchema = z.object({ VolumeId: z.string(), Encrypted: z.boolean(), Tags: TagsSchema });

const SnapshotSchema = z.object({ SnapshotId: z.string(), Encrypted: z.boolean().default(false), VolumeId: z.string().nullish(), Tags: TagsSchema });

const ImageSchema = z.object({ ImageId: z.string(), Name: z.string().nullish(), Public: z.boolean().default(false), Tags: TagsSchema });

const EbsEncryptionSchema = z.object({ EbsEncryptionByDefault: z.boolean() });

const SnapshotBlockPublicAccessSchema = z.object({ State: z.string() });

const ImageBlockPublicAccessSchema = z.object({ ImageBlockPublicAccessState: z.string() });

/** DescribeVolumes caps its page at 500. */
const VOLUME_PAGE_SIZE = 500;

const volumes = defineCollection<EbsVolume>({
  service: 'ec2',
  name: 'volumes',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeVolumes({ client: context.client(EC2Client), pageSize: VOLUME_PAGE_SIZE }, {});
    for (const volume of await context.items('DescribeVolumes', pages, (page) => page.Volumes, VolumeSchema, 'EBS volume')) {
      context.resources.add({
        arn: context.arn('ec2', `volume/${volume.VolumeId}`),
        id: volume.VolumeId,
        region: context.region,
        tags: tagRecord(volume.Tags),
        encrypted: volume.Encrypted,
      });
    }
  },
});

const ebsEncryptionByDefault = defineCollection<EbsEncryptionByDefault, { volumes: typeof volumes }>({
  service: 'ec2',
  name: 'ebsEncryptionByDefault',
  scope: 'regional',
  needs: { volumes },
  async load(context, dependencies) {
    await addRegionSetting(context, 'GetEbsEncryptionByDefault', 'volume', async (arn) => {
      const response = await context.client(EC2Client).send(new GetEbsEncryptionByDefaultCommand({}));
      return {
        enabled: parse(EbsEncryptionSchema, response, 'EBS encryption by default').EbsEncryptionByDefault,
        hasVolumes: await context.field('DescribeVolumes', arn, () => dependencies.volumes.all(context.region).length > 0),
      };
    });
  },
});

/**
 * The account's snapshots, and which of them are public: one filtered listing finds those,
 * rather than a DescribeSnapshotAttribute call per snapshot; only the few it names are then
 * confirmed one by one.
 */
const snapshots = defineCollection<EbsSnapshot>({
  service: 'ec2',
  name: 'snapshots',
  scope: 'regional',
  async load(context) {
    const client = context.client(EC2Client);
    const publicIds = listPublicSnapshotIds(client, context.account.id);
    // Held until the snapshots await it, so an early failure is not an unhandled rejection.
    publicIds.catch(() => undefined);
    const pages = paginateDescribeSnapshots({ client, pageSize: EC2_PAGE_SIZE }, ownSnapshots(context.account.id));
    for (const snapshot of await context.items('DescribeSnapshots', pages, (page) => page.Snapshots, SnapshotSchema, 'EBS snapshot')) {
      const arn = context.arn('ec2', `snapshot/${snapshot.SnapshotId}`);
      const listedPublic = await context.field('DescribeSnapshots', arn, async () => (await publicIds).has(snapshot.SnapshotId));
      context.resources.add({
        arn,
        id: snapshot.SnapshotId,
        region: context.region,
        tags: tagRecord(snapshot.Tags),
        encrypted: snapshot.Encrypted,
        public:
          failureOf(listedPublic) || !need(listedPublic)
            ? listedPublic
            : await context.field('DescribeSnapshotAttribute', arn, () => confirmPublic(client, snapshot.SnapshotId)),
        volumeId: snapshot.VolumeId ?? null,
      });
    }
  },
});

const SnapshotPermissionsSchema = z.object({ CreateVolumePermissions: z.array(z.object({ Group: z.string().nullish() })).default([]) });

const images = defineCollection<MachineImage>({
  service: 'ec2',
  name: 'images',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeImages({ client: context.client(EC2Client), pageSize: EC2_PAGE_SIZE }, { Owners: ['self'], IncludeDeprecated: true });
    for (const image of await context.items('DescribeImages', pages, (page) => page.Images, ImageSchema, 'AMI')) {
      context.resources.add({
        arn: context.arn('ec2', `image/${image.ImageId}`),
        id: image.ImageId,
        name: image.Name ?? undefined,
        region: context.region,
        tags: tagRecord(image.Tags),
        public: image.Public,
      });
    }
  },
});

const snapshotBlockPublicAccess = defineCollection<SnapshotBlockPublicAccess, { snapshots: typeof snapshots }>({
  service: 'ec2',
  name: 'snapshotBlockPublicAccess',
  scope: 'regional',
  needs: { snapshots },
  async load(context, dependencies) {
    await addRegionSetting(context, 'GetSnapshotBlockPublicAccessState', 'account', async (arn) => {
      const response = await context.client(EC2Client).send(new GetSnapshotBlockPublicAccessStateCommand({}));
      return {
        state: parse(SnapshotBlockPublicAccessSchema, response, 'snapshot block public access state').State,
        hasSnapshots: await context.field('DescribeSnapshots', arn, () => dependencies.snapshots.all(context.region).length > 0),
      };
    });
  },
});

const imageBlockPublicAccess = defineCollection<ImageBlockPublicAccess>({
  service: 'ec2',
  name: 'imageBlockPublicAccess',
  scope: 'regional',
  async load(context) {
    await addRegionSetting(context, 'GetImageBlockPublicAccessState', 'account', async () => {
      const response = await context.client(EC2Client).send(new GetImageBlockPublicAccessStateCommand({}));
      return { state: parse(ImageBlockPublicAccessSchema, response, 'AMI block public access state').ImageBlockPublicAccessState };
    });
  },
});

export default { volumes, snapshots, images, ebsEncryptionByDefault, snapshotBlockPublicAccess, imageBlockPublicAccess };

/**
 * The account's own snapshots. The owner-id filter repeats what OwnerIds already says on AWS; it
 * is there for emulators (moto 5.2) that ignore OwnerIds and would list Amazon's AMI snapshots.
 */
function ownSnapshots(accountId: string) {
  return { OwnerIds: ['self'], Filters: [{ Name: 'owner-id', Values: [accountId] }] };
}

/**
 * Each snapshot the filtered listing calls public, confirmed by its create-volume permission:
 * one call per public snapshot, few on AWS, and an emulator that ignores the filter (moto 5.2
 * lists every snapshot) cannot make a private snapshot look public.
 */
async function confirmPublic(client: EC2Client, snapshotId: string): Promise<boolean> {
  const response = await client.send(new DescribeSnapshotAttributeCommand({ SnapshotId: snapshotId, Attribute: 'createVolumePermission' }));
  return parse(SnapshotPermissionsSchema, response, 'snapshot attribute').CreateVolumePermissions.some((permission) => permission.Group === 'all');
}

/** IDs of the account's snapshots in one region that every AWS account may restore. */
async function listPublicSnapshotIds(client: EC2Client, accountId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  const request = { ...ownSnapshots(accountId), RestorableByUserIds: ['all'] };
  for await (const page of paginateDescribeSnapshots({ client, pageSize: EC2_PAGE_SIZE }, request)) {
    for (const snapshot of page.Snapshots ?? []) if (snapshot.SnapshotId) ids.add(snapshot.SnapshotId);
  }
  return ids;
}
