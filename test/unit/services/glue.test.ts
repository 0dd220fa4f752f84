import { GetDataCatalogEncryptionSettingsCommand, GetMLTransformsCommand, GlueClient, SearchTablesCommand } from '@aws-sdk/client-glue';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import type { Collection } from '../../../src/services/collection.js';
import glue from '../../../src/services/glue/glue.js';
import { CollectionLoader } from '../../../src/services/loader.js';
import type { AwsResource, ResourceMap } from '../../../src/services/resource-map.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { readAll } from '../../helpers/loaded.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
function loader() {
  const scan = new CollectionLoader({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
  return { load: <T extends AwsResource>(collection: Collection<T>) => scan.load(collection) as Promise<ResourceMap<T>> };
}
const denied = (name = 'AccessDeniedException') => Object.assign(new Error('denied'), { name });
const regionOf = async (getClient: () => GlueClient) => getClient().config.region();

/** moto 5.2.1 lacks SearchTables and GetMLTransforms, so they are read here from answers shaped like AWS's. */
describe('Glue collections moto cannot serve', () => {
  const mock = mockClient(GlueClient);
  afterEach(() => mock.reset());
  afterAll(() => mock.restore());

  it('asks SearchTables for a single table to learn whether each region catalog holds any', async () => {
    mock.on(GetDataCatalogEncryptionSettingsCommand).resolves({
      DataCatalogEncryptionSettings: { EncryptionAtRest: { CatalogEncryptionMode: 'DISABLED' }, ConnectionPasswordEncryption: { ReturnConnectionPasswordEncrypted: false } },
    });
    mock.on(SearchTablesCommand).callsFake(async (_input: unknown, getClient: () => GlueClient) =>
      (await regionOf(getClient)) === 'eu-west-1'
        ? { TableList: [{ Name: 'orders', DatabaseName: 'sales', CatalogId: FIXTURE_ACCOUNT.id }], NextToken: 'next' }
        : { TableList: [] },
    );

    const catalogs = await loader().load(glue.dataCatalogs);

    expect(readAll(catalogs).map(({ arn, id, region, hasTables, metadataEncryptionMode }) => ({ arn, id, region, hasTables, metadataEncryptionMode }))).toEqual([
      { arn: `arn:aws:glue:eu-west-1:${FIXTURE_ACCOUNT.id}:data-catalog`, id: FIXTURE_ACCOUNT.id, region: 'eu-west-1', hasTables: true, metadataEncryptionMode: 'DISABLED' },
      { arn: `arn:aws:glue:us-east-1:${FIXTURE_ACCOUNT.id}:data-catalog`, id: FIXTURE_ACCOUNT.id, region: 'us-east-1', hasTables: false, metadataEncryptionMode: 'DISABLED' },
    ]);
    expect(mock.commandCalls(SearchTablesCommand).map((call) => call.args[0].input)).toEqual([{ MaxResults: 1 }, { MaxResults: 1 }]);
  });

  it('a denied table search leaves only that field unread', async () => {
    mock.on(GetDataCatalogEncryptionSettingsCommand).resolves({ DataCatalogEncryptionSettings: {} });
    mock.on(SearchTablesCommand).rejects(denied());

    const catalogs = await loader().load(glue.dataCatalogs);

    expect(catalogs.listingFailures()).toEqual([]);
    expect(catalogs.failures.map(({ operation, region }) => ({ operation, region }))).toEqual([
      { operation: 'SearchTables', region: 'eu-west-1' },
      { operation: 'SearchTables', region: 'us-east-1' },
    ]);
  });

  it('lists ML transforms at 1000 a page, through every page, with their user data encryption', async () => {
    mock
      .on(GetMLTransformsCommand)
      .callsFake(async (input: { NextToken?: string }, getClient: () => GlueClient) => {
        const region = await regionOf(getClient);
        if (region !== 'eu-west-1') return { Transforms: [] };
        return input.NextToken
          ? { Transforms: [{ TransformId: 'tfm-plain', Name: 'dedupe-plain', TransformEncryption: { TaskRunSecurityConfigurationName: 'x' } }] }
          : {
              Transforms: [{ TransformId: 'tfm-kms', Name: 'dedupe', TransformEncryption: { MlUserDataEncryption: { MlUserDataEncryptionMode: 'SSE-KMS', KmsKeyId: 'alias/ml' } } }],
              NextToken: 'page-2',
            };
      });

    const transforms = await loader().load(glue.mlTransforms);

    expect(readAll(transforms).map(({ arn, id, name, userDataEncryptionMode }) => ({ arn, id, name, userDataEncryptionMode }))).toEqual([
      { arn: `arn:aws:glue:eu-west-1:${FIXTURE_ACCOUNT.id}:mlTransform/tfm-kms`, id: 'tfm-kms', name: 'dedupe', userDataEncryptionMode: 'SSE-KMS' },
      { arn: `arn:aws:glue:eu-west-1:${FIXTURE_ACCOUNT.id}:mlTransform/tfm-plain`, id: 'tfm-plain', name: 'dedupe-plain', userDataEncryptionMode: 'DISABLED' },
    ]);
    expect(mock.commandCalls(GetMLTransformsCommand)[0]!.args[0].input).toMatchObject({ MaxResults: 1000 });
  });

  it('a denied transform listing is a failure in each region', async () => {
    mock.on(GetMLTransformsCommand).rejects(denied());
    const transforms = await loader().load(glue.mlTransforms);
    expect(transforms.listingFailures().map(({ operation, region }) => `${operation} ${region}`).sort()).toEqual(['GetMLTransforms eu-west-1', 'GetMLTransforms us-east-1']);
  });
});
