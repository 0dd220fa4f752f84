import {
  DescribeSnapshotsCommand,
  EC2Client,
  GetImageBlockPublicAccessStateCommand,
  GetSnapshotBlockPublicAccessStateCommand,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { need } from '../../../src/services/resource-map.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { failuresIn, readAll } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = () => ({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
const regionOf = (getClient: () => EC2Client) => getClient().config.region();

// moto 5.2.1 has neither GetSnapshotBlockPublicAccessState nor GetImageBlockPublicAccessState.
describe('block public access for snapshots and AMIs', () => {
  const ec2 = mockClient(EC2Client);
  afterEach(() => ec2.reset());
  afterAll(() => ec2.restore());

  it("reads each region's state, and whether the region holds snapshots", async () => {
    ec2.on(GetSnapshotBlockPublicAccessStateCommand).callsFake(async (_input, getClient: () => EC2Client) => ({
      State: (await regionOf(getClient)) === 'eu-west-1' ? 'block-all-sharing' : 'unblocked',
    }));
    ec2.on(GetImageBlockPublicAccessStateCommand).resolves({ ImageBlockPublicAccessState: 'block-new-sharing' });
    ec2.on(DescribeSnapshotsCommand).callsFake(async (_input, getClient: () => EC2Client) =>
      (await regionOf(getClient)) === 'eu-west-1' ? { Snapshots: [{ SnapshotId: 'snap-1', VolumeId: 'vol-1', Encrypted: true }] } : { Snapshots: [] },
    );

    const loaded = await loadService(scope(), 'ec2', ['snapshotBlockPublicAccess', 'imageBlockPublicAccess']);

    expect(failuresIn(loaded)).toEqual([]);
    const account = { id: '111122223333', tags: {} };
    expect(readAll(loaded.snapshotBlockPublicAccess)).toEqual(
      expect.arrayContaining([
        { ...account, arn: 'arn:aws:ec2:eu-west-1:111122223333:account', region: 'eu-west-1', state: 'block-all-sharing', hasSnapshots: true },
        { ...account, arn: 'arn:aws:ec2:us-east-1:111122223333:account', region: 'us-east-1', state: 'unblocked', hasSnapshots: false },
      ]),
    );
    expect(readAll(loaded.imageBlockPublicAccess).map(({ region, state }) => ({ region, state }))).toEqual(
      expect.arrayContaining([
        { region: 'eu-west-1', state: 'block-new-sharing' },
        { region: 'us-east-1', state: 'block-new-sharing' },
      ]),
    );
  });

  it('a denied state read is a failed listing in that region; unlisted snapshots leave presence unread', async () => {
    ec2.on(GetSnapshotBlockPublicAccessStateCommand).callsFake(async (_input, getClient: () => EC2Client) => {
      if ((await regionOf(getClient)) === 'us-east-1') throw Object.assign(new Error('denied'), { name: 'UnauthorizedOperation' });
      return { State: 'block-new-sharing' };
    });
    ec2.on(DescribeSnapshotsCommand).rejects(Object.assign(new Error('denied'), { name: 'UnauthorizedOperation' }));

    const loaded = await loadService(scope(), 'ec2', ['snapshotBlockPublicAccess']);

    expect(() => loaded.snapshotBlockPublicAccess.all('us-east-1')).toThrow(/GetSnapshotBlockPublicAccessState/);
    const [west] = loaded.snapshotBlockPublicAccess.all('eu-west-1');
    expect(west!.state).toBe('block-new-sharing');
    expect(() => need(west!.hasSnapshots)).toThrow(/DescribeSnapshots/);
  });
});
