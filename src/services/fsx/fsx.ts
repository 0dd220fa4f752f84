import { FSxClient, paginateDescribeFileSystems } from '@aws-sdk/client-fsx';
import { z } from 'zod';
import { defineCollection, tagRecord } from '../collection.js';
import type { AwsResource } from '../resource-map.js';

/**
 * DescribeFileSystems accepts any page size up to 2^31-1 and caps it at its own internal maximum,
 * so the largest value asks for the fullest pages.
 */
const PAGE_SIZE = 2_147_483_647;

/** An FSx file system; `id` is its ID (fs-...). */
export interface FsxFileSystem extends AwsResource {
  /** WINDOWS, LUSTRE, ONTAP or OPENZFS. */
  type: string;
  /** Whether backups get the file system's tags; null for types without the setting (ONTAP). */
  copyTagsToBackups: boolean | null;
  /** Whether volumes get the file system's tags; null for types other than OpenZFS. */
  copyTagsToVolumes: boolean | null;
  subnetIds: string[];
}

const CopyTagsSchema = z.object({ CopyTagsToBackups: z.boolean().optional(), CopyTagsToVolumes: z.boolean().optional() }).optional();

const FileSystemSchema = z.object({
  FileSystemId: z.string(),
  FileSystemType: z.string(),
  SubnetIds: z.array(z.string()).default([]),
  Tags: z.array(z.object({ Key: z.string(), Value: z.string() })).default([]),
  WindowsConfiguration: CopyTagsSchema,
  LustreConfiguration: CopyTagsSchema,
  OpenZFSConfiguration: CopyTagsSchema,
});

type FileSystemDescription = z.infer<typeof FileSystemSchema>;

/** The configuration block that carries a type's copy-tags settings; ONTAP has none. */
function copyTagsSettings(fileSystem: FileSystemDescription): z.infer<typeof CopyTagsSchema> | null {
  switch (fileSystem.FileSystemType) {
    case 'WINDOWS':
      return fileSystem.WindowsConfiguration ?? {};
    case 'LUSTRE':
      return fileSystem.LustreConfiguration ?? {};
    case 'OPENZFS':
      return fileSystem.OpenZFSConfiguration ?? {};
    default:
      return null;
  }
}

const fileSystems = defineCollection<FsxFileSystem>({
  service: 'fsx',
  name: 'fileSystems',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeFileSystems({ client: context.client(FSxClient), pageSize: PAGE_SIZE }, {});
    for (const fileSystem of await context.items('DescribeFileSystems', pages, (page) => page.FileSystems, FileSystemSchema, 'FSx file system')) {
      const settings = copyTagsSettings(fileSystem);
      context.resources.add({
        arn: context.arn('fsx', `file-system/${fileSystem.FileSystemId}`),
        id: fileSystem.FileSystemId,
        region: context.region,
        tags: tagRecord(fileSystem.Tags),
        type: fileSystem.FileSystemType,
        copyTagsToBackups: settings === null ? null : settings?.CopyTagsToBackups === true,
        copyTagsToVolumes: fileSystem.FileSystemType === 'OPENZFS' ? settings?.CopyTagsToVolumes === true : null,
        subnetIds: fileSystem.SubnetIds,
      });
    }
  },
});

export default { fileSystems };
