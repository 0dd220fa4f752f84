import { BatchClient, DeregisterJobDefinitionCommand, RegisterJobDefinitionCommand } from '@aws-sdk/client-batch';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_AWS_CONFIG } from '../../src/config/aws-config.js';
import { failuresIn, readAll } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const container = (environment: { name: string; value: string }[], command: string[] = []) => ({
  image: 'busybox',
  vcpus: 1,
  memory: 128,
  command,
  environment,
});

describe('Batch job definitions against moto', () => {
  beforeEach(resetMoto);

  it('lists active revisions in each region and scans their variables and command', async () => {
    const east = new BatchClient(seedConfig('us-east-1'));
    const leaky = await east.send(
      new RegisterJobDefinitionCommand({
        jobDefinitionName: 'etl',
        type: 'container',
        containerProperties: container([{ name: 'STAGE', value: 'prod' }, { name: 'AWS_KEY', value: 'AKIAIOSFODNN7EXAMPLX' }], ['sh', '-c', 'curl https://admin:s3cr3tP4ss@example.com/data']),
      }),
    );
    const retired = await east.send(new RegisterJobDefinitionCommand({ jobDefinitionName: 'old', type: 'container', containerProperties: container([]) }));
    await east.send(new DeregisterJobDefinitionCommand({ jobDefinition: retired.jobDefinitionArn }));
    const clean = await new BatchClient(seedConfig('eu-west-1')).send(
      new RegisterJobDefinitionCommand({ jobDefinitionName: 'report', type: 'container', containerProperties: container([{ name: 'STAGE', value: 'prod' }]) }),
    );

    const batch = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'batch');

    expect(failuresIn(batch)).toEqual([]);
    expect(readAll(batch.jobDefinitions).sort((a, b) => a.region.localeCompare(b.region))).toEqual([
      { arn: clean.jobDefinitionArn, id: 'report:1', name: 'report', region: 'eu-west-1', tags: {}, revision: 1, secrets: [] },
      {
        arn: leaky.jobDefinitionArn,
        id: 'etl:1',
        name: 'etl',
        region: 'us-east-1',
        tags: {},
        revision: 1,
        secrets: [
          { variable: 'AWS_KEY', kind: 'AWS access key' },
          { command: true, kind: 'Basic auth credentials' },
        ],
      },
    ]);
    expect(leaky.jobDefinitionArn).toBe(`arn:aws:batch:us-east-1:${MOTO_ACCOUNT}:job-definition/etl:1`);
  });

  it('keeps max_batch_job_definitions revisions, taking the regions in turn', async () => {
    for (const [region, names] of [
      ['us-east-1', ['a1', 'a2']],
      ['eu-west-1', ['b1', 'b2']],
    ] as const) {
      const client = new BatchClient(seedConfig(region));
      for (const name of names) await client.send(new RegisterJobDefinitionCommand({ jobDefinitionName: name, type: 'container', containerProperties: container([]) }));
    }
    const scope = await motoScope(['us-east-1', 'eu-west-1']);

    const batch = await loadService({ ...scope, config: { ...DEFAULT_AWS_CONFIG, max_batch_job_definitions: 2 } }, 'batch');

    expect(batch.jobDefinitions.all().map((definition) => definition.region).sort()).toEqual(['eu-west-1', 'us-east-1']);
  });
});
