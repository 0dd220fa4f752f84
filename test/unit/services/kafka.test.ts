import { KafkaClient, ListKafkaVersionsCommand } from '@aws-sdk/client-kafka';
import { KafkaConnectClient, ListConnectorsCommand } from '@aws-sdk/client-kafkaconnect';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { failuresIn, readAll } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = () => ({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });

// moto 5.2.1 has no ListKafkaVersions.
describe('MSK Kafka versions', () => {
  const kafka = mockClient(KafkaClient);
  afterEach(() => kafka.reset());
  afterAll(() => kafka.restore());

  it('keeps the versions of each region in the order MSK lists them, across pages', async () => {
    kafka.on(ListKafkaVersionsCommand).callsFake(async (input: { NextToken?: string }, getClient: () => KafkaClient) => {
      if ((await getClient().config.region()) === 'us-east-1') return { KafkaVersions: [{ Version: '3.6.0', Status: 'ACTIVE' }] };
      return input.NextToken === 'page-2'
        ? { KafkaVersions: [{ Version: '3.6.0', Status: 'ACTIVE' }] }
        : { KafkaVersions: [{ Version: '2.8.1', Status: 'DEPRECATED' }, { Version: '3.5.1', Status: 'ACTIVE' }], NextToken: 'page-2' };
    });

    const loaded = await loadService(scope(), 'kafka', ['versions']);

    expect(failuresIn(loaded)).toEqual([]);
    const versionsIn = (region: string) => readAll(loaded.versions).filter((version) => version.region === region).map(({ id, status }) => ({ id, status }));
    expect(versionsIn('eu-west-1')).toEqual([
      { id: '2.8.1', status: 'DEPRECATED' },
      { id: '3.5.1', status: 'ACTIVE' },
      { id: '3.6.0', status: 'ACTIVE' },
    ]);
    expect(versionsIn('us-east-1')).toEqual([{ id: '3.6.0', status: 'ACTIVE' }]);
    expect(loaded.versions.all('us-east-1')[0]!.arn).toBe('arn:aws:kafka:us-east-1:111122223333:kafka-version/3.6.0');
    expect(kafka.commandCalls(ListKafkaVersionsCommand)[0]!.args[0].input).toMatchObject({ MaxResults: 100 });
  });

  it('a denied listing leaves the region unlisted, not empty', async () => {
    kafka.on(ListKafkaVersionsCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));

    const loaded = await loadService(scope(), 'kafka', ['versions']);

    expect(() => loaded.versions.all('eu-west-1')).toThrow(/ListKafkaVersions/);
  });
});

// moto 5.2.1 has no MSK Connect.
describe('MSK Connect connectors', () => {
  const kafkaConnect = mockClient(KafkaConnectClient);
  afterEach(() => kafkaConnect.reset());
  afterAll(() => kafkaConnect.restore());

  it('reads each connector with its transit encryption, across pages, plaintext when unstated', async () => {
    kafkaConnect.on(ListConnectorsCommand).callsFake(async (input: { nextToken?: string }, getClient: () => KafkaConnectClient) => {
      const region = await getClient().config.region();
      if (region !== 'eu-west-1') return { connectors: [] };
      const arn = (name: string) => `arn:aws:kafkaconnect:eu-west-1:111122223333:connector/${name}/uuid-${name}`;
      return input.nextToken === 'page-2'
        ? { connectors: [{ connectorArn: arn('legacy'), connectorName: 'legacy' }] }
        : { connectors: [{ connectorArn: arn('orders'), connectorName: 'orders', kafkaClusterEncryptionInTransit: { encryptionType: 'TLS' } }], nextToken: 'page-2' };
    });

    const loaded = await loadService(scope(), 'kafka', ['connectors']);

    expect(failuresIn(loaded)).toEqual([]);
    expect(readAll(loaded.connectors).map(({ id, region, encryptionInTransit }) => ({ id, region, encryptionInTransit }))).toEqual([
      { id: 'orders', region: 'eu-west-1', encryptionInTransit: 'TLS' },
      { id: 'legacy', region: 'eu-west-1', encryptionInTransit: 'PLAINTEXT' },
    ]);
    expect(kafkaConnect.commandCalls(ListConnectorsCommand)[0]!.args[0].input).toMatchObject({ maxResults: 100 });
  });

  it('a denied listing leaves the region unlisted, not empty', async () => {
    kafkaConnect.on(ListConnectorsCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));

    const loaded = await loadService(scope(), 'kafka', ['connectors']);

    expect(() => loaded.connectors.all('eu-west-1')).toThrow(/ListConnectors/);
  });
});
