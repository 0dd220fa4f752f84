import { DescribeConfigurationSettingsCommand, DescribeEnvironmentsCommand, ElasticBeanstalkClient } from '@aws-sdk/client-elastic-beanstalk';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { failuresIn, readAll, readFields, resourceAt } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = () => ({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
const ARN = 'arn:aws:elasticbeanstalk:eu-west-1:111122223333:environment/shop';

const option = (Namespace: string, OptionName: string, Value?: string) => ({ Namespace, OptionName, ...(Value === undefined ? {} : { Value }) });

// moto 5.2.1 lacks DescribeConfigurationSettings.
describe('Elastic Beanstalk environment settings', () => {
  const beanstalk = mockClient(ElasticBeanstalkClient);
  afterEach(() => beanstalk.reset());
  afterAll(() => beanstalk.restore());

  function environments(...names: string[]) {
    beanstalk.on(DescribeEnvironmentsCommand).callsFake(async (_input, getClient: () => ElasticBeanstalkClient) =>
      (await getClient().config.region()) === 'eu-west-1'
        ? { Environments: names.map((name) => ({ EnvironmentArn: `${ARN}/${name}`, EnvironmentId: `e-${name}`, EnvironmentName: name, ApplicationName: 'shop' })) }
        : { Environments: [] },
    );
  }

  it('reads the judged options; a listed option without a value takes its default, a missing one stays null', async () => {
    environments('prod', 'legacy');
    beanstalk.on(DescribeConfigurationSettingsCommand, { EnvironmentName: 'prod' }).resolves({
      ConfigurationSettings: [
        {
          OptionSettings: [
            option('aws:elasticbeanstalk:healthreporting:system', 'SystemType', 'enhanced'),
            option('aws:elasticbeanstalk:managedactions', 'ManagedActionsEnabled', 'true'),
            option('aws:elasticbeanstalk:cloudwatch:logs', 'StreamLogs', 'true'),
            option('aws:autoscaling:asg', 'MinSize', '1'),
          ],
        },
      ],
    });
    beanstalk.on(DescribeConfigurationSettingsCommand, { EnvironmentName: 'legacy' }).resolves({
      ConfigurationSettings: [{ OptionSettings: [option('aws:elasticbeanstalk:healthreporting:system', 'SystemType'), option('aws:elasticbeanstalk:managedactions', 'ManagedActionsEnabled')] }],
    });

    const loaded = await loadService(scope(), 'elasticbeanstalk');

    expect(failuresIn(loaded)).toEqual([]);
    expect(readAll(loaded.environments).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { arn: `${ARN}/legacy`, id: 'e-legacy', name: 'legacy', region: 'eu-west-1', tags: {}, applicationName: 'shop', settings: { healthReportingSystem: 'basic', managedActionsEnabled: 'false', streamLogs: null } },
      { arn: `${ARN}/prod`, id: 'e-prod', name: 'prod', region: 'eu-west-1', tags: {}, applicationName: 'shop', settings: { healthReportingSystem: 'enhanced', managedActionsEnabled: 'true', streamLogs: 'true' } },
    ]);
  });

  it('an environment AWS no longer knows (terminated) has no settings; a denied call leaves them unread', async () => {
    environments('gone', 'hidden');
    beanstalk.on(DescribeConfigurationSettingsCommand, { EnvironmentName: 'gone' }).rejects(Object.assign(new Error('No Environment found'), { name: 'InvalidParameterValue' }));
    beanstalk.on(DescribeConfigurationSettingsCommand, { EnvironmentName: 'hidden' }).rejects(Object.assign(new Error('denied'), { name: 'AccessDenied' }));

    const loaded = await loadService(scope(), 'elasticbeanstalk');

    expect(failuresIn(loaded).map(({ operation, resourceArn }) => ({ operation, resourceArn }))).toEqual([{ operation: 'DescribeConfigurationSettings', resourceArn: `${ARN}/hidden` }]);
    expect(readFields(resourceAt(loaded.environments, `${ARN}/gone`)).settings).toEqual({ healthReportingSystem: null, managedActionsEnabled: null, streamLogs: null });
  });
});
