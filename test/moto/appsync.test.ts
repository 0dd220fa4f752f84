import { AppSyncClient, CreateGraphqlApiCommand } from '@aws-sdk/client-appsync';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];

describe('AppSync collections against moto', () => {
  beforeEach(resetMoto);

  it('lists GraphQL APIs in every scanned region', async () => {
    await new AppSyncClient(seedConfig('eu-west-1')).send(
      new CreateGraphqlApiCommand({ name: 'orders', authenticationType: 'API_KEY', logConfig: { fieldLogLevel: 'ERROR', cloudWatchLogsRoleArn: `arn:aws:iam::${MOTO_ACCOUNT}:role/logs` } }),
    );
    await new AppSyncClient(seedConfig('us-east-1')).send(new CreateGraphqlApiCommand({ name: 'catalog', authenticationType: 'AWS_IAM' }));

    const appsync = await loadService(await motoScope(REGIONS), 'appsync');

    expect(failuresIn(appsync)).toEqual([]);
    expect(readAll(appsync.graphqlApis).map(({ name, region, fieldLogLevel, authenticationType }) => ({ name, region, fieldLogLevel, authenticationType }))).toEqual(
      expect.arrayContaining([
        { name: 'orders', region: 'eu-west-1', fieldLogLevel: 'ERROR', authenticationType: 'API_KEY' },
        { name: 'catalog', region: 'us-east-1', fieldLogLevel: '', authenticationType: 'AWS_IAM' },
      ]),
    );
  });
});
