import { DescribeJobsCommand, DrsClient } from '@aws-sdk/client-drs';
import { mockClient, type AwsStub } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { failuresIn, readAll } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = () => ({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
const refusal = (name: string) => Object.assign(new Error(name), { name });

// moto 5.2.1 does not emulate Elastic Disaster Recovery.
describe('DRS region status', () => {
  // The installed @aws-sdk/client-drs (3.523) is typed against older Smithy types than the mock library.
  const drs = mockClient(DrsClient as never) as unknown as AwsStub<object, { $metadata: object }, never>;
  const DescribeJobs = DescribeJobsCommand as never;
  afterEach(() => drs.reset());
  afterAll(() => drs.restore());

  it('reads the jobs of initialized regions and takes an uninitialized account as an answer', async () => {
    drs.on(DescribeJobs).callsFake(async (input: { nextToken?: string }, getClient: () => unknown) => {
      if ((await (getClient() as DrsClient).config.region()) === 'us-east-1') throw refusal('UninitializedAccountException');
      return input.nextToken ? { items: [{ jobID: 'drsjob-2' }] } : { items: [{ jobID: 'drsjob-1' }], nextToken: 'page-2' };
    });

    const loaded = await loadService(scope(), 'drs');

    expect(failuresIn(loaded)).toEqual([]);
    expect(readAll(loaded.regionStatus).sort((a, b) => a.region.localeCompare(b.region))).toEqual([
      { arn: 'arn:aws:drs:eu-west-1:111122223333:recovery-job', id: '111122223333', region: 'eu-west-1', tags: {}, initialized: true, jobIds: ['drsjob-1', 'drsjob-2'] },
      { arn: 'arn:aws:drs:us-east-1:111122223333:recovery-job', id: '111122223333', region: 'us-east-1', tags: {}, initialized: false, jobIds: [] },
    ]);
    expect(drs.commandCalls(DescribeJobs)[0]!.args[0].input).toMatchObject({ maxResults: 1000 });
  });

  it('any other refusal leaves the region unread', async () => {
    drs.on(DescribeJobs).rejects(refusal('AccessDeniedException'));

    const loaded = await loadService(scope(), 'drs');

    expect(() => loaded.regionStatus.all('eu-west-1')).toThrow(/DescribeJobs/);
    expect(() => loaded.regionStatus.all('us-east-1')).toThrow(/DescribeJobs/);
  });
});
