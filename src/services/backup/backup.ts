import {
  BackupClient,
  GetBackupSelectionCommand,
  paginateListBackupPlans,
  paginateListBackupSelections,
  paginateListBackupVaults,
  paginateListRecoveryPointsByBackupVault,
  paginateListReportPlans,
} from '@aws-sdk/client-backup';
import { z } from 'zod';
import { defineCollection, parse, type LoadContext } from '../collection.js';
import { readEach } from '../listing.js';
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
      await readEach(dependencies.plans.all(context.region), (plan) => readSelections(context, client, plan));
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


/** A backup vault; `id` and `name` are its name. */
export interface BackupVault extends AwsResource {
  name: string;
  /** The KMS key encrypting its recovery points; null when it names none. */
  encryptionKeyArn: string | null;
}

/** An AWS Backup report plan; `id` and `name` are its name. */
export interface BackupReportPlan extends AwsResource {
  name: string;
}

/** A recovery point of a vault; `id` is the last part of its ARN, `region` its vault's region. */
export interface BackupRecoveryPoint extends AwsResource {
  vaultName: string;
  encrypted: boolean;
  creationDate: Date | null;
}

const VaultSchema = z.object({ BackupVaultArn: z.string(), BackupVaultName: z.string(), EncryptionKeyArn: z.string().nullish() });

const ReportPlanSchema = z.object({ ReportPlanArn: z.string(), ReportPlanName: z.string() });

const RecoveryPointSchema = z.object({ RecoveryPointArn: z.string(), IsEncrypted: z.boolean().nullish(), CreationDate: z.date().nullish() });

const vaults = defineCollection<BackupVault>({
  service: 'backup',
  name: 'vaults',
  scope: 'regional',
  async load(context) {
    const pages = paginateListBackupVaults({ client: context.client(BackupClient), pageSize: BACKUP_PAGE_SIZE }, {});
    for (const vault of await context.items('ListBackupVaults', pages, (page) => page.BackupVaultList, VaultSchema, 'backup vault')) {
      context.resources.add({
        arn: vault.BackupVaultArn,
        id: vault.BackupVaultName,
        name: vault.BackupVaultName,
        region: context.region,
        tags: {},
        encryptionKeyArn: vault.EncryptionKeyArn || null,
      });
    }
  },
});

const reportPlans = defineCollection<BackupReportPlan>({
  service: 'backup',
  name: 'reportPlans',
  scope: 'regional',
  async load(context) {
    const pages = paginateListReportPlans({ client: context.client(BackupClient), pageSize: BACKUP_PAGE_SIZE }, {});
    for (const plan of await context.items('ListReportPlans', pages, (page) => page.ReportPlans, ReportPlanSchema, 'backup report plan')) {
      context.resources.add({ arn: plan.ReportPlanArn, id: plan.ReportPlanName, name: plan.ReportPlanName, region: context.region, tags: {} });
    }
  },
});

/**
 * The recovery points of every vault: one ListRecoveryPointsByBackupVault listing per vault, made
 * only when the recovery point check runs. Global because `max_backup_recovery_points` (else
 * `max_scanned_resources_per_service`) keeps only the account's newest points, whatever their
 * region, as Prowler selects them; a non-positive or absent limit keeps every point.
 */
const recoveryPoints = defineCollection<BackupRecoveryPoint, { vaults: typeof vaults }>({
  service: 'backup',
  name: 'recoveryPoints',
  scope: 'global',
  needs: { vaults },
  async load(context, dependencies) {
    const listed = await readEach(dependencies.vaults.found(), async (vault) => {
      const inRegion = context.inRegion(vault.region);
      const pages = paginateListRecoveryPointsByBackupVault({ client: inRegion.client(BackupClient), pageSize: BACKUP_PAGE_SIZE }, { BackupVaultName: vault.name });
      const points = await inRegion.items('ListRecoveryPointsByBackupVault', pages, (page) => page.RecoveryPoints, RecoveryPointSchema, 'recovery point');
      return points.map(
        (point): BackupRecoveryPoint => ({
          arn: point.RecoveryPointArn,
          id: point.RecoveryPointArn.split(':').at(-1) ?? point.RecoveryPointArn,
          region: vault.region,
          tags: {},
          vaultName: vault.name,
          encrypted: point.IsEncrypted ?? false,
          creationDate: point.CreationDate ?? null,
        }),
      );
    });
    // A region whose vaults could not be listed fails here with ListBackupVaults, naming that call.
    for (const failure of dependencies.vaults.listingFailures()) context.resources.fail({ region: failure.region, operation: failure.operation, message: failure.message });
    const limit = context.config.max_backup_recovery_points ?? context.config.max_scanned_resources_per_service;
    const newestFirst = listed.flat().sort(newestRecoveryPointFirst);
    for (const point of limit !== null && limit > 0 ? newestFirst.slice(0, limit) : newestFirst) context.resources.add(point);
  },
});

/** Prowler's order for keeping the newest points: newest first (undated last), then region, vault, ARN. */
function newestRecoveryPointFirst(a: BackupRecoveryPoint, b: BackupRecoveryPoint): number {
  const age = (point: BackupRecoveryPoint) => (point.creationDate ? -point.creationDate.getTime() : 0);
  return age(a) - age(b) || byCodePoint(a.region, b.region) || byCodePoint(a.vaultName, b.vaultName) || byCodePoint(a.arn, b.arn);
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export default { plans, selections, vaults, reportPlans, recoveryPoints };
