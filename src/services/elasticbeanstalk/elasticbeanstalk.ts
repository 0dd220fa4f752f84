import { DescribeConfigurationSettingsCommand, DescribeEnvironmentsCommand, ElasticBeanstalkClient } from '@aws-sdk/client-elastic-beanstalk';
import { z } from 'zod';
import { defineCollection, parse, unlessAbsent } from '../collection.js';
import { tokenPages, readEach } from '../listing.js';
import type { AwsResource, Field } from '../resource-map.js';

/** An Elastic Beanstalk environment; `id` is its environment ID (e-...), as Prowler reports it. */
export interface BeanstalkEnvironment extends AwsResource {
  name: string;
  applicationName: string;
  /** The option values the checks judge; each is null when the environment does not set it. */
  settings: Field<EnvironmentSettings>;
}

export interface EnvironmentSettings {
  /** aws:elasticbeanstalk:healthreporting:system SystemType ("basic" or "enhanced"). */
  healthReportingSystem: string | null;
  /** aws:elasticbeanstalk:managedactions ManagedActionsEnabled ("true" or "false"). */
  managedActionsEnabled: string | null;
  /** aws:elasticbeanstalk:cloudwatch:logs StreamLogs ("true" or "false"). */
  streamLogs: string | null;
}

const EnvironmentSchema = z.object({
  EnvironmentArn: z.string(),
  EnvironmentId: z.string(),
  EnvironmentName: z.string(),
  ApplicationName: z.string(),
});

const ConfigurationSettingsSchema = z.object({
  ConfigurationSettings: z
    .array(z.object({ OptionSettings: z.array(z.object({ Namespace: z.string().nullish(), OptionName: z.string().nullish(), Value: z.string().nullish() })).nullish() }))
    .nullish(),
});

/** Where each judged option lives, and the value Prowler assumes when the option is listed without one. */
const OPTIONS = {
  healthReportingSystem: { namespace: 'aws:elasticbeanstalk:healthreporting:system', option: 'SystemType', valueless: 'basic' },
  managedActionsEnabled: { namespace: 'aws:elasticbeanstalk:managedactions', option: 'ManagedActionsEnabled', valueless: 'false' },
  streamLogs: { namespace: 'aws:elasticbeanstalk:cloudwatch:logs', option: 'StreamLogs', valueless: 'false' },
} as const satisfies Record<keyof EnvironmentSettings, { namespace: string; option: string; valueless: string }>;

const NO_SETTINGS: EnvironmentSettings = { healthReportingSystem: null, managedActionsEnabled: null, streamLogs: null };

/**
 * Every environment of the region (one DescribeEnvironments, which returns them all unless asked
 * for pages), each with its configuration settings: one DescribeConfigurationSettings per
 * environment, which every check of the service needs. Environments terminated within the last
 * hour are still listed; AWS then answers InvalidParameterValue for their settings, which leaves
 * every option unset, as Prowler reads it.
 */
const environments = defineCollection<BeanstalkEnvironment>({
  service: 'elasticbeanstalk',
  name: 'environments',
  scope: 'regional',
  async load(context) {
    const client = context.client(ElasticBeanstalkClient);
    const pages = tokenPages((NextToken) => client.send(new DescribeEnvironmentsCommand({ NextToken })), (page) => page.NextToken);
    const listed = await context.items('DescribeEnvironments', pages, (page) => page.Environments, EnvironmentSchema, 'Elastic Beanstalk environment');
    await readEach(listed, async (environment) => {
      const settings = await context.field('DescribeConfigurationSettings', environment.EnvironmentArn, async () => {
        const response = await unlessAbsent(
          client.send(new DescribeConfigurationSettingsCommand({ ApplicationName: environment.ApplicationName, EnvironmentName: environment.EnvironmentName })),
          'InvalidParameterValue',
        );
        return response ? settingsOf(parse(ConfigurationSettingsSchema, response, 'configuration settings')) : NO_SETTINGS;
      });
      context.resources.add({
        arn: environment.EnvironmentArn,
        id: environment.EnvironmentId,
        name: environment.EnvironmentName,
        region: context.region,
        tags: {},
        applicationName: environment.ApplicationName,
        settings,
      });
    });
  },
});

function settingsOf(response: z.infer<typeof ConfigurationSettingsSchema>): EnvironmentSettings {
  const options = response.ConfigurationSettings?.[0]?.OptionSettings ?? [];
  const valueOf = ({ namespace, option, valueless }: (typeof OPTIONS)[keyof EnvironmentSettings]) => {
    // Prowler keeps the last of repeated options.
    const found = options.findLast((candidate) => candidate.Namespace === namespace && candidate.OptionName === option);
    return found ? (found.Value ?? valueless) : null;
  };
  return {
    healthReportingSystem: valueOf(OPTIONS.healthReportingSystem),
    managedActionsEnabled: valueOf(OPTIONS.managedActionsEnabled),
    streamLogs: valueOf(OPTIONS.streamLogs),
  };
}

export default { environments };
