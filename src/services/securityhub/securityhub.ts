import {
  DescribeHubCommand,
  DescribeOrganizationConfigurationCommand,
  SecurityHubClient,
  paginateGetEnabledStandards,
  paginateListEnabledProductsForImport,
  paginateListOrganizationAdminAccounts,
} from '@aws-sdk/client-securityhub';
import { z } from 'zod';
import { defineCollection, isNotFound, parse, unlessAbsent } from '../collection.js';
import { perListedResource } from '../listing.js';
import type { AwsResource, Field } from '../resource-map.js';

/**
 * The region's Security Hub hub. Where the account does not subscribe, a stand-in hub that is not
 * active, under Prowler's `arn:<partition>:securityhub:<region>:<account>:hub/unknown`, so that
 * "not enabled" is reported per region.
 */
export interface SecurityHub extends AwsResource {
  active: boolean;
}

/** What an active hub takes findings from, under the hub's ARN. */
export interface HubSources extends AwsResource {
  /** Names of the enabled standards (the part of each standard's ARN after the first "/"). */
  standards: Field<string[]>;
  /** Names of the products sending findings in, Security Hub's own aside. */
  integrations: Field<string[]>;
}

/** An active hub's organization configuration, under the hub's ARN. */
export interface HubOrganizationConfiguration extends AwsResource {
  /**
   * Whether new organization members get Security Hub automatically; null when only the
   * management or delegated administrator account may read it (this account is neither).
   */
  autoEnable: Field<boolean | null>;
}

/**
 * The region's delegated administrator for Security Hub, one per region under
 * `arn:<partition>:securityhub:<region>:<account>:administrator`: `enabled` when an account is
 * enabled as administrator, `none` when there is none, and `unknown` when this account may not
 * ask (only the management or delegated administrator account may) or AWS answered with an entry
 * it does not describe.
 */
export interface SecurityHubAdministrator extends AwsResource {
  state: 'enabled' | 'none' | 'unknown';
}

/** What Security Hub answers to an account that may not read organization settings. */
const ORGANIZATION_REFUSALS = ['AccessDeniedException', 'InvalidAccessException', 'BadRequestException'];

/** GetEnabledStandards and ListEnabledProductsForImport answer at most 100 items a page. */
const SOURCES_PAGE_SIZE = 100;
/** ListOrganizationAdminAccounts answers at most 10 accounts a page. */
const ADMINISTRATORS_PAGE_SIZE = 10;

const HubSchema = z.object({ HubArn: z.string() });
const StandardSchema = z.object({ StandardsArn: z.string() });
const AdministratorSchema = z.object({ AccountId: z.string().nullish(), Status: z.string().nullish() });
const OrganizationConfigurationSchema = z.object({ AutoEnable: z.boolean().nullish() });

/** One DescribeHub call per region; an account that does not subscribe is answered InvalidAccessException. */
const hubs = defineCollection<SecurityHub>({
  service: 'securityhub',
  name: 'hubs',
  scope: 'regional',
  async load(context) {
    await context.read('DescribeHub', async () => {
      const response = await unlessAbsent(context.client(SecurityHubClient).send(new DescribeHubCommand({})), 'InvalidAccessException');
      if (!response) {
        context.resources.add({ arn: context.arn('securityhub', 'hub/unknown'), id: 'hub/unknown', region: context.region, tags: {}, active: false });
        return;
      }
      const { HubArn: arn } = parse(HubSchema, response, 'Security Hub hub');
      context.resources.add({ arn, id: arn.split('/')[1] ?? arn, region: context.region, tags: {}, active: true });
    });
  },
});

/** The standards and integrations of each active hub: two listings per region where Security Hub is on. */
const hubSources = perListedResource<HubSources, SecurityHub>({
  service: 'securityhub',
  name: 'hubSources',
  scope: 'regional',
  listed: hubs,
  operation: 'DescribeHub',
  selects: (hub) => hub.active,
  async read(context, hub) {
    const client = context.client(SecurityHubClient);
    const [standards, integrations] = await Promise.all([
      context.field('GetEnabledStandards', hub.arn, async () => {
        const pages = paginateGetEnabledStandards({ client, pageSize: SOURCES_PAGE_SIZE }, {});
        const names: string[] = [];
        for await (const page of pages) {
          for (const raw of page.StandardsSubscriptions ?? []) names.push(parse(StandardSchema, raw, 'standards subscription').StandardsArn.split('/')[1] ?? '');
        }
        return names;
      }),
      context.field('ListEnabledProductsForImport', hub.arn, async () => {
        const pages = paginateListEnabledProductsForImport({ client, pageSize: SOURCES_PAGE_SIZE }, {});
        const names: string[] = [];
        for await (const page of pages) {
          for (const product of page.ProductSubscriptions ?? []) if (!product.includes('/aws/securityhub')) names.push(product.split('/').pop() ?? product);
        }
        return names;
      }),
    ]);
    return { arn: hub.arn, id: hub.id, region: hub.region, tags: hub.tags, standards, integrations };
  },
});

/** One DescribeOrganizationConfiguration call per region where Security Hub is on. */
const organizationConfigurations = perListedResource<HubOrganizationConfiguration, SecurityHub>({
  service: 'securityhub',
  name: 'organizationConfigurations',
  scope: 'regional',
  listed: hubs,
  operation: 'DescribeHub',
  selects: (hub) => hub.active,
  async read(context, hub) {
    const autoEnable = await context.field('DescribeOrganizationConfiguration', hub.arn, async () => {
      const response = await unlessAbsent(context.client(SecurityHubClient).send(new DescribeOrganizationConfigurationCommand({})), ...ORGANIZATION_REFUSALS);
      return response ? (parse(OrganizationConfigurationSchema, response, 'organization configuration').AutoEnable ?? false) : null;
    });
    return { arn: hub.arn, id: hub.id, region: hub.region, tags: hub.tags, autoEnable };
  },
});

/** One ListOrganizationAdminAccounts listing per region, whether or not Security Hub is on there. */
const administrators = defineCollection<SecurityHubAdministrator>({
  service: 'securityhub',
  name: 'administrators',
  scope: 'regional',
  async load(context) {
    await context.read('ListOrganizationAdminAccounts', async () => {
      let enabledFound = false;
      let lookupFailed = false;
      try {
        const pages = paginateListOrganizationAdminAccounts({ client: context.client(SecurityHubClient), pageSize: ADMINISTRATORS_PAGE_SIZE }, {});
        for await (const page of pages) {
          for (const raw of page.AdminAccounts ?? []) {
            const entry = parse(AdministratorSchema, raw, 'organization admin account');
            if (!entry.AccountId || !entry.Status) lookupFailed = true;
            else if (entry.Status === 'ENABLED') enabledFound = true;
          }
        }
      } catch (error) {
        if (!isNotFound(error, ...ORGANIZATION_REFUSALS)) throw error;
        lookupFailed = true;
      }
      const state = enabledFound ? 'enabled' : lookupFailed ? 'unknown' : 'none';
      context.resources.add({ arn: context.arn('securityhub', 'administrator'), id: 'administrator', region: context.region, tags: {}, state });
    });
  },
});

export default { hubs, hubSources, organizationConfigurations, administrators };
