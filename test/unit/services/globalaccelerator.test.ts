import { GlobalAcceleratorClient, ListAcceleratorsCommand, ListTagsForResourceCommand } from '@aws-sdk/client-global-accelerator';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import type { AccountScope } from '../../../src/provider/provider.js';
import globalaccelerator from '../../../src/services/globalaccelerator/globalaccelerator.js';
import { CollectionLoader } from '../../../src/services/loader.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { readAll } from '../../helpers/loaded.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const loader = (account: AccountScope = FIXTURE_ACCOUNT) => new CollectionLoader({ account, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
const arn = (name: string) => `arn:aws:globalaccelerator::111122223333:accelerator/${name}`;

/** moto 5.2.1 has no Global Accelerator, so it is read here from mocked answers. */
describe('Global Accelerator accelerators', () => {
  const mock = mockClient(GlobalAcceleratorClient);
  afterEach(() => mock.reset());
  afterAll(() => mock.restore());

  it('are listed in us-west-2 whatever the scanned regions, with their tags', async () => {
    const regions: string[] = [];
    mock.on(ListAcceleratorsCommand).callsFake(async (_input: unknown, getClient: () => GlobalAcceleratorClient) => {
      regions.push(await getClient().config.region());
      return { Accelerators: [{ AcceleratorArn: arn('edge'), Name: 'edge', Enabled: true }, { AcceleratorArn: arn('spare'), Name: 'spare', Enabled: false }] };
    });
    mock.on(ListTagsForResourceCommand, { ResourceArn: arn('edge') }).resolves({ Tags: [{ Key: 'team', Value: 'net' }] });
    mock.on(ListTagsForResourceCommand, { ResourceArn: arn('spare') }).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));

    const accelerators = await loader().load(globalaccelerator.accelerators);

    expect(regions).toEqual(['us-west-2']);
    expect(readAll(accelerators)).toEqual([
      { arn: arn('edge'), id: 'edge', name: 'edge', region: 'us-west-2', tags: { team: 'net' }, enabled: true },
      { arn: arn('spare'), id: 'spare', name: 'spare', region: 'us-west-2', tags: {}, enabled: false },
    ]);
    expect(accelerators.failures).toMatchObject([{ operation: 'ListTagsForResource', region: 'us-west-2', resourceArn: arn('spare') }]);
    expect(mock.commandCalls(ListAcceleratorsCommand)[0]!.args[0].input).toMatchObject({ MaxResults: 100 });
  });

  it('a denied listing is recorded in us-west-2', async () => {
    mock.on(ListAcceleratorsCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));

    const accelerators = await loader().load(globalaccelerator.accelerators);

    expect(accelerators.listingFailures()).toMatchObject([{ service: 'globalaccelerator', region: 'us-west-2', operation: 'ListAccelerators' }]);
  });

  it('outside the aws partition there are none to read', async () => {
    const accelerators = await loader({ ...FIXTURE_ACCOUNT, partition: 'aws-cn', regions: ['cn-north-1'], globalRegion: 'cn-north-1' }).load(globalaccelerator.accelerators);

    expect(accelerators.all()).toEqual([]);
    expect(mock.calls()).toHaveLength(0);
  });
});
