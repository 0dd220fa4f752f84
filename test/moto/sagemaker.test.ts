import {
  CreateDomainCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  CreateNotebookInstanceCommand,
  CreateNotebookInstanceLifecycleConfigCommand,
  CreateProcessingJobCommand,
  CreateTrainingJobCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];
const ROLE = `arn:aws:iam::${MOTO_ACCOUNT}:role/sagemaker-exec`;
const arn = (region: string, resource: string) => `arn:aws:sagemaker:${region}:${MOTO_ACCOUNT}:${resource}`;
const base64 = (text: string) => Buffer.from(text).toString('base64');

/** Everything below but monitoring schedules, which moto 5.2.1 does not list (see test/unit/services/sagemaker.test.ts). */
const MOTO_COLLECTIONS = [
  'notebookInstanceSettings',
  'notebookInstanceLifecycles',
  'modelSettings',
  'trainingJobSettings',
  'endpointConfigSettings',
  'clarifyUsage',
  'domainSettings',
  'modelRegistries',
] as const;

async function seedNotebooks(west: SageMakerClient, east: SageMakerClient): Promise<void> {
  await west.send(
    new CreateNotebookInstanceLifecycleConfigCommand({
      NotebookInstanceLifecycleConfigName: 'setup',
      OnCreate: [{ Content: base64('pip install pandas\n') }],
      OnStart: [{ Content: base64('#!/bin/bash\nexport AWS_ACCESS_KEY_ID=AKIAQWERTYUIOPASDFGH\n') }],
    }),
  );
  await west.send(
    new CreateNotebookInstanceCommand({
      NotebookInstanceName: 'governed',
      InstanceType: 'ml.t2.xlarge',
      RoleArn: ROLE,
      SubnetId: 'subnet-0123456789abcdef0',
      SecurityGroupIds: ['sg-0123456789abcdef0'],
      KmsKeyId: 'alias/notebooks',
      DirectInternetAccess: 'Disabled',
      RootAccess: 'Disabled',
      LifecycleConfigName: 'setup',
    }),
  );
  // Without RootAccess moto leaves it out of DescribeNotebookInstance, and Prowler's reading stops before the KMS key.
  await east.send(new CreateNotebookInstanceCommand({ NotebookInstanceName: 'sandbox', InstanceType: 'ml.t2.xlarge', RoleArn: ROLE, KmsKeyId: 'alias/notebooks' }));
}

