import { BackupClient, GetBackupSelectionCommand, paginateListBackupPlans, paginateListBackupSelections } from '@aws-sdk/client-backup';
import { z } from 'zod';
import { defineCollection, parse, type LoadContext } from '../collection.js';
import type { AwsResource } from '../resource-map.js';

/** AWS Backup's list calls return at most 1000 items a page. */
const BACKUP_PAGE_SIZE = 1000;

/** A backup plan (its latest version); `id` is the plan ID and `name` its name. */
export interface BackupPlan extends AwsResource {
  name: string;
  versionId: string;
  /** When the plan last ran a backup job; null when it never has. */
  lastExecutionDate: Date | null;
}

/**
 * A backup plan's selection: the resources it assigns to the plan. `arn` is the plan's ARN with
 * the selection ID appended (selections have no ARN of their own); `id` is the selection ID.
 */
export interface BackupSelection extends AwsResource {
  planId: string;
  planArn: string;
  /** Resource ARNs the selection covers, as written: exact ARNs or patterns such as `arn:aws:ec2:*:*:volume/*` or `*`. */
  resources: string[];
}

const PlanSchema = z.object({
  BackupPlanArn: z.string(),
  BackupPlanId: z.string(),
  BackupPlanName: z.string(),
  VersionId: z.string(),
  LastExecutionDate: z.date().nullish(),
});

const SelectionSummarySchema = z.object({ SelectionId: z.string() });

const SelectionSchema = z.object({
  BackupSelection: z.object({ SelectionName: z.string(), Resources: z.array(z.string()).nullish() }),
});

const plans = defineCollection<BackupPlan>({
  service: 'backup',
  name: 'plans',
  scope: 'regional',
  async load(context) {
    const pages = paginateListBackupPlans({ client: context.client(BackupClient), pageSize: BACKUP_PAGE_SIZE }, {});
    for (const plan of await context.items('ListBackupPlans', pages, (page) => page.BackupPlansList, PlanSchema, 'backup plan')) {
      context.resources.add({
        arn: plan.BackupPlanArn,
        id: plan.BackupPlanId,
        name: plan.BackupPlanName,
        region: context.region,
        tags: {},
        versionId: plan.VersionId,
        lastExecutionDate: plan.LastExecutionDate ?? null,
      });
    }
  },
});

/**
 * Every selection of every plan in the region. AWS lists a plan's selections without what they
 * select, so each selection takes a GetBackupSelection call of its own; only checks about
 * protected resources ask for this collection. A selection that could not be read fails the
 * region's listing, since the resources it would have covered are unknown.
 */
const selections = defineCollection<BackupSelection, { plans: typeof plans }>({
  service: 'backup',
  name: 'selections',
  scope: 'regional',
  needs: { plans },
  async load(context, dependencies) {
    const client = context.client(BackupClient);
    // A region whose plans could not be listed fails here with ListBackupPlans, naming that call.
    await context.read('ListBackupPlans', async () => {
      await Promise.all(dependencies.plans.all(context.region).map((plan) => readSelections(context, client, plan)));
    });
  },
});

async function readSelections(context: LoadContext<BackupSelection>, client: BackupClient, plan: BackupPlan): Promise<void> {
  const pages = paginateListBackupSelections({ client, pageSize: BACKUP_PAGE_SIZE }, { BackupPlanId: plan.id });
  const listed = await context.items('ListBackupSelections', pages, (page) => page.BackupSelectionsList, SelectionSummarySchema, 'backup selection');
  for (const { SelectionId } of listed) {
    await context.read('GetBackupSelection', async () => {
      const response = await client.send(new GetBackupSelectionCommand({ BackupPlanId: plan.id, SelectionId }));
      const selection = parse(SelectionSchema, response, 'backup selection').BackupSelection;
      context.resources.add({
        arn: `${plan.arn}/selection/${SelectionId}`,
        id: SelectionId,
        name: selection.SelectionName,
        region: context.region,
        tags: {},
        planId: plan.id,
        planArn: plan.arn,
        resources: selection.Resources ?? [],
      });
    });
  }
}

export default { plans, selections };
