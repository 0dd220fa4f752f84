import { BedrockClient, PutModelInvocationLoggingConfigurationCommand } from '@aws-sdk/client-bedrock';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];
const ROLE = `arn:aws:iam::${MOTO_ACCOUNT}:role/service-role/bedrock-agent`;

// moto 5.2.1 has no ListGuardrails, GetGuardrail, ListAgentAliases, GetAgentVersion, ListPrompts,
// GetPrompt, ListDataSources, GetDataSource nor IAM ListServiceSpecificCredentials, and the
// timestamps of its custom models, agents and knowledge bases are not the RFC 3339 strings the
// SDK requires, so none of those can be listed from it: those collections are tested against
// aws-sdk-client-mock in test/unit/services/bedrock.test.ts.
describe('Bedrock collections against moto', () => {
  beforeEach(resetMoto);

  it('reads each region’s model invocation logging', async () => {
    await new BedrockClient(seedConfig('eu-west-1')).send(
      new PutModelInvocationLoggingConfigurationCommand({
        loggingConfig: {
          cloudWatchConfig: { logGroupName: 'bedrock-invocations', roleArn: ROLE },
          s3Config: { bucketName: 'invocation-logs' },
          textDataDeliveryEnabled: true,
        },
      }),
    );

    const bedrock = await loadService(await motoScope(REGIONS), 'bedrock', ['loggingConfigurations']);

    expect(failuresIn(bedrock)).toEqual([]);
    expect(bedrock.loggingConfigurations.all().sort((a, b) => a.region.localeCompare(b.region))).toEqual([
      {
        arn: `arn:aws:bedrock:eu-west-1:${MOTO_ACCOUNT}:model-invocation-logging`,
        id: 'model-invocation-logging',
        region: 'eu-west-1',
        tags: {},
        enabled: true,
        cloudWatchLogGroup: 'bedrock-invocations',
        s3Bucket: 'invocation-logs',
      },
      {
        arn: `arn:aws:bedrock:us-east-1:${MOTO_ACCOUNT}:model-invocation-logging`,
        id: 'model-invocation-logging',
        region: 'us-east-1',
        tags: {},
        enabled: false,
        cloudWatchLogGroup: null,
        s3Bucket: null,
      },
    ]);
  });

  it('reads empty agent and knowledge base listings in each region without failures', async () => {
    const bedrock = await loadService(await motoScope(REGIONS), 'bedrock', ['agents', 'agentRoles', 'knowledgeBases']);

    expect(failuresIn(bedrock)).toEqual([]);
    for (const region of REGIONS) {
      expect(bedrock.agentRoles.all(region)).toEqual([]);
      expect(bedrock.knowledgeBases.all(region)).toEqual([]);
    }
  });
});
