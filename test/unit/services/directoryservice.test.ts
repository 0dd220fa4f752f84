import {
  DescribeDirectoriesCommand,
  DescribeEventTopicsCommand,
  DirectoryServiceClient,
  GetSnapshotLimitsCommand,
  ListCertificatesCommand,
  ListTagsForResourceCommand,
} from '@aws-sdk/client-directory-service';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import type { AccountScope } from '../../../src/provider/provider.js';
import type { DirectoryCertificates, DirectoryEventTopics, DirectorySnapshotLimits } from '../../../src/services/directoryservice/directoryservice.js';
import type { ServiceCollections } from '../../../src/services/index.js';
import { CollectionLoader } from '../../../src/services/loader.js';
import { failureOf, need, type AwsResource, type ResourceMap } from '../../../src/services/resource-map.js';
import { readAll } from '../../helpers/loaded.js';

// moto 5.2 has no DescribeEventTopics, GetSnapshotLimits or ListCertificates for Directory
// Service; its other reads are tested against moto in test/moto/directoryservice.test.ts.
const ACCOUNT: AccountScope = {
  id: '111122223333',
  partition: 'aws',
  callerArn: 'arn:aws:iam::111122223333:user/auditor',
  regions: ['eu-west-1', 'us-east-1'],
  globalRegion: 'us-east-1',
};

const DAY_MS = 24 * 60 * 60 * 1000;

const denied = () => Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' });

