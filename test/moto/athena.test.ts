import { AthenaClient, CreateWorkGroupCommand, StartQueryExecutionCommand } from '@aws-sdk/client-athena';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];
const arn = (region: string, name: string) => `arn:aws:athena:${region}:${MOTO_ACCOUNT}:workgroup/${name}`;

describe('Athena collections against moto', () => {
  beforeEach(resetMoto);

  it('reads workgroups with their configuration and whether they ran queries, per region', async () => {
    const west = new AthenaClient(seedConfig('eu-west-1'));
    await west.send(
      new CreateWorkGroupCommand({
        Name: 'analytics',
        Configuration: {
          ResultConfiguration: { OutputLocation: 's3://results/analytics/', EncryptionConfiguration: { EncryptionOption: 'SSE_KMS', KmsKey: 'alias/athena' } },
          EnforceWorkGroupConfiguration: true,
          PublishCloudWatchMetricsEnabled: true,
        },
      }),
    );
    await west.send(new StartQueryExecutionCommand({ QueryString: 'SELECT 1', WorkGroup: 'analytics' }));
    await new AthenaClient(seedConfig('us-east-1')).send(
      new CreateWorkGroupCommand({ Name: 'adhoc', Configuration: { ResultConfiguration: { OutputLocation: 's3://results/adhoc/' }, EnforceWorkGroupConfiguration: false } }),
    );

    const athena = await loadService(await motoScope(REGIONS), 'athena');

    expect(failuresIn(athena)).toEqual([]);
    expect(readFields(resourceAt(athena.workgroupDetails, arn('eu-west-1', 'analytics')))).toMatchObject({
      id: 'analytics',
      state: 'ENABLED',
      resultEncryption: 'SSE_KMS',
      enforceConfiguration: true,
      publishesCloudWatchMetrics: true,
      hasQueries: true,
    });
    expect(readFields(resourceAt(athena.workgroupDetails, arn('us-east-1', 'adhoc')))).toMatchObject({
      region: 'us-east-1',
      resultEncryption: null,
      enforceConfiguration: false,
      publishesCloudWatchMetrics: false,
      hasQueries: false,
    });
    // moto, like AWS, gives every region its primary workgroup.
    expect(athena.workgroups.all().map((workgroup) => workgroup.arn).sort()).toEqual(
      [arn('eu-west-1', 'analytics'), arn('eu-west-1', 'primary'), arn('us-east-1', 'adhoc'), arn('us-east-1', 'primary')].sort(),
    );
  });
});
