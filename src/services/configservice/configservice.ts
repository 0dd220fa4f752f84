import {
  ConfigServiceClient,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  paginateDescribeConfigurationAggregators,
} from '@aws-sdk/client-config-service';
import { OrganizationsClient, paginateListDelegatedAdministrators } from '@aws-sdk/client-organizations';
import { z } from 'zod';
import { defineCollection, parse, unlessAbsent } from '../collection.js';
import { known, mapField, type AwsResource, type Field } from '../resource-map.js';

// AWS Config, named as the AWS CLI names it: a service called `config` would be hidden by the config
// keys that every check receives under that name.

/** DescribeConfigurationAggregators returns at most 10 aggregators a page. */
const AGGREGATOR_PAGE_SIZE = 10;
/** ListDelegatedAdministrators returns at most 20 accounts a page. */
const DELEGATED_ADMINISTRATOR_PAGE_SIZE = 20;

export interface RecorderStatus {
  recording: boolean;
  /** Success, Failure or Pending; Failure when AWS names none, as Prowler reads it. */
  lastStatus: string;
}

/**
 * A region's configuration recorder, reported as Prowler reports it: under
 * `arn:…:config:<region>:<account>:recorder`, its name as ID. A region without one still has a
 * resource, named after the account, with no role and no status.
 */
export interface ConfigRecorder extends AwsResource {
  name: string;
  /** The role the recorder records with; '' for a region without a recorder. */
  roleArn: string;
  /** null when AWS reports no status for it (or the region has no recorder). */
  status: Field<RecorderStatus | null>;
}

export interface ConfigAggregator extends AwsResource {
  name: string;
  /** Whether it aggregates an organization (OrganizationAggregationSource), not listed accounts. */
  organizationWide: boolean;
  /** Whether its organization source covers every region, present and future. */
  allAwsRegions: boolean;
}

/** The account's view of who administers AWS Config for its organization. */
export interface ConfigDelegation extends AwsResource {
  /**
   * Delegated administrators registered for config.amazonaws.com; null when the account may not
   * ask (only the management account and delegated administrators may) or has no organization.
   */
  administrators: string[] | null;
}

/**
 * How Organizations answers an account that cannot tell who its delegated administrators are:
 * denied (not the management account), no organization, or (emulators) a principal it does not
 * know; Prowler takes each for "cannot tell".
 */
const CANNOT_TELL = ['AccessDeniedException', 'AccessDenied', 'AWSOrganizationsNotInUseException', 'InvalidInputException'];

const RecorderSchema = z.object({ name: z.string(), roleARN: z.string().nullish() });
const StatusSchema = z.object({ name: z.string().nullish(), recording: z.boolean().nullish(), lastStatus: z.string().nullish() });
const AggregatorSchema = z.object({
  ConfigurationAggregatorName: z.string(),
  ConfigurationAggregatorArn: z.string(),
  OrganizationAggregationSource: z.object({ AllAwsRegions: z.boolean().nullish() }).nullish(),
});
const DelegatedAdministratorSchema = z.object({ Id: z.string() });

/**
 * Per region one DescribeConfigurationRecorders and, where there is a recorder, one
 * DescribeConfigurationRecorderStatus for the region's recorders at once.
 */
const recorders = defineCollection<ConfigRecorder>({
  service: 'configservice',
  name: 'recorders',
  scope: 'regional',
  endpoint: 'config',
  async load(context) {
    const client = context.client(ConfigServiceClient);
    await context.read('DescribeConfigurationRecorders', async () => {
      const response = await client.send(new DescribeConfigurationRecordersCommand({}));
      const listed = parse(z.array(RecorderSchema), response.ConfigurationRecorders ?? [], 'configuration recorders');
      const arn = context.arn('config', 'recorder');
      if (listed.length === 0) {
        const none = { arn, id: context.account.id, name: context.account.id, region: context.region, tags: {}, roleArn: '' };
        context.resources.add({ ...none, status: known(null) });
        return;
      }
      const statuses = await context.field('DescribeConfigurationRecorderStatus', arn, async () => {
        const answer = await client.send(new DescribeConfigurationRecorderStatusCommand({}));
        return parse(z.array(StatusSchema), answer.ConfigurationRecordersStatus ?? [], 'recorder status');
      });
      for (const recorder of listed) {
        const status = statusOf(statuses, recorder.name);
        context.resources.add({ arn, id: recorder.name, name: recorder.name, region: context.region, tags: {}, roleArn: recorder.roleARN ?? '', status });
      }
    });
  },
});

function statusOf(statuses: Field<z.infer<typeof StatusSchema>[]>, name: string): Field<RecorderStatus | null> {
  return mapField(statuses, (all) => {
    const own = all.find((status) => status.name === name);
    return own ? { recording: own.recording ?? false, lastStatus: own.lastStatus ?? 'Failure' } : null;
  });
}

const aggregators = defineCollection<ConfigAggregator>({
  service: 'configservice',
  name: 'aggregators',
  scope: 'regional',
  endpoint: 'config',
  async load(context) {
    const client = context.client(ConfigServiceClient);
    const pages = paginateDescribeConfigurationAggregators({ client, pageSize: AGGREGATOR_PAGE_SIZE }, {});
    for (const listed of await context.items('DescribeConfigurationAggregators', pages, (page) => page.ConfigurationAggregators, AggregatorSchema, 'configuration aggregator')) {
      const source = listed.OrganizationAggregationSource;
      context.resources.add({
        arn: listed.ConfigurationAggregatorArn,
        id: listed.ConfigurationAggregatorName,
        name: listed.ConfigurationAggregatorName,
        region: context.region,
        tags: {},
        organizationWide: source !== null && source !== undefined,
        allAwsRegions: source?.AllAwsRegions ?? false,
      });
    }
  },
});

/** One ListDelegatedAdministrators for config.amazonaws.com, from Organizations (a global API). */
const delegatedAdministrators = defineCollection<ConfigDelegation>({
  service: 'configservice',
  name: 'delegatedAdministrators',
  scope: 'global',
  async load(context) {
    await context.read('ListDelegatedAdministrators', async () => {
      const client = context.client(OrganizationsClient);
      const listing = async () => {
        const administrators: string[] = [];
        const pages = paginateListDelegatedAdministrators({ client, pageSize: DELEGATED_ADMINISTRATOR_PAGE_SIZE }, { ServicePrincipal: 'config.amazonaws.com' });
        for await (const page of pages) {
          for (const raw of page.DelegatedAdministrators ?? []) administrators.push(parse(DelegatedAdministratorSchema, raw, 'delegated administrator').Id);
        }
        return administrators;
      };
      context.resources.add({
        arn: `arn:${context.account.partition}:organizations::${context.account.id}:delegated-administrators/config`,
        id: context.account.id,
        region: context.region,
        tags: {},
        administrators: await unlessAbsent(listing(), ...CANNOT_TELL),
      });
    });
  },
});

export default { recorders, aggregators, delegatedAdministrators };
