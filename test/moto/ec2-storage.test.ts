import { CopySnapshotCommand, CreateSnapshotCommand, CreateVolumeCommand, EC2Client } from '@aws-sdk/client-ec2';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const arn = (region: string, resource: string) => `arn:aws:ec2:${region}:${MOTO_ACCOUNT}:${resource}`;

describe('EC2 storage collections against moto', () => {
  beforeEach(resetMoto);

  it('reads the volume each snapshot was taken from, per region', async () => {
    const east = new EC2Client(seedConfig('us-east-1'));
    const west = new EC2Client(seedConfig('eu-west-1'));
    const backedUp = await east.send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 8 }));
    await east.send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 8 }));
    const snapshot = await east.send(new CreateSnapshotCommand({ VolumeId: backedUp.VolumeId }));
    const westVolume = await west.send(new CreateVolumeCommand({ AvailabilityZone: 'eu-west-1a', Size: 8 }));
    const copy = await west.send(new CopySnapshotCommand({ SourceRegion: 'us-east-1', SourceSnapshotId: snapshot.SnapshotId }));

    const ec2 = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'ec2', ['volumes', 'snapshots']);

    expect(failuresIn(ec2)).toEqual([]);
    expect(readFields(resourceAt(ec2.snapshots, arn('us-east-1', `snapshot/${snapshot.SnapshotId}`)))).toMatchObject({
      region: 'us-east-1',
      volumeId: backedUp.VolumeId,
    });
    const copied = readFields(resourceAt(ec2.snapshots, arn('eu-west-1', `snapshot/${copy.SnapshotId}`)));
    expect(copied.region).toBe('eu-west-1');
    expect(copied.volumeId).not.toBe(westVolume.VolumeId);
    expect(ec2.volumes.all().map((volume) => volume.region).sort()).toEqual(['eu-west-1', 'us-east-1', 'us-east-1']);
  });

  it('records block public access as unread where the emulator lacks the calls', async () => {
    const ec2 = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'ec2', ['snapshotBlockPublicAccess', 'imageBlockPublicAccess']);

    const failed = failuresIn(ec2).map(({ region, operation }) => `${region} ${operation}`);
    expect(failed.sort()).toEqual([
      'eu-west-1 GetImageBlockPublicAccessState',
      'eu-west-1 GetSnapshotBlockPublicAccessState',
      'us-east-1 GetImageBlockPublicAccessState',
      'us-east-1 GetSnapshotBlockPublicAccessState',
    ]);
    expect(() => ec2.snapshotBlockPublicAccess.all()).toThrow(/GetSnapshotBlockPublicAccessState/);
    expect(() => ec2.imageBlockPublicAccess.all()).toThrow(/GetImageBlockPublicAccessState/);
  });
});
