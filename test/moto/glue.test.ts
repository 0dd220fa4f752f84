import {
  CreateConnectionCommand,
  CreateDevEndpointCommand,
  CreateJobCommand,
  CreateSecurityConfigurationCommand,
  GlueClient,
  PutDataCatalogEncryptionSettingsCommand,
  PutResourcePolicyCommand,
} from '@aws-sdk/client-glue';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];

/** moto 5.2.1 has neither SearchTables nor GetMLTransforms: the unit test reads those from mocked answers. */
const MOTO_SUPPORTED = ['connections', 'connectionSecrets', 'catalogPolicies', 'devEndpoints', 'securityConfigurations', 'jobs', 'jobArgumentSecrets'] as const;

const ROLE = `arn:aws:iam::${MOTO_ACCOUNT}:role/glue`;
const arn = (region: string, resource: string) => `arn:aws:glue:${region}:${MOTO_ACCOUNT}:${resource}`;

describe('Glue collections against moto', () => {
  beforeEach(resetMoto);

  it('reads connections, endpoints, security configurations, jobs and catalog settings per region', async () => {
    const west = new GlueClient(seedConfig('eu-west-1'));
    const east = new GlueClient(seedConfig('us-east-1'));
    await west.send(
      new CreateConnectionCommand({
        ConnectionInput: {
          Name: 'warehouse',
          ConnectionType: 'JDBC',
          ConnectionProperties: { JDBC_CONNECTION_URL: 'jdbc:postgresql://db.internal:5432/sales', JDBC_ENFORCE_SSL: 'true', USERNAME: 'reader' },
        },
      }),
    );
    await west.send(
      new CreateSecurityConfigurationCommand({
        Name: 'secure',
        EncryptionConfiguration: {
          S3Encryption: [{ S3EncryptionMode: 'SSE-KMS', KmsKeyArn: 'arn:aws:kms:eu-west-1:123456789012:key/s3' }],
          CloudWatchEncryption: { CloudWatchEncryptionMode: 'DISABLED' },
          JobBookmarksEncryption: { JobBookmarksEncryptionMode: 'CSE-KMS', KmsKeyArn: 'arn:aws:kms:eu-west-1:123456789012:key/jb' },
        },
      }),
    );
    await west.send(new CreateDevEndpointCommand({ EndpointName: 'notebook', RoleArn: ROLE, SecurityConfiguration: 'secure' }));
    await west.send(
      new CreateJobCommand({
        Name: 'nightly',
        Role: ROLE,
        Command: { Name: 'glueetl', ScriptLocation: 's3://scripts/nightly.py' },
        SecurityConfiguration: 'secure',
        DefaultArguments: { '--enable-continuous-cloudwatch-log': 'true', '--aws-key': 'AKIAQWERTYUIOPASDFGH' },
      }),
    );
    await east.send(new CreateJobCommand({ Name: 'adhoc', Role: ROLE, Command: { Name: 'glueetl', ScriptLocation: 's3://scripts/adhoc.py' } }));
    await west.send(
      new PutDataCatalogEncryptionSettingsCommand({
        DataCatalogEncryptionSettings: {
          EncryptionAtRest: { CatalogEncryptionMode: 'SSE-KMS', SseAwsKmsKeyId: 'alias/glue' },
          ConnectionPasswordEncryption: { ReturnConnectionPasswordEncrypted: true, AwsKmsKeyId: 'alias/glue' },
        },
      }),
    );
    const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'glue:GetTable', Resource: arn('eu-west-1', '*') }] };
    await west.send(new PutResourcePolicyCommand({ PolicyInJson: JSON.stringify(policy) }));

    const glue = await loadService(await motoScope(REGIONS), 'glue', MOTO_SUPPORTED);

    expect(failuresIn(glue)).toEqual([]);
    expect(readFields(resourceAt(glue.connections, arn('eu-west-1', 'connection/warehouse')))).toMatchObject({
      id: 'warehouse',
      region: 'eu-west-1',
      properties: { JDBC_ENFORCE_SSL: 'true', USERNAME: 'reader' },
    });
    expect(resourceAt(glue.connectionSecrets, arn('eu-west-1', 'connection/warehouse')).propertyScan).toEqual({ scanned: true, secrets: [] });
    expect(readFields(resourceAt(glue.devEndpoints, arn('eu-west-1', 'devEndpoint/notebook')))).toMatchObject({ id: 'notebook', securityConfiguration: 'secure' });
    expect(readFields(resourceAt(glue.securityConfigurations, arn('eu-west-1', 'securityConfiguration/secure')))).toMatchObject({
      s3EncryptionMode: 'SSE-KMS',
      cloudWatchEncryptionMode: 'DISABLED',
      jobBookmarksEncryptionMode: 'CSE-KMS',
    });
    expect(readFields(resourceAt(glue.jobs, arn('eu-west-1', 'job/nightly')))).toMatchObject({
      securityConfiguration: 'secure',
      defaultArguments: { '--enable-continuous-cloudwatch-log': 'true' },
    });
    expect(readFields(resourceAt(glue.jobs, arn('us-east-1', 'job/adhoc')))).toMatchObject({ region: 'us-east-1', securityConfiguration: null, defaultArguments: {} });
    expect(resourceAt(glue.jobArgumentSecrets, arn('eu-west-1', 'job/nightly')).argumentScan).toEqual({ scanned: true, secrets: [{ key: '--aws-key', kind: 'AWS access key' }] });
    expect(readFields(resourceAt(glue.catalogPolicies, arn('eu-west-1', 'data-catalog')))).toMatchObject({
      id: MOTO_ACCOUNT,
      policy: { Statement: [{ Effect: 'Allow', Principal: { AWS: ['*'] } }] },
    });
    expect(readFields(resourceAt(glue.catalogPolicies, arn('us-east-1', 'data-catalog')))).toMatchObject({ region: 'us-east-1', policy: null });
  });

  it('reads the catalog encryption settings of each region; moto cannot say whether tables exist', async () => {
    await new GlueClient(seedConfig('eu-west-1')).send(
      new PutDataCatalogEncryptionSettingsCommand({
        DataCatalogEncryptionSettings: {
          EncryptionAtRest: { CatalogEncryptionMode: 'SSE-KMS', SseAwsKmsKeyId: 'alias/glue' },
          ConnectionPasswordEncryption: { ReturnConnectionPasswordEncrypted: true, AwsKmsKeyId: 'alias/pw' },
        },
      }),
    );

    const { dataCatalogs } = await loadService(await motoScope(REGIONS), 'glue', ['dataCatalogs']);

    expect(dataCatalogs.listingFailures()).toEqual([]);
    const west = resourceAt(dataCatalogs, arn('eu-west-1', 'data-catalog'));
    expect(west).toMatchObject({ id: MOTO_ACCOUNT, metadataEncryptionMode: 'SSE-KMS', metadataKmsKeyId: 'alias/glue', connectionPasswordsEncrypted: true, connectionPasswordKmsKeyId: 'alias/pw' });
    expect(resourceAt(dataCatalogs, arn('us-east-1', 'data-catalog'))).toMatchObject({ metadataEncryptionMode: 'DISABLED', connectionPasswordsEncrypted: false });
    expect(() => readFields(west)).toThrow(/SearchTables/);
  });

  it('an empty account lists nothing and fails nowhere', async () => {
    const glue = await loadService(await motoScope(REGIONS), 'glue', MOTO_SUPPORTED);
    expect(failuresIn(glue)).toEqual([]);
    expect(glue.jobs.all()).toEqual([]);
    // Regions answer in any order; the collection keeps the order of the answers.
    const byRegion = glue.catalogPolicies.all().sort((a, b) => a.region.localeCompare(b.region));
    expect(byRegion.map(({ region, policy }) => ({ region, policy }))).toEqual([
      { region: 'eu-west-1', policy: null },
      { region: 'us-east-1', policy: null },
    ]);
  });
});