async function seedModelsAndJobs(west: SageMakerClient, east: SageMakerClient): Promise<void> {
  await west.send(
    new CreateModelCommand({ ModelName: 'churn', ExecutionRoleArn: ROLE, PrimaryContainer: { Image: 'churn:1' }, VpcConfig: { Subnets: ['subnet-0123456789abcdef0'], SecurityGroupIds: ['sg-0123456789abcdef0'] } }),
  );
  await east.send(new CreateModelCommand({ ModelName: 'ltv', ExecutionRoleArn: ROLE, PrimaryContainer: { Image: 'ltv:1' } }));
  await west.send(
    new CreateEndpointConfigCommand({
      EndpointConfigName: 'churn-config',
      KmsKeyId: 'alias/endpoints',
      ProductionVariants: [{ VariantName: 'primary', ModelName: 'churn', InitialInstanceCount: 2, InstanceType: 'ml.m5.large' }],
    }),
  );
  const training = {
    AlgorithmSpecification: { TrainingImage: 'trainer:1', TrainingInputMode: 'File' as const },
    RoleArn: ROLE,
    OutputDataConfig: { S3OutputPath: 's3://models/out' },
    StoppingCondition: { MaxRuntimeInSeconds: 3600 },
  };
  await west.send(
    new CreateTrainingJobCommand({
      ...training,
      TrainingJobName: 'hardened',
      ResourceConfig: { InstanceType: 'ml.m5.large', InstanceCount: 1, VolumeSizeInGB: 10, VolumeKmsKeyId: 'alias/training' },
      EnableNetworkIsolation: true,
      EnableInterContainerTrafficEncryption: true,
      VpcConfig: { Subnets: ['subnet-0123456789abcdef0'], SecurityGroupIds: ['sg-0123456789abcdef0'] },
    }),
  );
  await east.send(new CreateTrainingJobCommand({ ...training, TrainingJobName: 'loose', ResourceConfig: { InstanceType: 'ml.m5.large', InstanceCount: 1, VolumeSizeInGB: 10 } }));
  const processing = {
    ProcessingResources: { ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m5.large' as const, VolumeSizeInGB: 10 } },
    RoleArn: ROLE,
    StoppingCondition: { MaxRuntimeInSeconds: 3600 },
  };
  await west.send(
    new CreateProcessingJobCommand({ ...processing, ProcessingJobName: 'bias-report', AppSpecification: { ImageUri: '205585389593.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-clarify-processing:1.0' } }),
  );
  await west.send(new CreateProcessingJobCommand({ ...processing, ProcessingJobName: 'feature-prep', AppSpecification: { ImageUri: 'prep:1' } }));
  await east.send(new CreateProcessingJobCommand({ ...processing, ProcessingJobName: 'east-prep', AppSpecification: { ImageUri: 'prep:1' } }));
}

describe('SageMaker collections against moto', () => {
  beforeEach(resetMoto);

  it('reads notebook instances, models, jobs, endpoint configs, domains and registries in every scanned region', async () => {
    const west = new SageMakerClient(seedConfig('eu-west-1'));
    const east = new SageMakerClient(seedConfig('us-east-1'));
    await seedNotebooks(west, east);
    await seedModelsAndJobs(west, east);
    await west.send(new CreateDomainCommand({ DomainName: 'studio', AuthMode: 'SSO', DefaultUserSettings: { ExecutionRole: ROLE }, SubnetIds: ['subnet-0123456789abcdef0'], VpcId: 'vpc-0123456789abcdef0' }));
    await west.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'churn-models' }));
    await west.send(
      new CreateModelPackageCommand({
        ModelPackageGroupName: 'churn-models',
        ModelApprovalStatus: 'Approved',
        InferenceSpecification: { Containers: [{ Image: 'churn:1' }], SupportedContentTypes: ['text/csv'], SupportedResponseMIMETypes: ['text/csv'] },
      }),
    );
    await east.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'ltv-models' }));

    const sagemaker = await loadService(await motoScope(REGIONS), 'sagemaker', MOTO_COLLECTIONS);

    expect(failuresIn(sagemaker)).toEqual([]);
    expect(readFields(resourceAt(sagemaker.notebookInstanceSettings, arn('eu-west-1', 'notebook-instance/governed')))).toMatchObject({
      id: 'governed',
      region: 'eu-west-1',
      settings: { rootAccess: false, directInternetAccess: false, subnetId: 'subnet-0123456789abcdef0', kmsKeyId: 'alias/notebooks', lifecycleConfigName: 'setup' },
    });
    expect(readFields(resourceAt(sagemaker.notebookInstanceSettings, arn('us-east-1', 'notebook-instance/sandbox'))).settings).toEqual({
      rootAccess: false,
      directInternetAccess: false,
      subnetId: null,
      kmsKeyId: null,
      lifecycleConfigName: null,
    });
    expect(readFields(resourceAt(sagemaker.notebookInstanceLifecycles, arn('eu-west-1', 'notebook-instance/governed'))).lifecycle).toEqual({
      state: 'scanned',
      scripts: [
        { script: 'OnCreate[0]', secrets: [] },
        { script: 'OnStart[0]', secrets: [{ line: 2, kind: 'AWS access key' }] },
      ],
    });
    expect(readFields(resourceAt(sagemaker.notebookInstanceLifecycles, arn('us-east-1', 'notebook-instance/sandbox'))).lifecycle).toEqual({ state: 'none' });

    // moto answers EnableNetworkIsolation false for every model, whatever it was created with.
    expect(readAll(sagemaker.modelSettings).map(({ id, region, settings }) => ({ id, region, settings }))).toEqual(
      expect.arrayContaining([
        { id: 'churn', region: 'eu-west-1', settings: { networkIsolation: false, vpcSubnets: ['subnet-0123456789abcdef0'] } },
        { id: 'ltv', region: 'us-east-1', settings: { networkIsolation: false, vpcSubnets: [] } },
      ]),
    );
    expect(readFields(resourceAt(sagemaker.trainingJobSettings, arn('eu-west-1', 'training-job/hardened'))).settings).toEqual({
      interContainerEncryption: true,
      volumeKmsKeyId: 'alias/training',
      networkIsolation: true,
      vpcSubnets: ['subnet-0123456789abcdef0'],
    });
    expect(readFields(resourceAt(sagemaker.trainingJobSettings, arn('us-east-1', 'training-job/loose'))).settings).toMatchObject({ volumeKmsKeyId: null, vpcSubnets: [] });
    expect(readFields(resourceAt(sagemaker.endpointConfigSettings, arn('eu-west-1', 'endpoint-config/churn-config'))).settings).toEqual({
      kmsKeyId: 'alias/endpoints',
      productionVariants: [{ name: 'primary', initialInstanceCount: 2 }],
    });
    expect(readAll(sagemaker.clarifyUsage).map(({ arn: usageArn, id, region, clarifyJobs }) => ({ usageArn, id, region, clarifyJobs }))).toEqual(
      expect.arrayContaining([
        { usageArn: arn('eu-west-1', 'processing-job'), id: 'sagemaker-clarify', region: 'eu-west-1', clarifyJobs: [{ arn: arn('eu-west-1', 'processing-job/bias-report'), name: 'bias-report' }] },
        { usageArn: arn('us-east-1', 'processing-job'), id: 'sagemaker-clarify', region: 'us-east-1', clarifyJobs: [] },
      ]),
    );
    const [studio] = readAll(sagemaker.domainSettings);
    expect(studio).toMatchObject({ id: 'studio', region: 'eu-west-1', settings: { authMode: 'SSO' } });
    expect(studio?.settings.singleSignOnManagedApplicationInstanceId).toBeTruthy();
    expect(readAll(sagemaker.modelRegistries).map(({ arn: registryArn, id, hasGroups, hasApprovedPackages }) => ({ registryArn, id, hasGroups, hasApprovedPackages }))).toEqual(
      expect.arrayContaining([
        { registryArn: arn('eu-west-1', 'model-registry/unknown'), id: 'SageMaker Model Registry', hasGroups: true, hasApprovedPackages: true },
        { registryArn: arn('us-east-1', 'model-registry/unknown'), id: 'SageMaker Model Registry', hasGroups: true, hasApprovedPackages: false },
      ]),
    );
  });

  it('an empty account lists nothing, keeps one registry and Clarify stand-in per region, and records no failure', async () => {
    const sagemaker = await loadService(await motoScope(REGIONS), 'sagemaker', MOTO_COLLECTIONS);

    expect(failuresIn(sagemaker)).toEqual([]);
    expect(sagemaker.notebookInstanceSettings.all()).toEqual([]);
    expect(sagemaker.modelSettings.all()).toEqual([]);
    expect(readAll(sagemaker.modelRegistries).map(({ region, hasGroups }) => ({ region, hasGroups }))).toEqual(
      expect.arrayContaining(REGIONS.map((region) => ({ region, hasGroups: false }))),
    );
    expect(readAll(sagemaker.clarifyUsage).map(({ region, clarifyJobs }) => ({ region, clarifyJobs }))).toEqual(expect.arrayContaining(REGIONS.map((region) => ({ region, clarifyJobs: [] }))));
  });

  it('monitoring schedules, which moto cannot list, end as a failure per region, never as "none scheduled"', async () => {
    const { monitoringStates } = await loadService(await motoScope(REGIONS), 'sagemaker', ['monitoringStates']);

    expect(monitoringStates.found()).toEqual([]);
    expect(monitoringStates.listingFailures().map(({ region, operation }) => ({ region, operation }))).toEqual(
      expect.arrayContaining(REGIONS.map((region) => ({ region, operation: 'ListMonitoringSchedules' }))),
    );
  });
});
