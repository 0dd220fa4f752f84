import { EventBridgeClient, ListEndpointsCommand } from '@aws-sdk/client-eventbridge';
import { GetResourcePolicyCommand, ListRegistriesCommand, SchemasClient } from '@aws-sdk/client-schemas';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { failuresIn, readFields } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = () => ({ account: { ...FIXTURE_ACCOUNT, regions: ['eu-west-1'] }, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
const notFound = () => Object.assign(new Error('no policy'), { name: 'NotFoundException' });
const registryArn = (name: string) => `arn:aws:schemas:eu-west-1:111122223333:registry/${name}`;

// moto 5.2.1 has no ListEndpoints and no Schemas API at all.
describe('EventBridge global endpoints', () => {
  const events = mockClient(EventBridgeClient);
  afterEach(() => events.reset());
  afterAll(() => events.restore());

  it('lists every page at the largest page size; an endpoint naming no replication reads as DISABLED', async () => {
    events.on(ListEndpointsCommand).callsFake((input: { NextToken?: string }) =>
      input.NextToken
        ? { Endpoints: [{ Name: 'plain', Arn: 'arn:aws:events:eu-west-1:111122223333:endpoint/plain' }] }
        : { Endpoints: [{ Name: 'replicated', Arn: 'arn:aws:events:eu-west-1:111122223333:endpoint/replicated', ReplicationConfig: { State: 'ENABLED' } }], NextToken: 'next' },
    );

    const loaded = await loadService(scope(), 'eventbridge', ['endpoints']);

    expect(failuresIn(loaded)).toEqual([]);
    expect(loaded.endpoints.all().map(({ name, replicationState }) => ({ name, replicationState }))).toEqual([
      { name: 'replicated', replicationState: 'ENABLED' },
      { name: 'plain', replicationState: 'DISABLED' },
    ]);
    expect(events.commandCalls(ListEndpointsCommand).every((call) => call.args[0].input.MaxResults === 100)).toBe(true);
  });
});

describe('EventBridge schema registries', () => {
  const schemas = mockClient(SchemasClient);
  afterEach(() => schemas.reset());
  afterAll(() => schemas.restore());

  it('reads the policy of the account\'s registries only, a missing one as none', async () => {
    schemas.on(ListRegistriesCommand).resolves({
      Registries: [
        { RegistryName: 'aws.events', RegistryArn: registryArn('aws.events') },
        { RegistryName: 'orders', RegistryArn: registryArn('orders'), Tags: { team: 'data' } },
        { RegistryName: 'plain', RegistryArn: registryArn('plain') },
      ],
    });
    schemas.on(GetResourcePolicyCommand, { RegistryName: 'orders' }).resolves({
      Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '999988887777' }, Action: 'schemas:*', Resource: '*' }] }),
    });
    schemas.on(GetResourcePolicyCommand, { RegistryName: 'plain' }).rejects(notFound());

    const loaded = await loadService(scope(), 'eventbridge', ['registries', 'registryPolicies']);

    expect(failuresIn(loaded)).toEqual([]);
    expect(loaded.registries.all().map(({ name, tags }) => ({ name, tags }))).toEqual([
      { name: 'aws.events', tags: {} },
      { name: 'orders', tags: { team: 'data' } },
      { name: 'plain', tags: {} },
    ]);
    const policies = Object.fromEntries(loaded.registryPolicies.all().map((registry) => [registry.name, readFields(registry).policy]));
    expect(policies).toEqual({
      orders: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: ['999988887777'] }, Action: ['schemas:*'], Resource: ['*'] }] },
      plain: null,
    });
    expect(schemas.commandCalls(GetResourcePolicyCommand).map((call) => call.args[0].input.RegistryName).sort()).toEqual(['orders', 'plain']);
  });

  it('a denied policy read is unread for its registry alone', async () => {
    schemas.on(ListRegistriesCommand).resolves({ Registries: [{ RegistryName: 'orders', RegistryArn: registryArn('orders') }] });
    schemas.on(GetResourcePolicyCommand).rejects(Object.assign(new Error('denied'), { name: 'ForbiddenException' }));

    const loaded = await loadService(scope(), 'eventbridge', ['registryPolicies']);

    expect(() => readFields(loaded.registryPolicies.all()[0]!)).toThrow(/GetResourcePolicy/);
  });
});
