import {
  DescribeBackupPolicyCommand,
  DescribeFileSystemPolicyCommand,
  EFSClient,
  paginateDescribeAccessPoints,
  paginateDescribeFileSystems,
  paginateDescribeMountTargets,
} from '@aws-sdk/client-efs';
import { z } from 'zod';
import { defineCollection, parse, tagRecord, unlessAbsent } from '../collection.js';
import { perListedResource } from '../listing.js';
import { parsePolicyDocument, type PolicyDocument } from '../policy.js';
import type { AwsResource, Field } from '../resource-map.js';

/**
 * EFS's listings return 100 items a page by default (DescribeMountTargets 10), and no larger page
 * is documented.
 */
const PAGE_SIZE = 100;

/** An EFS file system; `id` is its ID (fs-...), `name` its Name tag. */
export interface FileSystem extends AwsResource {
  encrypted: boolean;
  /** Set for One Zone file systems; null for Regional ones. */
  availabilityZoneId: string | null;
  numberOfMountTargets: number;
}

export interface FileSystemPolicy extends FileSystem {
  /** The file system policy; null when it has none. */
  policy: Field<PolicyDocument | null>;
}

export interface FileSystemBackupPolicy extends FileSystem {
  /** ENABLED, ENABLING, DISABLED or DISABLING; DISABLED when the file system has no backup policy. */
  backupStatus: Field<string>;
}

export interface MountTarget {
  id: string;
  subnetId: string;
}

export interface FileSystemMountTargets extends FileSystem {
  mountTargets: Field<MountTarget[]>;
}

/** An EFS access point; `id` is its ID (fsap-...). */
export interface AccessPoint extends AwsResource {
  fileSystemId: string;
  /** The directory the access point exposes as the root of the file system. */
  rootDirectoryPath: string;
  /** A POSIX user is set, which every request through the access point is made as. */
  enforcesUserIdentity: boolean;
}

const TagsSchema = z.array(z.object({ Key: z.string(), Value: z.string() })).default([]);

const FileSystemSchema = z.object({
  FileSystemId: z.string(),
  Name: z.string().optional(),
  Encrypted: z.boolean().optional(),
  AvailabilityZoneId: z.string().optional(),
  NumberOfMountTargets: z.number(),
  Tags: TagsSchema,
});

const MountTargetSchema = z.object({ MountTargetId: z.string(), SubnetId: z.string() });

const AccessPointSchema = z.object({
  AccessPointArn: z.string(),
  AccessPointId: z.string(),
  FileSystemId: z.string(),
  Name: z.string().optional(),
  Tags: TagsSchema,
  RootDirectory: z.object({ Path: z.string().optional() }).optional(),
  PosixUser: z.object({ Uid: z.number().optional(), Gid: z.number().optional() }).optional(),
});

const fileSystems = defineCollection<FileSystem>({
  service: 'efs',
  name: 'fileSystems',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeFileSystems({ client: context.client(EFSClient), pageSize: PAGE_SIZE }, {});
    for (const fileSystem of await context.items('DescribeFileSystems', pages, (page) => page.FileSystems, FileSystemSchema, 'EFS file system')) {
      context.resources.add({
        arn: context.arn('elasticfilesystem', `file-system/${fileSystem.FileSystemId}`),
        id: fileSystem.FileSystemId,
        ...(fileSystem.Name ? { name: fileSystem.Name } : {}),
        region: context.region,
        tags: tagRecord(fileSystem.Tags),
        encrypted: fileSystem.Encrypted === true,
        availabilityZoneId: fileSystem.AvailabilityZoneId ?? null,
        numberOfMountTargets: fileSystem.NumberOfMountTargets,
      });
    }
  },
});

/** Each file system's policy, a DescribeFileSystemPolicy call per file system: only the public-access check asks for it. */
const fileSystemPolicies = perListedResource<FileSystemPolicy, FileSystem>({
  service: 'efs',
  name: 'fileSystemPolicies',
  scope: 'regional',
  listed: fileSystems,
  operation: 'DescribeFileSystems',
  async read(context, fileSystem) {
    const policy = await context.field('DescribeFileSystemPolicy', fileSystem.arn, async () => {
      const response = await unlessAbsent(context.client(EFSClient).send(new DescribeFileSystemPolicyCommand({ FileSystemId: fileSystem.id })), 'PolicyNotFound');
      return response?.Policy ? parsePolicyDocument(response.Policy) : null;
    });
    return { ...fileSystem, policy };
  },
});

/** Each file system's automatic backup setting, a DescribeBackupPolicy call per file system: only the backup check asks for it. */
const fileSystemBackupPolicies = perListedResource<FileSystemBackupPolicy, FileSystem>({
  service: 'efs',
  name: 'fileSystemBackupPolicies',
  scope: 'regional',
  listed: fileSystems,
  operation: 'DescribeFileSystems',
  async read(context, fileSystem) {
    const backupStatus = await context.field('DescribeBackupPolicy', fileSystem.arn, async () => {
      const response = await unlessAbsent(context.client(EFSClient).send(new DescribeBackupPolicyCommand({ FileSystemId: fileSystem.id })), 'PolicyNotFound');
      return response?.BackupPolicy?.Status ?? 'DISABLED';
    });
    return { ...fileSystem, backupStatus };
  },
});

/**
 * Each file system's mount targets: DescribeMountTargets takes one file system a call, and only
 * the mount-target check asks for them.
 */
const fileSystemMountTargets = perListedResource<FileSystemMountTargets, FileSystem>({
  service: 'efs',
  name: 'fileSystemMountTargets',
  scope: 'regional',
  listed: fileSystems,
  operation: 'DescribeFileSystems',
  async read(context, fileSystem) {
    const mountTargets = await context.field('DescribeMountTargets', fileSystem.arn, async () => {
      const pages = paginateDescribeMountTargets({ client: context.client(EFSClient), pageSize: PAGE_SIZE }, { FileSystemId: fileSystem.id });
      const targets: MountTarget[] = [];
      for await (const page of pages) {
        for (const raw of page.MountTargets ?? []) {
          const target = parse(MountTargetSchema, raw, 'EFS mount target');
          targets.push({ id: target.MountTargetId, subnetId: target.SubnetId });
        }
      }
      return targets;
    });
    return { ...fileSystem, mountTargets };
  },
});

/**
 * Every access point of the region in one listing (DescribeAccessPoints without a file system
 * lists them all). An access point described without a root directory path is left out, as
 * Prowler cannot read it either.
 */
const accessPoints = defineCollection<AccessPoint>({
  service: 'efs',
  name: 'accessPoints',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeAccessPoints({ client: context.client(EFSClient), pageSize: PAGE_SIZE }, {});
    for (const accessPoint of await context.items('DescribeAccessPoints', pages, (page) => page.AccessPoints, AccessPointSchema, 'EFS access point')) {
      const rootDirectoryPath = accessPoint.RootDirectory?.Path;
      if (rootDirectoryPath === undefined) continue;
      const posixUser = accessPoint.PosixUser;
      context.resources.add({
        arn: accessPoint.AccessPointArn,
        id: accessPoint.AccessPointId,
        ...(accessPoint.Name ? { name: accessPoint.Name } : {}),
        region: context.region,
        tags: tagRecord(accessPoint.Tags),
        fileSystemId: accessPoint.FileSystemId,
        rootDirectoryPath,
        enforcesUserIdentity: posixUser !== undefined && (posixUser.Uid !== undefined || posixUser.Gid !== undefined),
      });
    }
  },
});

export default { fileSystems, fileSystemPolicies, fileSystemBackupPolicies, fileSystemMountTargets, accessPoints };
