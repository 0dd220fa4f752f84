import { CreateRepositoryCommand, ECRClient } from '@aws-sdk/client-ecr';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

describe('ECR repositories against moto', () => {
  beforeEach(resetMoto);

  it('lists the repositories of each region', async () => {
    await new ECRClient(seedConfig('eu-west-1')).send(new CreateRepositoryCommand({ repositoryName: 'app' }));
    await new ECRClient(seedConfig('us-east-1')).send(new CreateRepositoryCommand({ repositoryName: 'base/images' }));

    const ecr = await loadService(await motoScope(['eu-west-1', 'us-east-1']), 'ecr');

    expect(failuresIn(ecr)).toEqual([]);
    expect(ecr.repositories.all().sort((a, b) => a.region.localeCompare(b.region))).toEqual([
      { arn: `arn:aws:ecr:eu-west-1:${MOTO_ACCOUNT}:repository/app`, id: 'app', name: 'app', region: 'eu-west-1', tags: {} },
      { arn: `arn:aws:ecr:us-east-1:${MOTO_ACCOUNT}:repository/base/images`, id: 'base/images', name: 'base/images', region: 'us-east-1', tags: {} },
    ]);
  });
});
