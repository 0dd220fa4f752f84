import { CreateClusterCommand, DescribeClustersCommand, MemoryDBClient, type DescribeClustersCommandOutput } from '@aws-sdk/client-memorydb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CollectionScope } from '../../src/services/collection.js';
import { failuresIn, readAll } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];

/** One cluster that upgrades itself in eu-west-1 and one pinned to its minor version in us-east-1. */
async function seedClusters(): Promise<void> {
  const create = (region: string, ClusterName: string, AutoMinorVersionUpgrade: boolean) =>
    new MemoryDBClient(seedConfig(region)).send(new CreateClusterCommand({ ClusterName, NodeType: 'db.t4g.small', ACLName: 'open-access', AutoMinorVersionUpgrade }));
  await create('eu-west-1', 'upgrading', true);
  await create('us-east-1', 'pinned', false);
}

/**
 * moto 5.2.1 leaves the Engine attribute out of DescribeClusters, which MemoryDB itself always
 * returns; adding it to moto's answer on the scanner's own clients shows what the listing keeps.
 */
function answerWithEngine(scope: CollectionScope): void {
  for (const region of REGIONS) {
    scope.clients.get(MemoryDBClient, region).middlewareStack.add(
      (next) => async (args) => {
        const result = await next(args);
        for (const cluster of (result.output as DescribeClustersCommandOutput).Clusters ?? []) cluster.Engine ??= 'redis';
        return result;
      },
      { step: 'initialize', name: 'motoEngineAttribute' },
    );
  }
}

describe('MemoryDB collections against moto', () => {
  beforeEach(resetMoto);

  it('reads clusters with their automatic minor version upgrade setting, per region', async () => {
    await seedClusters();
    const scope = await motoScope(REGIONS);
    answerWithEngine(scope);

    const memorydb = await loadService(scope, 'memorydb');

    expect(failuresIn(memorydb)).toEqual([]);
    expect(readAll(memorydb.clusters).sort((a, b) => a.name!.localeCompare(b.name!))).toEqual([
      { arn: `arn:aws:memorydb:us-east-1:${MOTO_ACCOUNT}:cluster/pinned`, id: 'pinned', name: 'pinned', region: 'us-east-1', tags: {}, autoMinorVersionUpgrade: false },
      { arn: `arn:aws:memorydb:eu-west-1:${MOTO_ACCOUNT}:cluster/upgrading`, id: 'upgrading', name: 'upgrading', region: 'eu-west-1', tags: {}, autoMinorVersionUpgrade: true },
    ]);
  });

  it('leaves out clusters whose answer lacks an attribute Prowler requires, as moto gives them', async () => {
    await seedClusters();
    const [described] = (await new MemoryDBClient(seedConfig('eu-west-1')).send(new DescribeClustersCommand({}))).Clusters ?? [];
    expect(described).toMatchObject({ Name: 'upgrading', AutoMinorVersionUpgrade: true });
    expect(described).not.toHaveProperty('Engine');
    const scope = await motoScope(REGIONS);
    const callsBefore = scope.clients.calls.get('MemoryDB:DescribeClusters') ?? 0;

    const memorydb = await loadService(scope, 'memorydb');

    expect(failuresIn(memorydb)).toEqual([]);
    expect(scope.clients.calls.get('MemoryDB:DescribeClusters')! - callsBefore).toBe(REGIONS.length);
    expect(readAll(memorydb.clusters)).toEqual([]);
  });
});
