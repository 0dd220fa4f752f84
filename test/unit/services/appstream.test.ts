import { AppStreamClient, DescribeFleetsCommand } from '@aws-sdk/client-appstream';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import appstream from '../../../src/services/appstream/appstream.js';
import type { Collection } from '../../../src/services/collection.js';
import { CollectionLoader } from '../../../src/services/loader.js';
import type { AwsResource, ResourceMap } from '../../../src/services/resource-map.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { readAll } from '../../helpers/loaded.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
/** A fresh scan's loader, handing back each collection typed as its own resources. */
function loader() {
  const scan = new CollectionLoader({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
  return { load: <T extends AwsResource>(collection: Collection<T>) => scan.load(collection) as Promise<ResourceMap<T>> };
}
const fleetArn = (region: string, name: string) => `arn:aws:appstream:${region}:111122223333:fleet/${name}`;

/** A DescribeFleets fleet as AWS answers it (API reference, Fleet). */
function fleet(region: string, name: string, settings: { MaxUserDurationInSeconds: number; DisconnectTimeoutInSeconds: number; IdleDisconnectTimeoutInSeconds?: number; EnableDefaultInternetAccess: boolean }) {
  return {
    Arn: fleetArn(region, name),
    Name: name,
    InstanceType: 'stream.standard.medium',
    FleetType: 'ON_DEMAND' as const,
    ComputeCapacityStatus: { Desired: 1, Running: 1, InUse: 0, Available: 1 },
    State: 'RUNNING' as const,
    VpcConfig: { SubnetIds: ['subnet-0123456789abcdef0'], SecurityGroupIds: ['sg-0123456789abcdef0'] },
    CreatedTime: new Date('2025-01-01T00:00:00Z'),
    StreamView: 'APP' as const,
    Platform: 'WINDOWS_SERVER_2019' as const,
    ...settings,
  };
}

/** moto 5.2.1 has no AppStream, so fleets are read here from mocked answers. */
describe('AppStream collections', () => {
  const mock = mockClient(AppStreamClient);
  afterEach(() => mock.reset());
  afterAll(() => mock.restore());

  it('reads every page of fleets in every region, an unset idle timeout as null', async () => {
    mock.on(DescribeFleetsCommand).callsFake(async (input: { NextToken?: string }, getClient: () => AppStreamClient) => {
      const region = await getClient().config.region();
      if (region !== 'eu-west-1') return { Fleets: [] };
      return input.NextToken === undefined
        ? { Fleets: [fleet(region, 'kiosk', { MaxUserDurationInSeconds: 3600, DisconnectTimeoutInSeconds: 300, IdleDisconnectTimeoutInSeconds: 600, EnableDefaultInternetAccess: false })], NextToken: 'page-2' }
        : { Fleets: [fleet(region, 'lab', { MaxUserDurationInSeconds: 57600, DisconnectTimeoutInSeconds: 900, EnableDefaultInternetAccess: true })] };
    });

    const fleets = await loader().load(appstream.fleets);

    expect(fleets.listingFailures()).toEqual([]);
    expect(readAll(fleets)).toEqual([
      {
        arn: fleetArn('eu-west-1', 'kiosk'),
        id: 'kiosk',
        name: 'kiosk',
        region: 'eu-west-1',
        tags: {},
        maxUserDurationInSeconds: 3600,
        disconnectTimeoutInSeconds: 300,
        idleDisconnectTimeoutInSeconds: 600,
        enableDefaultInternetAccess: false,
      },
      {
        arn: fleetArn('eu-west-1', 'lab'),
        id: 'lab',
        name: 'lab',
        region: 'eu-west-1',
        tags: {},
        maxUserDurationInSeconds: 57600,
        disconnectTimeoutInSeconds: 900,
        idleDisconnectTimeoutInSeconds: null,
        enableDefaultInternetAccess: true,
      },
    ]);
    expect(mock.commandCalls(DescribeFleetsCommand)).toHaveLength(3);
  });

  it('a denied listing is a failure in each region, and a fleet missing a setting Prowler needs fails its region', async () => {
    mock.on(DescribeFleetsCommand).callsFake(async (_input: unknown, getClient: () => AppStreamClient) => {
      const region = await getClient().config.region();
      if (region === 'us-east-1') throw Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' });
      return { Fleets: [{ Arn: fleetArn(region, 'elastic'), Name: 'elastic', DisconnectTimeoutInSeconds: 300, EnableDefaultInternetAccess: false }] };
    });

    const fleets = await loader().load(appstream.fleets);

    expect(fleets.found()).toEqual([]);
    expect(fleets.listingFailures().map(({ region, operation }) => ({ region, operation }))).toEqual(
      expect.arrayContaining([
        { region: 'eu-west-1', operation: 'DescribeFleets' },
        { region: 'us-east-1', operation: 'DescribeFleets' },
      ]),
    );
    expect(fleets.listingFailures().find((failure) => failure.region === 'eu-west-1')?.message).toContain('MaxUserDurationInSeconds');
  });
});
