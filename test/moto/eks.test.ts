import { CreateClusterCommand, EKSClient } from '@aws-sdk/client-eks';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];
const vpcConfig = { subnetIds: ['subnet-1'], endpointPublicAccess: true, endpointPrivateAccess: false, publicAccessCidrs: ['0.0.0.0/0'] };

describe('EKS collections against moto', () => {
  beforeEach(resetMoto);

  it('lists and describes clusters in every scanned region', async () => {
    await new EKSClient(seedConfig('eu-west-1')).send(
      new CreateClusterCommand({ name: 'platform', roleArn: `arn:aws:iam::${MOTO_ACCOUNT}:role/eks`, version: '1.31', resourcesVpcConfig: vpcConfig, tags: { team: 'core' } }),
    );
    await new EKSClient(seedConfig('us-east-1')).send(new CreateClusterCommand({ name: 'legacy', roleArn: `arn:aws:iam::${MOTO_ACCOUNT}:role/eks`, version: '1.24', resourcesVpcConfig: vpcConfig }));

    const eks = await loadService(await motoScope(REGIONS), 'eks');

    expect(failuresIn(eks)).toEqual([]);
    const platform = readFields(resourceAt(eks.clusters, `arn:aws:eks:eu-west-1:${MOTO_ACCOUNT}:cluster/platform`));
    expect(platform).toMatchObject({ id: 'platform', region: 'eu-west-1', tags: { team: 'core' } });
    expect(platform.configuration).toMatchObject({ version: '1.31', endpointPublicAccess: true, endpointPrivateAccess: false, publicAccessCidrs: ['0.0.0.0/0'] });
    expect(readFields(resourceAt(eks.clusters, `arn:aws:eks:us-east-1:${MOTO_ACCOUNT}:cluster/legacy`)).configuration).toMatchObject({ version: '1.24' });
  });

  it('an empty account lists no clusters and no failures', async () => {
    const eks = await loadService(await motoScope(REGIONS), 'eks');
    expect(failuresIn(eks)).toEqual([]);
    expect(eks.clusters.all()).toEqual([]);
  });
});
