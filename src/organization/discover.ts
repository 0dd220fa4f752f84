import {
  DescribeOrganizationCommand,
  ListAccountsForParentCommand,
  ListOrganizationalUnitsForParentCommand,
  ListRootsCommand,
  ListTagsForResourceCommand,
  OrganizationsClient,
  type Account,
} from '@aws-sdk/client-organizations';
import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';
import pLimit from 'p-limit';
import type { Logger } from 'pino';
import { ExitCode, ScannerError, describeError } from '../errors.js';
import { globalRegionOf, parseArn, partitionOfRegion, type Partition } from '../provider/arn.js';
import { callerIdentity, sourceCredentials, stsClient } from '../provider/credentials.js';
import type { MemberAccount, OrganizationalUnitRef } from './account.js';

/** A member account as listed, before the scope flags decide whether it is scanned. */
export interface ListedAccount extends MemberAccount {
  /** Organizations' status: only ACTIVE accounts can be scanned (SUSPENDED, PENDING_CLOSURE cannot). */
  active: boolean;
}

export interface ListedOrganization {
  id: string;
  managementAccountId: string;
  rootId: string;
  /** Every unit of the tree, by ID, with its path from the root (the unit itself last). */
  units: ReadonlyMap<string, readonly OrganizationalUnitRef[]>;
  /** Sorted by account ID, so plans and reports list them in a stable order. */
  accounts: readonly ListedAccount[];
}

export interface OrganizationsSettings {
  credentials: AwsCredentialIdentityProvider;
  /** Organizations is a global service, answered in the partition's home region. */
  region: string;
  endpoint?: string;
}

/** Organizations allows a few calls a second; tags are read for many accounts, so gently. */
const TAG_READS_IN_FLIGHT = 4;

/** Every page of a paginated Organizations listing (NextToken in, NextToken out). */
async function allPages<T>(page: (nextToken: string | undefined) => Promise<{ items: T[] | undefined; nextToken: string | undefined }>): Promise<T[]> {
  const items: T[] = [];
  let nextToken: string | undefined;
  do {
    const response = await page(nextToken);
    items.push(...(response.items ?? []));
    nextToken = response.nextToken;
  } while (nextToken);
  return items;
}

function unreadable(operation: string, error: unknown): ScannerError {
  return new ScannerError(
    `cannot list the organization (organizations:${operation}): ${describeError(error)}. ` +
      'Run --organization with credentials of the management account or of a delegated administrator.',
    ExitCode.runtimeFailure,
    error,
  );
}

async function call<T>(operation: string, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw unreadable(operation, error);
  }
}

/**
 * The organization's accounts with their OU paths and tags: the tree is walked from the root, unit
 * by unit, so each account's path comes with the listing instead of one ListParents call per account.
 */
export async function listOrganization(settings: OrganizationsSettings): Promise<ListedOrganization> {
  const client = new OrganizationsClient({ region: settings.region, endpoint: settings.endpoint, credentials: settings.credentials, maxAttempts: 8 });
  try {
    const organization = (await call('DescribeOrganization', () => client.send(new DescribeOrganizationCommand({})))).Organization;
    const roots = await allPages((NextToken) =>
      call('ListRoots', () => client.send(new ListRootsCommand({ NextToken }))).then((r) => ({ items: r.Roots, nextToken: r.NextToken })),
    );
    const rootId = roots[0]?.Id;
    if (!organization?.Id || !organization.MasterAccountId || !rootId) {
      throw new ScannerError('Organizations returned no organization ID, management account or root', ExitCode.runtimeFailure);
    }
    const units = new Map<string, readonly OrganizationalUnitRef[]>();
    const listed: { account: Account; ouPath: readonly OrganizationalUnitRef[] }[] = [];
    const pending: { parentId: string; path: readonly OrganizationalUnitRef[] }[] = [{ parentId: rootId, path: [] }];
    for (let next = pending.shift(); next; next = pending.shift()) {
      const { parentId, path } = next;
      const accounts = await allPages((NextToken) =>
        call('ListAccountsForParent', () => client.send(new ListAccountsForParentCommand({ ParentId: parentId, NextToken }))).then((r) => ({
          items: r.Accounts,
          nextToken: r.NextToken,
        })),
      );
      listed.push(...accounts.map((account) => ({ account, ouPath: path })));
      const children = await allPages((NextToken) =>
        call('ListOrganizationalUnitsForParent', () => client.send(new ListOrganizationalUnitsForParentCommand({ ParentId: parentId, NextToken }))).then(
          (r) => ({ items: r.OrganizationalUnits, nextToken: r.NextToken }),
        ),
      );
      for (const unit of children) {
        if (!unit.Id) continue;
        const unitPath = [...path, { id: unit.Id, name: unit.Name ?? unit.Id }];
        units.set(unit.Id, unitPath);
        pending.push({ parentId: unit.Id, path: unitPath });
      }
    }
    const limit = pLimit(TAG_READS_IN_FLIGHT);
    const accounts = await Promise.all(
      listed.flatMap(({ account, ouPath }) => {
        const id = account.Id;
        if (!id) return [];
        return [
          limit(async (): Promise<ListedAccount> => {
            const tags = await allPages((NextToken) =>
              call('ListTagsForResource', () => client.send(new ListTagsForResourceCommand({ ResourceId: id, NextToken }))).then((r) => ({
                items: r.Tags,
                nextToken: r.NextToken,
              })),
            );
            return {
              id,
              name: account.Name ?? '',
              email: account.Email ?? '',
              ouPath,
              tags: Object.fromEntries(tags.flatMap((tag) => (tag.Key ? [[tag.Key, tag.Value ?? '']] : []))),
              active: (account.State ?? account.Status) === 'ACTIVE',
            };
          }),
        ];
      }),
    );
    return {
      id: organization.Id,
      managementAccountId: organization.MasterAccountId,
      rootId,
      units,
      accounts: accounts.sort((a, b) => a.id.localeCompare(b.id)),
    };
  } finally {
    client.destroy();
  }
}

/** The caller and its organization, as an organization scan or plan starts from. */
export interface OrganizationTarget {
  callerArn: string;
  partition: Partition;
  organization: ListedOrganization;
}

/** Identifies the caller and lists its organization, with the caller's own credentials. */
export async function connectToOrganization(options: { profile?: string; endpoint?: string; region?: string }, log: Logger): Promise<OrganizationTarget> {
  const endpoint = options.endpoint ?? process.env.AWS_ENDPOINT_URL;
  const region = globalRegionOf(partitionOfRegion(options.region ?? process.env.AWS_REGION ?? 'us-east-1'));
  const credentials = sourceCredentials(options.profile, log);
  const sts = stsClient({ region, endpoint }, credentials, log);
  try {
    const identity = await callerIdentity(sts, { region, endpoint });
    const partition = parseArn(identity.arn)?.partition ?? 'aws';
    log.info({ caller: identity.arn }, 'listing the organization');
    const organization = await listOrganization({ credentials, region: globalRegionOf(partition), endpoint });
    log.info({ organization: organization.id, accounts: organization.accounts.length }, 'organization listed');
    return { callerArn: identity.arn, partition, organization };
  } finally {
    sts.destroy();
  }
}
