import { CloudFormationClient, CreateStackCommand, DescribeStackResourcesCommand, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { DescribeTaskDefinitionCommand, ECSClient, ListClustersCommand } from '@aws-sdk/client-ecs';
import { GetFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { GetBucketEncryptionCommand, S3Client } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/role-template/template.js';
import { buildRunnerTemplate, RUNNER_SCAN_ARGUMENTS, type RunnerTemplate } from '../../src/runner/template.js';
import { resetMoto, seedConfig } from '../helpers/moto.js';

const STACK = 'scanner-runner';
const WEBHOOK = 'https://hooks.example.com/services/T000/B000/secret';

/**
 * moto 5.2.1 skips AWS::S3::BucketPolicy, AWS::SecretsManager::Secret and AWS::Lambda::Url (with
 * a warning) and fails the stack on an output that reads an attribute of a skipped resource: the
 * trigger URL's two outputs go. What it skips is asserted on the template in the unit tests and
 * by cfn-lint (test/e2e/runner.test.ts).
 */
function withoutTriggerUrlOutputs(template: RunnerTemplate): RunnerTemplate {
  const outputs = Object.entries(template.Outputs).filter(([name]) => name !== 'TriggerUrl' && name !== 'ExampleRequest');
  return { ...template, Outputs: Object.fromEntries(outputs) };
}

/** Deploys the runner template in moto as a consultant would, and returns each resource's physical ID. */
async function deployRunner(): Promise<Record<string, string>> {
  const cloudFormation = new CloudFormationClient(seedConfig());
  const template = withoutTriggerUrlOutputs(
    buildRunnerTemplate({ triggerCode: 'exports.handler = async () => ({ statusCode: 204 });', scannerVersion: '1.2.3' }),
  );
  await cloudFormation.send(
    new CreateStackCommand({
      StackName: STACK,
      TemplateBody: renderTemplate(template, 'yaml'),
      Parameters: [{ ParameterKey: 'WebhookUrl', ParameterValue: WEBHOOK }],
      Capabilities: ['CAPABILITY_IAM'],
    }),
  );
  const { Stacks } = await cloudFormation.send(new DescribeStacksCommand({ StackName: STACK }));
  expect(Stacks?.[0]?.StackStatus).toBe('CREATE_COMPLETE');
  const { StackResources } = await cloudFormation.send(new DescribeStackResourcesCommand({ StackName: STACK }));
  return Object.fromEntries((StackResources ?? []).map((resource) => [resource.LogicalResourceId ?? '', resource.PhysicalResourceId ?? '']));
}

describe('the runner template deployed in moto', () => {
  let resources: Record<string, string>;
  beforeAll(async () => {
    await resetMoto();
    resources = await deployRunner();
  });

  // moto ignores the bucket's public access block, lifecycle and policy: they are asserted on the template.
  it('creates an encrypted bucket', async () => {
    const bucket = resources.OutputBucket!;
    const s3 = new S3Client(seedConfig());
    const { ServerSideEncryptionConfiguration } = await s3.send(new GetBucketEncryptionCommand({ Bucket: bucket }));
    expect(ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm).toBe('AES256');
  });

  it('creates the cluster and a task definition that runs the pinned package with the webhook as a secret', async () => {
    const ecs = new ECSClient(seedConfig());
    expect((await ecs.send(new ListClustersCommand({}))).clusterArns).toEqual([expect.stringMatching(new RegExp(`:cluster/${resources.Cluster}$`))]);
    const { taskDefinition } = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: resources.TaskDefinition }));
    // moto keeps the containers of a task definition made by CloudFormation, not its Fargate settings or roles.
    expect(taskDefinition?.memory).toBe('2048');
    const [container] = taskDefinition?.containerDefinitions ?? [];
    expect(container?.command).toEqual(['npm', 'exec', '--yes', '--package', 'aws-posture-scanner@1.2.3', '--', 'scanner', ...RUNNER_SCAN_ARGUMENTS]);
    expect(container?.environment).toContainEqual({ name: 'SCANNER_OUTPUT_BUCKET', value: `s3://${resources.OutputBucket}/scans` });
    expect(container?.secrets?.map((secret) => secret.name)).toEqual(['SCANNER_NOTIFY_WEBHOOK']);
    expect(container?.logConfiguration).toMatchObject({ logDriver: 'awslogs', options: { 'awslogs-group': resources.TaskLogs } });
  });

  it('creates the trigger function with what it needs to start the task', async () => {
    const { Configuration } = await new LambdaClient(seedConfig()).send(new GetFunctionCommand({ FunctionName: resources.TriggerFunction }));
    expect(Configuration?.Runtime).toBe('nodejs22.x');
    expect(Configuration?.Environment?.Variables).toMatchObject({
      CONTAINER_NAME: 'scanner',
      TASK_DEFINITION_ARN: resources.TaskDefinition,
      SECURITY_GROUP_ID: resources.TaskSecurityGroup,
      SUBNET_IDS: `${resources.PublicSubnetA},${resources.PublicSubnetB}`,
      ASSIGN_PUBLIC_IP: 'ENABLED',
      PARTITION: 'aws',
    });
  });
});
