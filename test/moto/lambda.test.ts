import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import {
  AddPermissionCommand,
  CreateFunctionCommand,
  CreateFunctionUrlConfigCommand,
  LambdaClient,
  PublishLayerVersionCommand,
  type CreateFunctionCommandInput,
  type Runtime,
} from '@aws-sdk/client-lambda';
import { CreateSecurityGroupCommand, CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';
import { secret } from '../../src/services/resource-map.js';

/** The smallest valid zip archive: an end-of-central-directory record and nothing else. */
const EMPTY_ZIP = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);

const functionArn = (region: string, name: string) => `arn:aws:lambda:${region}:${MOTO_ACCOUNT}:function:${name}`;

async function executionRole(): Promise<string> {
  const iam = new IAMClient(seedConfig('us-east-1'));
  const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
  return (await iam.send(new CreateRoleCommand({ RoleName: 'lambda-exec', AssumeRolePolicyDocument: JSON.stringify(trust) }))).Role!.Arn!;
}

async function newFunction(
  client: LambdaClient,
  role: string,
  name: string,
  runtime: Runtime,
  vpc?: { SubnetIds: string[]; SecurityGroupIds: string[] },
  more: Partial<CreateFunctionCommandInput> = {},
): Promise<void> {
  await client.send(new CreateFunctionCommand({ FunctionName: name, Runtime: runtime, Role: role, Handler: 'index.handler', Code: { ZipFile: EMPTY_ZIP }, VpcConfig: vpc, ...more }));
}

// Built at run time so that no secret-shaped string sits in the repository for other scanners to flag.
const accessKeyId = ['AKIA', 'Z5XQ7J3KP2M4N6RT'].join('');

describe('Lambda functions against moto', () => {
  beforeEach(resetMoto);

  it("reads each region's functions with their runtime and VPC settings", async () => {
    const role = await executionRole();
    const east = new LambdaClient(seedConfig('us-east-1'));
    const west = new LambdaClient(seedConfig('eu-west-1'));
    const westEc2 = new EC2Client(seedConfig('eu-west-1'));
    const vpc = (await westEc2.send(new CreateVpcCommand({ CidrBlock: '10.4.0.0/16' }))).Vpc!.VpcId!;
    const subnet = (await westEc2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.4.1.0/24' }))).Subnet!.SubnetId!;
    const group = (await westEc2.send(new CreateSecurityGroupCommand({ GroupName: 'api', Description: 'api', VpcId: vpc }))).GroupId!;

    await newFunction(east, role, 'report', 'python3.12');
    await newFunction(west, role, 'api', 'nodejs20.x', { SubnetIds: [subnet], SecurityGroupIds: [group] });

    const lambda = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'lambda', ['functions']);

    expect(failuresIn(lambda)).toEqual([]);
    expect(lambda.functions.all()).toHaveLength(2);
    expect(resourceAt(lambda.functions, functionArn('us-east-1', 'report'))).toEqual({
      arn: functionArn('us-east-1', 'report'),
      id: 'report',
      name: 'report',
      region: 'us-east-1',
      tags: {},
      runtime: 'python3.12',
      securityGroupIds: [],
      subnetIds: [],
      packageType: 'Zip',
      codeSize: EMPTY_ZIP.length,
      environment: null,
      kmsKeyArn: null,
      layerArns: [],
      deadLetterTargetArn: null,
    });
    expect(resourceAt(lambda.functions, functionArn('eu-west-1', 'api'))).toMatchObject({
      region: 'eu-west-1',
      runtime: 'nodejs20.x',
      // moto 5.2.1 answers a fixed VpcId (vpc-123abc) whatever the subnets' VPC.
      vpcId: expect.stringMatching(/^vpc-/) as unknown,
      securityGroupIds: [group],
      subnetIds: [subnet],
    });
  });

  it('an account without functions lists none and fails nowhere', async () => {
    const lambda = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'lambda');

    expect(failuresIn(lambda)).toEqual([]);
    expect(lambda.functions.all()).toEqual([]);
  });

  it('reads variables, layers, policies, URLs and variable secrets in two regions', async () => {
    const role = await executionRole();
    const east = new LambdaClient(seedConfig('us-east-1'));
    const west = new LambdaClient(seedConfig('eu-west-1'));
    const layer = (await west.send(new PublishLayerVersionCommand({ LayerName: 'shared', Content: { ZipFile: EMPTY_ZIP } }))).LayerVersionArn!;
    await newFunction(west, role, 'worker', 'python3.12', undefined, { Environment: { Variables: { STAGE: 'prod', AWS_KEY: accessKeyId } }, Layers: [layer] });
    await newFunction(east, role, 'public', 'nodejs20.x');
    await east.send(new AddPermissionCommand({ FunctionName: 'public', StatementId: 'anyone', Action: 'lambda:InvokeFunction', Principal: '*' }));
    await east.send(new CreateFunctionUrlConfigCommand({ FunctionName: 'public', AuthType: 'NONE', Cors: { AllowOrigins: ['*'] } }));

    const lambda = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'lambda', [
      'functions',
      'functionPolicies',
      'functionUrls',
      'functionVariableSecrets',
      'layers',
    ]);

    expect(failuresIn(lambda)).toEqual([]);
    // moto 5.2.1 keeps neither KMSKeyArn nor DeadLetterConfig: test/unit/services/lambda.test.ts reads them.
    expect(resourceAt(lambda.functions, functionArn('eu-west-1', 'worker'))).toMatchObject({ environment: secret({ STAGE: 'prod', AWS_KEY: accessKeyId }), layerArns: [layer] });
    expect(resourceAt(lambda.functionVariableSecrets, functionArn('eu-west-1', 'worker')).variableSecrets).toEqual([{ kind: 'AWS access key', variable: 'AWS_KEY' }]);
    expect(resourceAt(lambda.functionVariableSecrets, functionArn('us-east-1', 'public')).variableSecrets).toEqual([]);
    expect(readFields(resourceAt(lambda.functionPolicies, functionArn('eu-west-1', 'worker'))).policy).toBeNull();
    expect(readFields(resourceAt(lambda.functionPolicies, functionArn('us-east-1', 'public'))).policy?.Statement).toEqual([
      expect.objectContaining({ Effect: 'Allow', Principal: { AWS: ['*'] } }),
    ]);
    expect(readFields(resourceAt(lambda.functionUrls, functionArn('eu-west-1', 'worker'))).url).toBeNull();
    expect(readFields(resourceAt(lambda.functionUrls, functionArn('us-east-1', 'public'))).url).toEqual({ authType: 'NONE', allowOrigins: ['*'] });
    // moto answers GetLayerVersionByArn without content. Its code locations point at AWS's own S3
    // endpoints, unreachable from a test, so code downloads are tested against a local server
    // (test/unit/services/lambda.test.ts).
    expect(lambda.layers.all().map((read) => ({ ...readFields(read) }))).toEqual([
      { arn: layer, id: 'shared', name: 'shared', version: '1', region: 'eu-west-1', tags: {}, contentSecrets: null },
    ]);
  });
});
