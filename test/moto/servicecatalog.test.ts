import { CreatePortfolioCommand, CreatePortfolioShareCommand, ServiceCatalogClient } from '@aws-sdk/client-service-catalog';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll } from '../helpers/loaded.js';
import { loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];

async function createPortfolio(region: string, name: string, shareWith: string[] = []): Promise<{ id: string; arn: string }> {
  const client = new ServiceCatalogClient(seedConfig(region));
  const { PortfolioDetail } = await client.send(new CreatePortfolioCommand({ DisplayName: name, ProviderName: 'platform', IdempotencyToken: `${name}-token` }));
  for (const accountId of shareWith) await client.send(new CreatePortfolioShareCommand({ PortfolioId: PortfolioDetail!.Id!, AccountId: accountId }));
  return { id: PortfolioDetail!.Id!, arn: PortfolioDetail!.ARN! };
}

describe('Service Catalog collections against moto', () => {
  beforeEach(resetMoto);

  it('lists portfolios per region and counts their shares with single accounts', async () => {
    const internal = await createPortfolio('eu-west-1', 'Internal tools');
    const partners = await createPortfolio('us-east-1', 'Partner products', ['444455556666', '777788889999']);

    const servicecatalog = await loadService(await motoScope(REGIONS), 'servicecatalog');

    expect(failuresIn(servicecatalog)).toEqual([]);
    expect(readAll(servicecatalog.portfolios).sort((a, b) => a.region.localeCompare(b.region))).toEqual([
      { arn: internal.arn, id: internal.id, name: 'Internal tools', region: 'eu-west-1', tags: {}, accountShares: 0 },
      { arn: partners.arn, id: partners.id, name: 'Partner products', region: 'us-east-1', tags: {}, accountShares: 2 },
    ]);
  });
});
