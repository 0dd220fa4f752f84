import { EMRClient, PutBlockPublicAccessConfigurationCommand, RunJobFlowCommand, TerminateJobFlowsCommand } from '@aws-sdk/client-emr';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const runJobFlow = (name: string) =>
  new RunJobFlowCommand({
    Name: name,
    ReleaseLabel: 'emr-7.1.0',
    JobFlowRole: 'EMR_EC2_DefaultRole',
    ServiceRole: 'EMR_DefaultRole',
    Instances: {
      MasterInstanceType: 'm5.xlarge',
      SlaveInstanceType: 'm5.xlarge',
      InstanceCount: 3,
      KeepJobFlowAliveWhenNoSteps: true,
      EmrManagedMasterSecurityGroup: 'sg-master',
      AdditionalMasterSecurityGroups: ['sg-admin'],
      EmrManagedSlaveSecurityGroup: 'sg-slave',
    },
  });

describe('EMR collections against moto', () => {
  beforeEach(resetMoto);

  it('reads the block public access setting of each region, under the account', async () => {
    await new EMRClient(seedConfig('us-east-1')).send(
      new PutBlockPublicAccessConfigurationCommand({ BlockPublicAccessConfiguration: { BlockPublicSecurityGroupRules: true } }),
    );

    const emr = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'emr', ['blockPublicAccess']);

    expect(failuresIn(emr)).toEqual([]);
    // moto keeps one setting for every region; AWS keeps one per region.
    expect(readAll(emr.blockPublicAccess).sort((a, b) => a.region.localeCompare(b.region))).toEqual(
      ['eu-west-1', 'us-east-1'].map((region) => ({
        arn: `arn:aws:elasticmapreduce:${region}:${MOTO_ACCOUNT}:cluster`,
        id: MOTO_ACCOUNT,
        region,
        tags: {},
        blockPublicSecurityGroupRules: true,
      })),
    );
  });

  it('an answer without the setting, as moto gives before one is put, is an error rather than a verdict', async () => {
    const emr = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'emr', ['blockPublicAccess']);

    expect(failuresIn(emr).map(({ region, operation }) => ({ region, operation }))).toEqual(
      expect.arrayContaining([
        { region: 'us-east-1', operation: 'GetBlockPublicAccessConfiguration' },
        { region: 'eu-west-1', operation: 'GetBlockPublicAccessConfiguration' },
      ]),
    );
  });

  // moto's EMR state is not regional (every region lists the same clusters), so clusters are read in one region.
  it('lists the clusters that have not terminated, with their master address and security groups', async () => {
    const client = new EMRClient(seedConfig('us-east-1'));
    const running = await client.send(runJobFlow('analytics'));
    const finished = await client.send(runJobFlow('finished'));
    await client.send(new TerminateJobFlowsCommand({ JobFlowIds: [finished.JobFlowId!] }));

    const emr = await loadService(await motoScope(['us-east-1']), 'emr', ['clusters']);

    expect(failuresIn(emr)).toEqual([]);
    const [cluster, ...others] = readAll(emr.clusters);
    expect(others).toEqual([]);
    expect(cluster).toMatchObject({
      arn: running.ClusterArn,
      id: running.JobFlowId,
      name: 'analytics',
      region: 'us-east-1',
      nodes: { masterSecurityGroupIds: ['sg-master', 'sg-admin'], slaveSecurityGroupIds: ['sg-slave'] },
    });
    expect(cluster!.nodes.masterPublicDnsName).toMatch(/amazonaws\.com$/);
  });
});
