import { GetInstancesCommand, GetRelationalDatabasesCommand, GetStaticIpsCommand, LightsailClient } from '@aws-sdk/client-lightsail';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import type { Collection } from '../../../src/services/collection.js';
import lightsail from '../../../src/services/lightsail/lightsail.js';
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
const lightsailArn = (region: string, kind: string, uuid: string) => `arn:aws:lightsail:${region}:${FIXTURE_ACCOUNT.id}:${kind}/${uuid}`;

/** moto 5.2.1 has no Lightsail, so it is read here from answers shaped like AWS's. */
describe('Lightsail collections', () => {
  const mock = mockClient(LightsailClient);
  afterEach(() => mock.reset());
  afterAll(() => mock.restore());

  it('lists instances through every page, with their public ports and snapshot add-on', async () => {
    mock.on(GetInstancesCommand).callsFake(async (input: { pageToken?: string }, getClient: () => LightsailClient) => {
      const region = await getClient().config.region();
      if (region !== 'eu-west-1') return { instances: [] };
      if (!input.pageToken) {
        return {
          instances: [
            {
              name: 'web',
              arn: lightsailArn('eu-west-1', 'Instance', 'aaaa'),
              supportCode: '123456789012/i-0abc',
              location: { availabilityZone: 'eu-west-1a', regionName: 'eu-west-1' },
              tags: [{ key: 'team', value: 'shop' }],
              publicIpAddress: '203.0.113.10',
              isStaticIp: false,
              networking: {
                ports: [
                  { fromPort: 22, toPort: 22, protocol: 'tcp', accessFrom: 'Anywhere (0.0.0.0/0)', accessType: 'public' },
                  { fromPort: 8000, toPort: 8100, protocol: 'tcp', accessFrom: 'Anywhere (0.0.0.0/0)', accessType: 'public' },
                  { fromPort: 3306, toPort: 3306, protocol: 'tcp', accessFrom: 'Custom', accessType: 'private' },
                ],
              },
              addOns: [{ name: 'AutoSnapshot', status: 'Enabled', snapshotTimeOfDay: '06:00' }],
            },
          ],
          nextPageToken: 'page-2',
        };
      }
      return {
        instances: [{ name: 'batch', arn: lightsailArn('eu-west-1', 'Instance', 'bbbb'), supportCode: '123456789012/i-0def', location: { regionName: 'eu-west-1' } }],
      };
    });

    const instances = await loader().load(lightsail.instances);

    expect(readAll(instances)).toEqual([
      {
        arn: lightsailArn('eu-west-1', 'Instance', 'aaaa'),
        id: '123456789012/i-0abc',
        name: 'web',
        region: 'eu-west-1',
        tags: { team: 'shop' },
        publicIpAddress: '203.0.113.10',
        publicPortRanges: ['22', '8000-8100'],
        autoSnapshot: true,
      },
      {
        arn: lightsailArn('eu-west-1', 'Instance', 'bbbb'),
        id: '123456789012/i-0def',
        name: 'batch',
        region: 'eu-west-1',
        tags: {},
        publicIpAddress: '',
        publicPortRanges: [],
        autoSnapshot: false,
      },
    ]);
    expect(mock.commandCalls(GetInstancesCommand).map((call) => call.args[0].input.pageToken)).toContain('page-2');
  });

  it('takes a database without publiclyAccessible as public and a static IP without isAttached as attached, as Prowler does', async () => {
    mock.on(GetRelationalDatabasesCommand).callsFake(async (_input: unknown, getClient: () => LightsailClient) =>
      (await getClient().config.region()) === 'eu-west-1'
        ? {
            relationalDatabases: [
              { name: 'private-db', arn: lightsailArn('eu-west-1', 'RelationalDatabase', 'cccc'), supportCode: 'sc-db1', location: { regionName: 'eu-west-1' }, publiclyAccessible: false },
              { name: 'unknown-db', arn: lightsailArn('eu-west-1', 'RelationalDatabase', 'dddd'), supportCode: 'sc-db2', location: { regionName: 'eu-west-1' } },
            ],
          }
        : { relationalDatabases: [] },
    );
    mock.on(GetStaticIpsCommand).callsFake(async (_input: unknown, getClient: () => LightsailClient) =>
      (await getClient().config.region()) === 'us-east-1'
        ? {
            staticIps: [
              { name: 'ip-web', arn: lightsailArn('us-east-1', 'StaticIp', 'eeee'), supportCode: 'sc-ip1', location: { regionName: 'us-east-1' }, ipAddress: '198.51.100.1', isAttached: true, attachedTo: 'web' },
              { name: 'ip-idle', arn: lightsailArn('us-east-1', 'StaticIp', 'ffff'), supportCode: 'sc-ip2', location: { regionName: 'us-east-1' }, ipAddress: '198.51.100.2', isAttached: false },
            ],
          }
        : { staticIps: [] },
    );

    const [databases, staticIps] = await Promise.all([loader().load(lightsail.databases), loader().load(lightsail.staticIps)]);

    expect(readAll(databases).map(({ id, name, publiclyAccessible }) => ({ id, name, publiclyAccessible }))).toEqual([
      { id: 'sc-db1', name: 'private-db', publiclyAccessible: false },
      { id: 'sc-db2', name: 'unknown-db', publiclyAccessible: true },
    ]);
    expect(readAll(staticIps).map(({ id, region, attached, attachedTo }) => ({ id, region, attached, attachedTo }))).toEqual([
      { id: 'sc-ip1', region: 'us-east-1', attached: true, attachedTo: 'web' },
      { id: 'sc-ip2', region: 'us-east-1', attached: false, attachedTo: '' },
    ]);
  });

  it('a denied listing is a failure in each region', async () => {
    mock.on(GetStaticIpsCommand).rejects(denied());
    const staticIps = await loader().load(lightsail.staticIps);
    expect(staticIps.listingFailures().map(({ operation, region }) => `${operation} ${region}`).sort()).toEqual(['GetStaticIps eu-west-1', 'GetStaticIps us-east-1']);
  });
});
