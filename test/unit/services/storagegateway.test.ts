import { DescribeNFSFileSharesCommand, DescribeSMBFileSharesCommand, ListFileSharesCommand, ListGatewaysCommand, StorageGatewayClient } from '@aws-sdk/client-storage-gateway';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { failureOf } from '../../../src/services/resource-map.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { failuresIn, readAll, readFields, resourceAt } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = () => ({ account: { ...FIXTURE_ACCOUNT, regions: ['eu-west-1'] }, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
const arn = (resource: string) => `arn:aws:storagegateway:eu-west-1:${FIXTURE_ACCOUNT.id}:${resource}`;
const GATEWAY = arn('gateway/sgw-1');
const share = (id: string, type: 'NFS' | 'SMB') => ({ FileShareARN: arn(`share/${id}`), FileShareId: id, FileShareType: type, FileShareStatus: 'AVAILABLE', GatewayARN: GATEWAY });

// moto 5.2.1 does not emulate Storage Gateway at all.
describe('Storage Gateway collections', () => {
  const gateway = mockClient(StorageGatewayClient);
  afterEach(() => gateway.reset());
  afterAll(() => gateway.restore());

  it('describes NFS and SMB shares in batches of ten for their encryption and tags', async () => {
    const nfs = Array.from({ length: 12 }, (_, index) => share(`share-n${index}`, 'NFS'));
    gateway.on(ListFileSharesCommand).resolves({ FileShareInfoList: [...nfs, share('share-s', 'SMB')] });
    gateway.on(DescribeNFSFileSharesCommand).callsFake((input: { FileShareARNList: string[] }) => ({
      NFSFileShareInfoList: input.FileShareARNList.map((FileShareARN) => ({ FileShareARN, KMSEncrypted: FileShareARN.endsWith('n0'), Tags: [{ Key: 'team', Value: 'files' }] })),
    }));
    gateway.on(DescribeSMBFileSharesCommand).rejects(Object.assign(new Error('denied'), { name: 'InvalidGatewayRequestException', $metadata: { httpStatusCode: 400 } }));

    const loaded = await loadService(scope(), 'storagegateway', ['fileShares']);

    expect(gateway.commandCalls(DescribeNFSFileSharesCommand).map((call) => call.args[0].input.FileShareARNList?.length)).toEqual([10, 2]);
    expect(readFields(resourceAt(loaded.fileShares, arn('share/share-n0')))).toEqual({
      arn: arn('share/share-n0'),
      id: 'share-n0',
      region: 'eu-west-1',
      tags: { team: 'files' },
      type: 'NFS',
      gatewayArn: GATEWAY,
      kmsEncrypted: true,
    });
    expect(readFields(resourceAt(loaded.fileShares, arn('share/share-n11'))).kmsEncrypted).toBe(false);
    expect(failureOf(resourceAt(loaded.fileShares, arn('share/share-s')).kmsEncrypted)).toMatchObject({ operation: 'DescribeSMBFileShares', resourceArn: arn('share/share-s') });
    expect(() => loaded.fileShares.all()).not.toThrow();
  });

  it('reads gateways with their host environment', async () => {
    gateway.on(ListGatewaysCommand).resolves({
      Gateways: [{ GatewayARN: GATEWAY, GatewayId: 'sgw-1', GatewayName: 'files', GatewayType: 'FILE_S3', HostEnvironment: 'EC2' }],
    });

    const loaded = await loadService(scope(), 'storagegateway', ['gateways']);

    expect(failuresIn(loaded)).toEqual([]);
    expect(readAll(loaded.gateways)).toEqual([{ arn: GATEWAY, id: 'sgw-1', name: 'files', region: 'eu-west-1', tags: {}, hostEnvironment: 'EC2' }]);
  });

  it('a failed listing is recorded for its region', async () => {
    gateway.on(ListFileSharesCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } }));

    const loaded = await loadService(scope(), 'storagegateway', ['fileShares']);

    expect(() => loaded.fileShares.all()).toThrow(/ListFileShares failed in eu-west-1/);
  });
});
