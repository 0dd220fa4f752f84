import { CreateRepositoryCommand, ECRClient, PutLifecyclePolicyCommand, PutRegistryScanningConfigurationCommand, SetRepositoryPolicyCommand } from '@aws-sdk/client-ecr';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const repositoryArn = (region: string, name: string) => `arn:aws:ecr:${region}:${MOTO_ACCOUNT}:repository/${name}`;

describe('ECR collections against moto', () => {
  beforeEach(resetMoto);

  it('lists the repositories of each region with their scan and tag settings', async () => {
    await new ECRClient(seedConfig('eu-west-1')).send(new CreateRepositoryCommand({ repositoryName: 'app', imageScanningConfiguration: { scanOnPush: true }, imageTagMutability: 'IMMUTABLE' }));
    await new ECRClient(seedConfig('us-east-1')).send(new CreateRepositoryCommand({ repositoryName: 'base/images' }));

    const ecr = await loadService(await motoScope(['eu-west-1', 'us-east-1']), 'ecr', ['repositories']);

    expect(failuresIn(ecr)).toEqual([]);
    expect(ecr.repositories.all().sort((a, b) => a.region.localeCompare(b.region))).toEqual([
      { arn: repositoryArn('eu-west-1', 'app'), id: 'app', name: 'app', region: 'eu-west-1', tags: {}, scanOnPush: true, tagMutability: 'IMMUTABLE' },
      { arn: repositoryArn('us-east-1', 'base/images'), id: 'base/images', name: 'base/images', region: 'us-east-1', tags: {}, scanOnPush: false, tagMutability: 'MUTABLE' },
    ]);
  });

  it('reads each region registry scanning configuration with its repository count', async () => {
    const east = new ECRClient(seedConfig('us-east-1'));
    await east.send(new CreateRepositoryCommand({ repositoryName: 'app' }));
    await east.send(
      new PutRegistryScanningConfigurationCommand({
        scanType: 'ENHANCED',
        rules: [{ scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: 'prod-*', filterType: 'WILDCARD' }] }],
      }),
    );

    const ecr = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'ecr', ['registries']);

    expect(failuresIn(ecr)).toEqual([]);
    expect(readAll(ecr.registries).sort((a, b) => a.region.localeCompare(b.region))).toEqual([
      { arn: `arn:aws:ecr:eu-west-1:${MOTO_ACCOUNT}:registry/${MOTO_ACCOUNT}`, id: MOTO_ACCOUNT, region: 'eu-west-1', tags: {}, scanType: 'BASIC', rules: [], repositoryCount: 0 },
      {
        arn: `arn:aws:ecr:us-east-1:${MOTO_ACCOUNT}:registry/${MOTO_ACCOUNT}`,
        id: MOTO_ACCOUNT,
        region: 'us-east-1',
        tags: {},
        scanType: 'ENHANCED',
        rules: [{ frequency: 'SCAN_ON_PUSH', filters: ['prod-*'] }],
        repositoryCount: 1,
      },
    ]);
  });

  it('reads repository and lifecycle policies; a repository without one has none', async () => {
    const east = new ECRClient(seedConfig('us-east-1'));
    const west = new ECRClient(seedConfig('eu-west-1'));
    await east.send(new CreateRepositoryCommand({ repositoryName: 'shared' }));
    await west.send(new CreateRepositoryCommand({ repositoryName: 'private' }));
    const policy = { Version: '2012-10-17', Statement: [{ Sid: 'pull', Effect: 'Allow', Principal: '*', Action: 'ecr:BatchGetImage' }] };
    await east.send(new SetRepositoryPolicyCommand({ repositoryName: 'shared', policyText: JSON.stringify(policy) }));
    const lifecycle = JSON.stringify({ rules: [{ rulePriority: 1, selection: { tagStatus: 'untagged', countType: 'imageCountMoreThan', countNumber: 5 }, action: { type: 'expire' } }] });
    await west.send(new PutLifecyclePolicyCommand({ repositoryName: 'private', lifecyclePolicyText: lifecycle }));

    const ecr = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'ecr', ['repositoryPolicies', 'lifecyclePolicies']);

    expect(failuresIn(ecr)).toEqual([]);
    expect(readFields(resourceAt(ecr.repositoryPolicies, repositoryArn('us-east-1', 'shared'))).policy).toMatchObject({ Statement: [{ Effect: 'Allow', Principal: { AWS: ['*'] } }] });
    expect(readFields(resourceAt(ecr.repositoryPolicies, repositoryArn('eu-west-1', 'private'))).policy).toBeNull();
    expect(readFields(resourceAt(ecr.lifecyclePolicies, repositoryArn('eu-west-1', 'private'))).lifecyclePolicy).toBe(lifecycle);
    expect(readFields(resourceAt(ecr.lifecyclePolicies, repositoryArn('us-east-1', 'shared'))).lifecyclePolicy).toBeNull();
  });

  it('finds no scannable latest image where none was pushed', async () => {
    await new ECRClient(seedConfig('us-east-1')).send(new CreateRepositoryCommand({ repositoryName: 'scanned', imageScanningConfiguration: { scanOnPush: true } }));
    await new ECRClient(seedConfig('eu-west-1')).send(new CreateRepositoryCommand({ repositoryName: 'plain' }));

    const ecr = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'ecr', ['latestImages']);

    expect(failuresIn(ecr)).toEqual([]);
    expect(readAll(ecr.latestImages).map(({ name, latestImage }) => ({ name, latestImage }))).toEqual(
      expect.arrayContaining([
        { name: 'scanned', latestImage: null },
        { name: 'plain', latestImage: null },
      ]),
    );
  });
});
