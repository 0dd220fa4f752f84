import { CreateEndpointCommand, DatabaseMigrationServiceClient } from '@aws-sdk/client-database-migration-service';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll } from '../helpers/loaded.js';
import { loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];
const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);

describe('DMS collections against moto', () => {
  beforeEach(resetMoto);

  // moto writes the creation times of replication instances and tasks as ISO strings where the
  // AWS JSON protocol has epoch seconds, so the JS SDK cannot read them from moto: those two
  // listings are tested with mocked answers in test/unit/services/dms.test.ts.
  it('reads endpoints with their engine settings, per region', async () => {
    const west = new DatabaseMigrationServiceClient(seedConfig('eu-west-1'));
    const east = new DatabaseMigrationServiceClient(seedConfig('us-east-1'));
    const source = (
      await west.send(
        new CreateEndpointCommand({ EndpointIdentifier: 'docs', EndpointType: 'source', EngineName: 'mongodb', SslMode: 'none', MongoDbSettings: { AuthType: 'password', ServerName: 'db', Port: 27017 } }),
      )
    ).Endpoint!;
    const target = (
      await west.send(
        new CreateEndpointCommand({ EndpointIdentifier: 'cache', EndpointType: 'target', EngineName: 'redis', SslMode: 'require', RedisSettings: { ServerName: 'cache', Port: 6379, SslSecurityProtocol: 'ssl-encryption' } }),
      )
    ).Endpoint!;
    const graph = (await east.send(new CreateEndpointCommand({ EndpointIdentifier: 'graph', EndpointType: 'target', EngineName: 'neptune', NeptuneSettings: { IamAuthEnabled: true, S3BucketName: 'b', S3BucketFolder: 'f', ServiceAccessRoleArn: 'arn:aws:iam::123456789012:role/r' } }))).Endpoint!;
    const dms = await loadService(await motoScope(REGIONS), 'dms', ['endpoints']);

    expect(failuresIn(dms)).toEqual([]);
    expect(readAll(dms.endpoints).sort(byId)).toEqual([
      { arn: target.EndpointArn, id: 'cache', region: 'eu-west-1', tags: {}, engineName: 'redis', sslMode: 'require', redisSslProtocol: 'ssl-encryption', mongoDbAuthType: 'no', neptuneIamAuthEnabled: false },
      { arn: source.EndpointArn, id: 'docs', region: 'eu-west-1', tags: {}, engineName: 'mongodb', sslMode: 'none', redisSslProtocol: 'plaintext', mongoDbAuthType: 'password', neptuneIamAuthEnabled: false },
      { arn: graph.EndpointArn, id: 'graph', region: 'us-east-1', tags: {}, engineName: 'neptune', sslMode: null, redisSslProtocol: 'plaintext', mongoDbAuthType: 'no', neptuneIamAuthEnabled: true },
    ]);
  });
});
