import { WorkSpacesClient, paginateDescribeWorkspaces } from '@aws-sdk/client-workspaces';
import { z } from 'zod';
import { defineCollection } from '../collection.js';
import type { AwsResource } from '../resource-map.js';

/** A WorkSpace; `id` is its WorkSpace ID. */
export interface Workspace extends AwsResource {
  subnetId: string | null;
  userVolumeEncrypted: boolean;
  rootVolumeEncrypted: boolean;
}

/** DescribeWorkspaces caps its page at 25. */
const WORKSPACE_PAGE_SIZE = 25;

const WorkspaceSchema = z.object({
  WorkspaceId: z.string(),
  SubnetId: z.string().nullish(),
  UserVolumeEncryptionEnabled: z.boolean().nullish(),
  RootVolumeEncryptionEnabled: z.boolean().nullish(),
});

const workspaces = defineCollection<Workspace>({
  service: 'workspaces',
  name: 'workspaces',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeWorkspaces({ client: context.client(WorkSpacesClient), pageSize: WORKSPACE_PAGE_SIZE }, {});
    for (const workspace of await context.items('DescribeWorkspaces', pages, (page) => page.Workspaces, WorkspaceSchema, 'WorkSpace')) {
      context.resources.add({
        arn: context.arn('workspaces', `workspace/${workspace.WorkspaceId}`),
        id: workspace.WorkspaceId,
        region: context.region,
        tags: {},
        subnetId: workspace.SubnetId || null,
        userVolumeEncrypted: workspace.UserVolumeEncryptionEnabled === true,
        rootVolumeEncrypted: workspace.RootVolumeEncryptionEnabled === true,
      });
    }
  },
});

export default { workspaces };
