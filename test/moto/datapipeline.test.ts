import { CreatePipelineCommand, DataPipelineClient, PutPipelineDefinitionCommand } from '@aws-sdk/client-data-pipeline';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_AWS_CONFIG } from '../../src/config/aws-config.js';
import { failuresIn, readAll } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

// Built at run time so that no secret-shaped string sits in the repository for other scanners to flag.
const connectionString = ['postgres://etl:', 'S3cretPassw0rd', '@db.internal:5432/warehouse'].join('');

async function createPipeline(region: string, name: string, fields: { key: string; stringValue: string }[]): Promise<string> {
  const client = new DataPipelineClient(seedConfig(region));
  const { pipelineId } = await client.send(new CreatePipelineCommand({ name, uniqueId: `${name}-token` }));
  await client.send(
    new PutPipelineDefinitionCommand({
      pipelineId: pipelineId!,
      pipelineObjects: [{ id: 'Default', name: 'Default', fields }],
      parameterValues: [{ id: 'myBucket', stringValue: 's3://logs' }],
    }),
  );
  return pipelineId!;
}

describe('Data Pipeline collections against moto', () => {
  beforeEach(resetMoto);

  it('lists pipelines and scans their definitions for secrets, per region', async () => {
    const clean = await createPipeline('us-east-1', 'nightly-copy', [{ key: 'scheduleType', stringValue: 'cron' }]);
    const leaky = await createPipeline('eu-west-1', 'legacy-export', [
      { key: 'scheduleType', stringValue: 'ondemand' },
      { key: 'connectionString', stringValue: connectionString },
    ]);

    const datapipeline = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'datapipeline');

    expect(failuresIn(datapipeline)).toEqual([]);
    expect(readAll(datapipeline.pipelines).sort((a, b) => a.region.localeCompare(b.region))).toEqual([
      { arn: `arn:aws:datapipeline:eu-west-1:${MOTO_ACCOUNT}:pipeline/${leaky}`, id: leaky, name: 'legacy-export', region: 'eu-west-1', tags: {} },
      { arn: `arn:aws:datapipeline:us-east-1:${MOTO_ACCOUNT}:pipeline/${clean}`, id: clean, name: 'nightly-copy', region: 'us-east-1', tags: {} },
    ]);
    const secrets = Object.fromEntries(readAll(datapipeline.definitions).map((pipeline) => [pipeline.name, pipeline.secrets] as const));
    expect(secrets['nightly-copy']).toEqual([]);
    expect(secrets['legacy-export']).toEqual([expect.objectContaining({ location: 'object Default field connectionString' })]);
  });

  it('drops secrets on lines matching secrets_ignore_patterns', async () => {
    await createPipeline('us-east-1', 'legacy-export', [{ key: 'connectionString', stringValue: connectionString }]);
    const scope = await motoScope(['us-east-1', 'eu-west-1']);

    const flagged = await loadService(scope, 'datapipeline', ['definitions']);
    const ignored = await loadService({ ...scope, config: { ...DEFAULT_AWS_CONFIG, secrets_ignore_patterns: ['field connectionString'] } }, 'datapipeline', ['definitions']);

    expect(readAll(flagged.definitions).map((pipeline) => pipeline.secrets)).toEqual([[expect.objectContaining({ location: 'object Default field connectionString' })]]);
    expect(readAll(ignored.definitions).map((pipeline) => pipeline.secrets)).toEqual([[]]);
  });
});
