import {
  BedrockClient,
  GetCustomModelCommand,
  GetGuardrailCommand,
  ListCustomModelsCommand,
  ListGuardrailsCommand,
  ListTagsForResourceCommand,
} from '@aws-sdk/client-bedrock';
import {
  BedrockAgentClient,
  GetAgentCommand,
  GetAgentVersionCommand,
  GetDataSourceCommand,
  GetPromptCommand,
  ListAgentAliasesCommand,
  ListAgentsCommand,
  ListDataSourcesCommand,
  ListKnowledgeBasesCommand,
  ListPromptsCommand,
  ListTagsForResourceCommand as ListAgentTagsCommand,
} from '@aws-sdk/client-bedrock-agent';
import { IAMClient, ListServiceSpecificCredentialsCommand } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import bedrock from '../../../src/services/bedrock/bedrock.js';
import type { Collection } from '../../../src/services/collection.js';
import iam from '../../../src/services/iam/iam.js';
import { CollectionLoader } from '../../../src/services/loader.js';
import type { AwsResource, ResourceMap } from '../../../src/services/resource-map.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { readAll, readFields } from '../../helpers/loaded.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
/** A fresh scan's loader, handing back each collection typed as its own resources. */
function loader() {
  const scan = new CollectionLoader({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
  return { load: <T extends AwsResource>(collection: Collection<T>) => scan.load(collection) as Promise<ResourceMap<T>> };
}
const denied = (name = 'AccessDeniedException') => Object.assign(new Error('denied'), { name });
const regionOf = async (getClient: () => { config: { region: () => Promise<string> } }) => getClient().config.region();

const ACCOUNT = FIXTURE_ACCOUNT.id;
const NOW = new Date('2026-01-01T00:00:00Z');
const KEY = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/k1`;
const role = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;

/**
 * moto 5.2.1 has none of these calls, or answers them with timestamps the SDK rejects, so the
 * collections are read here from mocked answers shaped as the Bedrock API reference gives them.
 */
describe('Bedrock collections', () => {
  const control = mockClient(BedrockClient);
  const agentApi = mockClient(BedrockAgentClient);
  afterEach(() => {
    control.reset();
    agentApi.reset();
  });
  afterAll(() => {
    control.restore();
    agentApi.restore();
  });

  it('lists guardrails per region, 1000 a page, with tags, and reads each one’s filters', async () => {
    control.on(ListGuardrailsCommand).callsFake(async (_input: unknown, getClient) => {
      const region = await regionOf(getClient);
      return {
        guardrails: [
          { id: `gr${region}`, arn: `arn:aws:bedrock:${region}:${ACCOUNT}:guardrail/gr${region}`, name: `guard-${region}`, status: 'READY', version: 'DRAFT', createdAt: NOW, updatedAt: NOW },
        ],
      };
    });
    control.on(ListTagsForResourceCommand).resolves({ tags: [{ key: 'team', value: 'ml' }] });
    control.on(GetGuardrailCommand, { guardrailIdentifier: 'greu-west-1' }).resolves({
      name: 'guard-eu-west-1',
      guardrailId: 'greu-west-1',
      guardrailArn: `arn:aws:bedrock:eu-west-1:${ACCOUNT}:guardrail/greu-west-1`,
      version: 'DRAFT',
      status: 'READY',
      createdAt: NOW,
      updatedAt: NOW,
      blockedInputMessaging: 'no',
      blockedOutputsMessaging: 'no',
      contentPolicy: {
        filters: [
          { type: 'HATE', inputStrength: 'HIGH', outputStrength: 'HIGH' },
          { type: 'PROMPT_ATTACK', inputStrength: 'MEDIUM', outputStrength: 'NONE' },
        ],
      },
      sensitiveInformationPolicy: { piiEntities: [{ type: 'EMAIL', action: 'ANONYMIZE' }] },
      contextualGroundingPolicy: { filters: [{ type: 'GROUNDING', threshold: 0.8, action: 'BLOCK', enabled: true }, { type: 'RELEVANCE', threshold: 0.5 }] },
    });
    control.on(GetGuardrailCommand, { guardrailIdentifier: 'grus-east-1' }).rejects(denied());

    const policies = await loader().load(bedrock.guardrailPolicies);

    const west = policies.all('eu-west-1').map(readFields);
    expect(west).toEqual([
      {
        arn: `arn:aws:bedrock:eu-west-1:${ACCOUNT}:guardrail/greu-west-1`,
        id: 'greu-west-1',
        name: 'guard-eu-west-1',
        region: 'eu-west-1',
        tags: { team: 'ml' },
        filters: {
          sensitiveInformation: true,
          promptAttackStrength: 'MEDIUM',
          contextualGrounding: [
            { type: 'GROUNDING', threshold: 0.8, action: 'BLOCK', enabled: true },
            { type: 'RELEVANCE', threshold: 0.5, action: null, enabled: null },
          ],
        },
      },
    ]);
    expect(() => policies.all('us-east-1').map(readFields)).toThrow(/GetGuardrail failed in us-east-1/);
    expect(control.commandCalls(ListGuardrailsCommand)[0]!.args[0].input).toMatchObject({ maxResults: 1000 });
  });

  it('reads a guardrail without filters as having none', async () => {
    control.on(ListGuardrailsCommand).resolves({ guardrails: [{ id: 'g1', arn: `arn:aws:bedrock:eu-west-1:${ACCOUNT}:guardrail/g1`, name: 'bare', status: 'READY', version: 'DRAFT', createdAt: NOW, updatedAt: NOW }] });
    control.on(ListTagsForResourceCommand).resolves({});
    control.on(GetGuardrailCommand).resolves({ name: 'bare', guardrailId: 'g1', guardrailArn: 'arn', version: 'DRAFT', status: 'READY', createdAt: NOW, updatedAt: NOW, blockedInputMessaging: 'no', blockedOutputsMessaging: 'no' });

    const [first] = readAll(await loader().load(bedrock.guardrailPolicies));

    expect(first?.filters).toEqual({ sensitiveInformation: false, promptAttackStrength: null, contextualGrounding: [] });
  });

  it('a denied guardrail listing is a failure in each region', async () => {
    control.on(ListGuardrailsCommand).rejects(denied());
    const guardrails = await loader().load(bedrock.guardrails);
    expect(guardrails.listingFailures().map((failure) => `${failure.region} ${failure.operation}`).sort()).toEqual(['eu-west-1 ListGuardrails', 'us-east-1 ListGuardrails']);
  });

  it('lists owned custom models and reads each one’s key', async () => {
    control.on(ListCustomModelsCommand).callsFake(async (_input: unknown, getClient) => {
      const region = await regionOf(getClient);
      return { modelSummaries: [{ modelArn: `arn:aws:bedrock:${region}:${ACCOUNT}:custom-model/m-${region}`, modelName: `tuned-${region}`, creationTime: NOW, baseModelArn: 'base', baseModelName: 'titan' }] };
    });
    control.on(GetCustomModelCommand).callsFake((input: { modelIdentifier?: string }) =>
      Promise.resolve({
        modelArn: input.modelIdentifier,
        modelName: 'tuned',
        creationTime: NOW,
        ...(input.modelIdentifier?.includes('eu-west-1') ? { modelKmsKeyArn: KEY } : {}),
      }),
    );

    const models = readAll(await loader().load(bedrock.customModels));

    expect(models.map(({ id, region, kmsKeyArn }) => ({ id, region, kmsKeyArn })).sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'tuned-eu-west-1', region: 'eu-west-1', kmsKeyArn: KEY },
      { id: 'tuned-us-east-1', region: 'us-east-1', kmsKeyArn: null },
    ]);
    expect(control.commandCalls(ListCustomModelsCommand)[0]!.args[0].input).toMatchObject({ isOwned: true, maxResults: 1000 });
  });

  it('lists agents with their guardrail and tags, and reads the draft role and the roles of invocable versions', async () => {
    agentApi.on(ListAgentsCommand).callsFake(async (_input: unknown, getClient) =>
      (await regionOf(getClient)) === 'eu-west-1'
        ? { agentSummaries: [{ agentId: 'AGENT1', agentName: 'support', agentStatus: 'PREPARED', updatedAt: NOW, guardrailConfiguration: { guardrailIdentifier: 'g1', guardrailVersion: '1' } }] }
        : { agentSummaries: [] },
    );
    agentApi.on(ListAgentTagsCommand).resolves({ tags: { team: 'support' } });
    agentApi.on(GetAgentCommand).resolves({ agent: { agentId: 'AGENT1', agentName: 'support', agentArn: 'arn', agentVersion: 'DRAFT', agentStatus: 'PREPARED', idleSessionTTLInSeconds: 600, agentResourceRoleArn: role('draft'), createdAt: NOW, updatedAt: NOW } });
    agentApi.on(ListAgentAliasesCommand).resolves({
      agentAliasSummaries: [
        { agentAliasId: 'A1', agentAliasName: 'live', agentAliasStatus: 'PREPARED', routingConfiguration: [{ agentVersion: '2' }], createdAt: NOW, updatedAt: NOW },
        { agentAliasId: 'A2', agentAliasName: 'test', agentAliasStatus: 'PREPARED', routingConfiguration: [{ agentVersion: 'DRAFT' }], createdAt: NOW, updatedAt: NOW },
        { agentAliasId: 'A3', agentAliasName: 'old', agentAliasStatus: 'PREPARED', aliasInvocationState: 'REJECT_INVOCATIONS', routingConfiguration: [{ agentVersion: '1' }], createdAt: NOW, updatedAt: NOW },
        { agentAliasId: 'A4', agentAliasName: 'next', agentAliasStatus: 'UPDATING', routingConfiguration: [{ agentVersion: '3' }], createdAt: NOW, updatedAt: NOW },
      ],
    });
    agentApi.on(GetAgentVersionCommand).resolves({ agentVersion: { agentId: 'AGENT1', agentName: 'support', agentArn: 'arn', version: '2', agentStatus: 'PREPARED', idleSessionTTLInSeconds: 600, agentResourceRoleArn: role('v2'), createdAt: NOW, updatedAt: NOW } });

    const scan = loader();
    const roles = readAll(await scan.load(bedrock.agentRoles));
    const deployed = readAll(await scan.load(bedrock.agentDeployedRoles));

    const agent = { arn: `arn:aws:bedrock:eu-west-1:${ACCOUNT}:agent/AGENT1`, id: 'AGENT1', name: 'support', region: 'eu-west-1', tags: { team: 'support' }, guardrailId: 'g1' };
    expect(roles).toEqual([{ ...agent, roleArn: role('draft') }]);
    expect(deployed).toEqual([{ ...agent, deployedRoles: { byVersion: { '2': role('v2') }, complete: false } }]);
    expect(agentApi.commandCalls(GetAgentVersionCommand).map((call) => call.args[0].input)).toEqual([{ agentId: 'AGENT1', agentVersion: '2' }]);
    expect(agentApi.commandCalls(ListAgentsCommand)).toHaveLength(2);
  });

  it('an agent whose aliases could not be listed has its deployed roles unread under ListAgentAliases', async () => {
    agentApi.on(ListAgentsCommand).resolves({ agentSummaries: [{ agentId: 'AGENT1', agentName: 'support', agentStatus: 'PREPARED', updatedAt: NOW }] });
    agentApi.on(ListAgentTagsCommand).resolves({});
    agentApi.on(ListAgentAliasesCommand).rejects(denied());

    const deployed = await loader().load(bedrock.agentDeployedRoles);

    expect(() => readAll(deployed)).toThrow(/ListAgentAliases failed/);
    expect(agentApi.commandCalls(GetAgentVersionCommand)).toHaveLength(0);
  });

  it('lists prompts and reads each one’s key', async () => {
    agentApi.on(ListPromptsCommand).callsFake(async (_input: unknown, getClient) => {
      const region = await regionOf(getClient);
      return { promptSummaries: [{ id: `P-${region}`, name: 'greeting', arn: `arn:aws:bedrock:${region}:${ACCOUNT}:prompt/P-${region}`, version: 'DRAFT', createdAt: NOW, updatedAt: NOW }] };
    });
    agentApi.on(GetPromptCommand, { promptIdentifier: 'P-eu-west-1' }).resolves({ id: 'P-eu-west-1', name: 'greeting', arn: 'arn', version: 'DRAFT', createdAt: NOW, updatedAt: NOW, customerEncryptionKeyArn: KEY });
    agentApi.on(GetPromptCommand, { promptIdentifier: 'P-us-east-1' }).resolves({ id: 'P-us-east-1', name: 'greeting', arn: 'arn', version: 'DRAFT', createdAt: NOW, updatedAt: NOW });

    const prompts = readAll(await loader().load(bedrock.promptEncryption));

    expect(prompts.map(({ arn, id, region, customerKeyArn }) => ({ arn, id, region, customerKeyArn })).sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { arn: `arn:aws:bedrock:eu-west-1:${ACCOUNT}:prompt/P-eu-west-1`, id: 'P-eu-west-1', region: 'eu-west-1', customerKeyArn: KEY },
      { arn: `arn:aws:bedrock:us-east-1:${ACCOUNT}:prompt/P-us-east-1`, id: 'P-us-east-1', region: 'us-east-1', customerKeyArn: null },
    ]);
  });

  it('lists knowledge bases and the key of each data source; a knowledge base whose data sources fail is unread', async () => {
    agentApi.on(ListKnowledgeBasesCommand).callsFake(async (_input: unknown, getClient) =>
      (await regionOf(getClient)) === 'eu-west-1'
        ? {
            knowledgeBaseSummaries: [
              { knowledgeBaseId: 'KB1', name: 'handbook', status: 'ACTIVE', updatedAt: NOW },
              { knowledgeBaseId: 'KB2', name: 'locked', status: 'ACTIVE', updatedAt: NOW },
            ],
          }
        : { knowledgeBaseSummaries: [] },
    );
    agentApi.on(ListDataSourcesCommand, { knowledgeBaseId: 'KB1' }).resolves({
      dataSourceSummaries: [
        { knowledgeBaseId: 'KB1', dataSourceId: 'DS1', name: 'wiki', status: 'AVAILABLE', updatedAt: NOW },
        { knowledgeBaseId: 'KB1', dataSourceId: 'DS2', name: 'bucket', status: 'AVAILABLE', updatedAt: NOW },
      ],
    });
    agentApi.on(ListDataSourcesCommand, { knowledgeBaseId: 'KB2' }).rejects(denied());
    const dataSource = (id: string, kmsKeyArn?: string) => ({
      dataSource: {
        knowledgeBaseId: 'KB1',
        dataSourceId: id,
        name: id,
        status: 'AVAILABLE' as const,
        dataSourceConfiguration: { type: 'S3' as const },
        createdAt: NOW,
        updatedAt: NOW,
        ...(kmsKeyArn ? { serverSideEncryptionConfiguration: { kmsKeyArn } } : {}),
      },
    });
    agentApi.on(GetDataSourceCommand, { dataSourceId: 'DS1' }).resolves(dataSource('DS1', KEY));
    agentApi.on(GetDataSourceCommand, { dataSourceId: 'DS2' }).resolves(dataSource('DS2'));

    const bases = await loader().load(bedrock.knowledgeBaseDataSources);

    const base = `arn:aws:bedrock:eu-west-1:${ACCOUNT}:knowledge-base/KB1`;
    expect(readFields(bases.all().find((candidate) => candidate.id === 'KB1')!)).toEqual({
      arn: base,
      id: 'KB1',
      name: 'handbook',
      region: 'eu-west-1',
      tags: {},
      dataSources: [
        { arn: `${base}/data-source/DS1`, id: 'DS1', name: 'wiki', kmsKeyArn: KEY },
        { arn: `${base}/data-source/DS2`, id: 'DS2', name: 'bucket', kmsKeyArn: null },
      ],
    });
    expect(() => readFields(bases.all().find((candidate) => candidate.id === 'KB2')!)).toThrow(/ListDataSources failed in eu-west-1/);
  });
});

describe('IAM Bedrock API keys', () => {
  const mock = mockClient(IAMClient);
  afterEach(() => mock.reset());
  afterAll(() => mock.restore());

  it('lists every user’s Bedrock API keys in one paged call and names each as Prowler does', async () => {
    const credential = (user: string, id: string, expiration?: Date) => ({
      UserName: user,
      Status: 'Active' as const,
      ServiceUserName: `${user}-at-${ACCOUNT}`,
      CreateDate: NOW,
      ServiceSpecificCredentialId: id,
      ServiceName: 'bedrock.amazonaws.com',
      ...(expiration ? { ExpirationDate: expiration } : {}),
    });
    mock.on(ListServiceSpecificCredentialsCommand, { Marker: undefined }).resolves({ ServiceSpecificCredentials: [credential('alice', 'ACCA1', NOW)], IsTruncated: true, Marker: 'page-2' });
    mock.on(ListServiceSpecificCredentialsCommand, { Marker: 'page-2' }).resolves({ ServiceSpecificCredentials: [credential('bob', 'ACCA2')], IsTruncated: false });

    const keys = (await loader().load(iam.bedrockApiKeys)).all();

    expect(keys.map(({ arn, id, region, userName, status, expiresAt }) => ({ arn, id, region, userName, status, expiresAt }))).toEqual([
      { arn: `arn:aws:iam:us-east-1:${ACCOUNT}:user/alice/credential/ACCA1`, id: 'ACCA1', region: 'us-east-1', userName: 'alice', status: 'Active', expiresAt: NOW },
      { arn: `arn:aws:iam:us-east-1:${ACCOUNT}:user/bob/credential/ACCA2`, id: 'ACCA2', region: 'us-east-1', userName: 'bob', status: 'Active', expiresAt: null },
    ]);
    expect(mock.commandCalls(ListServiceSpecificCredentialsCommand).map((call) => call.args[0].input)).toEqual([
      { AllUsers: true, ServiceName: 'bedrock.amazonaws.com', MaxItems: 1000, Marker: undefined },
      { AllUsers: true, ServiceName: 'bedrock.amazonaws.com', MaxItems: 1000, Marker: 'page-2' },
    ]);
  });

  it('a denied listing is a failure in the global region', async () => {
    mock.on(ListServiceSpecificCredentialsCommand).rejects(denied('AccessDenied'));
    expect((await loader().load(iam.bedrockApiKeys)).listingFailures().map((failure) => `${failure.region} ${failure.operation}`)).toEqual(['us-east-1 ListServiceSpecificCredentials']);
  });
});
