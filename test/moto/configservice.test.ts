import {
  ConfigServiceClient,
  PutConfigurationAggregatorCommand,
  PutConfigurationRecorderCommand,
  PutDeliveryChannelCommand,
  StartConfigurationRecorderCommand,
} from '@aws-sdk/client-config-service';
import { CreateOrganizationCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readFields } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const ROLE = `arn:aws:iam::${MOTO_ACCOUNT}:role/config-recorder`;

describe('AWS Config collections against moto', () => {
  beforeEach(resetMoto);

  it('reads the recorder of each region with its status, and a stand-in where there is none', async () => {
    const west = new ConfigServiceClient(seedConfig('eu-west-1'));
    await west.send(new PutConfigurationRecorderCommand({ ConfigurationRecorder: { name: 'default', roleARN: ROLE } }));
    await west.send(new PutDeliveryChannelCommand({ DeliveryChannel: { name: 'default', s3BucketName: 'config-bucket' } }));
    await west.send(new StartConfigurationRecorderCommand({ ConfigurationRecorderName: 'default' }));

    const config = await loadService(await motoScope(['eu-west-1', 'us-east-1']), 'configservice', ['recorders']);

    expect(failuresIn(config)).toEqual([]);
    const byRegion = Object.fromEntries(config.recorders.all().map((recorder) => [recorder.region, readFields(recorder)]));
    expect(byRegion['eu-west-1']).toEqual({
      arn: `arn:aws:config:eu-west-1:${MOTO_ACCOUNT}:recorder`,
      id: 'default',
      name: 'default',
      region: 'eu-west-1',
      tags: {},
      roleArn: ROLE,
      status: { recording: true, lastStatus: expect.any(String) as string },
    });
    expect(byRegion['us-east-1']).toEqual({
      arn: `arn:aws:config:us-east-1:${MOTO_ACCOUNT}:recorder`,
      id: MOTO_ACCOUNT,
      name: MOTO_ACCOUNT,
      region: 'us-east-1',
      tags: {},
      roleArn: '',
      status: null,
    });
  });

  it('lists aggregators per region, organization-wide or not', async () => {
    await new OrganizationsClient(seedConfig('us-east-1')).send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
    await new ConfigServiceClient(seedConfig('eu-west-1')).send(
      new PutConfigurationAggregatorCommand({
        ConfigurationAggregatorName: 'organization',
        OrganizationAggregationSource: { RoleArn: ROLE, AllAwsRegions: true },
      }),
    );
    await new ConfigServiceClient(seedConfig('us-east-1')).send(
      new PutConfigurationAggregatorCommand({
        ConfigurationAggregatorName: 'accounts',
        AccountAggregationSources: [{ AccountIds: [MOTO_ACCOUNT], AwsRegions: ['us-east-1'] }],
      }),
    );

    const config = await loadService(await motoScope(['eu-west-1', 'us-east-1']), 'configservice', ['aggregators']);

    expect(failuresIn(config)).toEqual([]);
    expect(config.aggregators.all().map(({ name, region, organizationWide, allAwsRegions }) => ({ name, region, organizationWide, allAwsRegions }))).toEqual(
      expect.arrayContaining([
        { name: 'organization', region: 'eu-west-1', organizationWide: true, allAwsRegions: true },
        { name: 'accounts', region: 'us-east-1', organizationWide: false, allAwsRegions: false },
      ]),
    );
    expect(config.aggregators.all()).toHaveLength(2);
  });

  // moto knows no delegated administration of config.amazonaws.com and refuses to list it, as
  // Prowler sees too: the listing itself is tested in test/unit/services/configservice.test.ts.
  it('an account that cannot list the delegated administrators of config.amazonaws.com reads them as unknown', async () => {
    const config = await loadService(await motoScope(['us-east-1']), 'configservice', ['delegatedAdministrators', 'aggregators']);

    expect(failuresIn(config)).toEqual([]);
    expect(config.delegatedAdministrators.all()).toMatchObject([{ administrators: null }]);
    expect(config.aggregators.all()).toEqual([]);
  });
});