async function load<R extends AwsResource>(name: keyof ServiceCollections['directoryservice']): Promise<ResourceMap<R>> {
  const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
  const loader = new CollectionLoader({ account: ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
  return (await loader.collection('directoryservice', name)) as ResourceMap<R>;
}

describe('Directory Service reads moto lacks (mocked)', () => {
  const ds = mockClient(DirectoryServiceClient);
  afterEach(() => ds.reset());
  afterAll(() => ds.restore());

  /** eu-west-1 holds one directory of each type; us-east-1 holds none. */
  beforeEach(() => {
    ds.on(DescribeDirectoriesCommand).callsFake(async (_input: unknown, getClient: () => DirectoryServiceClient) => {
      if ((await getClient().config.region()) !== 'eu-west-1') return { DirectoryDescriptions: [] };
      const types = ['MicrosoftAD', 'SimpleAD', 'ADConnector', 'SharedMicrosoftAD'];
      return { DirectoryDescriptions: types.map((Type) => ({ DirectoryId: `d-${Type}`, Name: `${Type}.example.com`, Type })) };
    });
    ds.on(ListTagsForResourceCommand).resolves({ Tags: [] });
  });

  describe('event topics', () => {
    it('come from one region-wide call, made only where there are directories; a shared directory has none', async () => {
      ds.on(DescribeEventTopicsCommand).resolves({
        EventTopics: [
          { DirectoryId: 'd-MicrosoftAD', TopicArn: 'arn:aws:sns:eu-west-1:111122223333:ad-status', Status: 'Registered' },
          { DirectoryId: 'd-SimpleAD', TopicArn: 'arn:aws:sns:eu-west-1:111122223333:old', Status: 'Deleted' },
          { DirectoryId: 'd-SharedMicrosoftAD', TopicArn: 'arn:aws:sns:eu-west-1:111122223333:shared', Status: 'Registered' },
        ],
      });

      const directories = await load<DirectoryEventTopics>('directoryEventTopics');

      expect(directories.failures).toEqual([]);
      expect(readAll(directories).map((directory) => [directory.id, directory.eventTopics]).sort()).toEqual([
        ['d-ADConnector', []],
        ['d-MicrosoftAD', ['arn:aws:sns:eu-west-1:111122223333:ad-status']],
        ['d-SharedMicrosoftAD', []],
        ['d-SimpleAD', ['arn:aws:sns:eu-west-1:111122223333:old']],
      ]);
      expect(ds.commandCalls(DescribeEventTopicsCommand).map((call) => call.args[0].input)).toEqual([{}]);
    });

    it('a failed call leaves every directory that needed it unread', async () => {
      ds.on(DescribeEventTopicsCommand).rejects(denied());
      const directories = await load<DirectoryEventTopics>('directoryEventTopics');
      const unread = directories.all().filter((directory) => failureOf(directory.eventTopics));
      expect(unread.map((directory) => directory.id).sort()).toEqual(['d-ADConnector', 'd-MicrosoftAD', 'd-SimpleAD']);
      expect(failureOf(unread[0]!.eventTopics)).toMatchObject({ operation: 'DescribeEventTopics', region: 'eu-west-1' });
    });
  });

  describe('snapshot limits', () => {
    it('are read for Managed Microsoft AD directories only', async () => {
      ds.on(GetSnapshotLimitsCommand).resolves({ SnapshotLimits: { ManualSnapshotsLimit: 5, ManualSnapshotsCurrentCount: 2, ManualSnapshotsLimitReached: false } });
      const directories = await load<DirectorySnapshotLimits>('directorySnapshotLimits');
      expect(directories.failures).toEqual([]);
      expect(readAll(directories).map((directory) => [directory.id, directory.snapshotLimits])).toEqual([
        ['d-MicrosoftAD', { manualSnapshotsLimit: 5, manualSnapshotsCurrentCount: 2, manualSnapshotsLimitReached: false }],
      ]);
      expect(ds.commandCalls(GetSnapshotLimitsCommand).map((call) => call.args[0].input)).toEqual([{ DirectoryId: 'd-MicrosoftAD' }]);
    });

    it('are none for a directory being deleted, and unread when the call is refused', async () => {
      ds.on(GetSnapshotLimitsCommand).rejectsOnce(Object.assign(new Error('Directory d-MicrosoftAD is in Deleting state.'), { name: 'ClientException' }));
      expect(readAll(await load<DirectorySnapshotLimits>('directorySnapshotLimits')).map((directory) => directory.snapshotLimits)).toEqual([null]);

      ds.on(GetSnapshotLimitsCommand).rejects(denied());
      const [refused] = (await load<DirectorySnapshotLimits>('directorySnapshotLimits')).all();
      expect(failureOf(refused!.snapshotLimits)).toMatchObject({ operation: 'GetSnapshotLimits' });
    });
  });

  describe('certificates', () => {
    it('are listed page by page for every directory but Simple AD, with whole days left until expiry', async () => {
      const inDays = (days: number) => new Date(Date.now() + days * DAY_MS + 60_000);
      ds.on(ListCertificatesCommand).callsFake((input: { DirectoryId?: string; NextToken?: string; Limit?: number }) => {
        expect(input.Limit).toBe(50);
        if (input.DirectoryId !== 'd-MicrosoftAD') return Promise.resolve({ CertificatesInfo: [] });
        return Promise.resolve(
          input.NextToken
            ? { CertificatesInfo: [{ CertificateId: 'c-2', CommonName: 'b', State: 'Registered', Type: 'ClientCertAuth', ExpiryDateTime: inDays(-2) }] }
            : { CertificatesInfo: [{ CertificateId: 'c-1', CommonName: 'a', State: 'Registered', Type: 'ClientLDAPS', ExpiryDateTime: inDays(120) }], NextToken: 'next' },
        );
      });

      const directories = await load<DirectoryCertificates>('directoryCertificates');

      expect(directories.failures).toEqual([]);
      const listed = Object.fromEntries(readAll(directories).map((directory) => [directory.id, directory.certificates.map(({ id, type, daysToExpiry }) => ({ id, type, daysToExpiry }))]));
      expect(listed).toEqual({
        'd-MicrosoftAD': [
          { id: 'c-1', type: 'ClientLDAPS', daysToExpiry: 120 },
          { id: 'c-2', type: 'ClientCertAuth', daysToExpiry: -2 },
        ],
        'd-ADConnector': [],
        'd-SharedMicrosoftAD': [],
      });
      expect(ds.commandCalls(ListCertificatesCommand).map((call) => call.args[0].input.DirectoryId)).not.toContain('d-SimpleAD');
    });

    it('are none where AWS does not support them, and unread when the call is refused', async () => {
      ds.on(ListCertificatesCommand, { DirectoryId: 'd-ADConnector' }).rejects(Object.assign(new Error('LDAPS is not supported'), { name: 'UnsupportedOperationException' }));
      ds.on(ListCertificatesCommand, { DirectoryId: 'd-MicrosoftAD' }).rejects(denied());
      ds.on(ListCertificatesCommand, { DirectoryId: 'd-SharedMicrosoftAD' }).resolves({ CertificatesInfo: [] });

      const directories = await load<DirectoryCertificates>('directoryCertificates');

      const byId = (id: string) => directories.all().find((directory) => directory.id === id)!;
      expect(need(byId('d-ADConnector').certificates)).toEqual([]);
      expect(failureOf(byId('d-MicrosoftAD').certificates)).toMatchObject({ operation: 'ListCertificates', resourceArn: 'arn:aws:ds:eu-west-1:111122223333:directory/d-MicrosoftAD' });
    });
  });
});
