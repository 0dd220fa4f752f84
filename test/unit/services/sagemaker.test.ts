import {
  DescribeNotebookInstanceCommand,
  DescribeNotebookInstanceLifecycleConfigCommand,
  ListModelPackageGroupsCommand,
  ListModelPackagesCommand,
  ListMonitoringSchedulesCommand,
  ListNotebookInstancesCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import type { Collection } from '../../../src/services/collection.js';
import { CollectionLoader } from '../../../src/services/loader.js';
import type { AwsResource, ResourceMap } from '../../../src/services/resource-map.js';
import sagemaker from '../../../src/services/sagemaker/sagemaker.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { readAll } from '../../helpers/loaded.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
/** A fresh scan's loader, handing back each collection typed as its own resources. */
function loader() {
  const scan = new CollectionLoader({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
  return { load: <T extends AwsResource>(collection: Collection<T>) => scan.load(collection) as Promise<ResourceMap<T>> };
}
const arn = (region: string, resource: string) => `arn:aws:sagemaker:${region}:111122223333:${resource}`;
const regionOf = async (getClient: () => SageMakerClient) => getClient().config.region();
const denied = () => Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' });

/**
 * What moto 5.2.1 cannot show: ListMonitoringSchedules (not implemented), and answers shaped as AWS
 * gives them (DescribeNotebookInstance always names RootAccess), from the API reference.
 */
describe('SageMaker collections', () => {
  const mock = mockClient(SageMakerClient);
  afterEach(() => mock.reset());
  afterAll(() => mock.restore());

  it('monitoring: the first Scheduled schedule per region, or the stand-in where none is', async () => {
    mock.on(ListMonitoringSchedulesCommand).callsFake(async (_input: unknown, getClient: () => SageMakerClient) => {
      const region = await regionOf(getClient);
      if (region === 'us-east-1') return { MonitoringScheduleSummaries: [] };
      const summary = (name: string) => ({
        MonitoringScheduleName: name,
        MonitoringScheduleArn: arn(region, `monitoring-schedule/${name}`),
        CreationTime: new Date('2025-01-01T00:00:00Z'),
        LastModifiedTime: new Date('2025-01-01T00:00:00Z'),
        MonitoringScheduleStatus: 'Scheduled' as const,
      });
      return { MonitoringScheduleSummaries: [summary('drift-watch'), summary('bias-watch')] };
    });

    const states = await loader().load(sagemaker.monitoringStates);

    expect(readAll(states).map(({ arn: stateArn, id, region, scheduled }) => ({ stateArn, id, region, scheduled }))).toEqual(
      expect.arrayContaining([
        { stateArn: arn('eu-west-1', 'monitoring-schedule/drift-watch'), id: 'drift-watch', region: 'eu-west-1', scheduled: true },
        { stateArn: arn('us-east-1', 'monitoring-schedule/unknown'), id: 'SageMaker Monitoring Schedules', region: 'us-east-1', scheduled: false },
      ]),
    );
    expect(mock.commandCalls(ListMonitoringSchedulesCommand).map((call) => call.args[0].input)).toEqual([
      { StatusEquals: 'Scheduled', MaxResults: 100 },
      { StatusEquals: 'Scheduled', MaxResults: 100 },
    ]);
  });

  it('monitoring that could not be listed is a failure, with no stand-in', async () => {
    mock.on(ListMonitoringSchedulesCommand).rejects(denied());

    const states = await loader().load(sagemaker.monitoringStates);

    expect(states.found()).toEqual([]);
    expect(states.listingFailures().map((failure) => failure.operation)).toEqual(['ListMonitoringSchedules', 'ListMonitoringSchedules']);
  });

  it('notebook settings as Prowler reads AWS answers: direct internet follows root access; a script that is not base64 is undecodable', async () => {
    mock.on(ListNotebookInstancesCommand).callsFake(async (_input: unknown, getClient: () => SageMakerClient) => {
      const region = await regionOf(getClient);
      if (region !== 'eu-west-1') return { NotebookInstances: [] };
      const summary = (name: string) => ({ NotebookInstanceName: name, NotebookInstanceArn: arn(region, `notebook-instance/${name}`), NotebookInstanceStatus: 'InService' as const });
      return { NotebookInstances: [summary('rooted'), summary('locked')] };
    });
    const described = { NotebookInstanceStatus: 'InService' as const, InstanceType: 'ml.t3.medium' as const, RoleArn: 'arn:aws:iam::111122223333:role/sm' };
    mock
      .on(DescribeNotebookInstanceCommand, { NotebookInstanceName: 'rooted' })
      .resolves({ ...described, NotebookInstanceName: 'rooted', DirectInternetAccess: 'Disabled', RootAccess: 'Enabled', NotebookInstanceLifecycleConfigName: 'broken' });
    mock
      .on(DescribeNotebookInstanceCommand, { NotebookInstanceName: 'locked' })
      .resolves({ ...described, NotebookInstanceName: 'locked', DirectInternetAccess: 'Enabled', RootAccess: 'Disabled', KmsKeyId: 'alias/nb', SubnetId: 'subnet-1' });
    mock.on(DescribeNotebookInstanceLifecycleConfigCommand).resolves({ NotebookInstanceLifecycleConfigName: 'broken', OnStart: [{ Content: 'bm90IGJhc2U2NA=' }] });

    const lifecycles = await loader().load(sagemaker.notebookInstanceLifecycles);
    const settings = await loader().load(sagemaker.notebookInstanceSettings);

    expect(readAll(settings).map(({ id, settings: read }) => ({ id, ...read }))).toEqual(
      expect.arrayContaining([
        { id: 'rooted', rootAccess: true, directInternetAccess: true, subnetId: null, kmsKeyId: null, lifecycleConfigName: 'broken' },
        { id: 'locked', rootAccess: false, directInternetAccess: false, subnetId: 'subnet-1', kmsKeyId: 'alias/nb', lifecycleConfigName: null },
      ]),
    );
    expect(readAll(lifecycles).map(({ id, lifecycle }) => ({ id, lifecycle }))).toEqual(
      expect.arrayContaining([
        { id: 'rooted', lifecycle: { state: 'undecodable' } },
        { id: 'locked', lifecycle: { state: 'none' } },
      ]),
    );
    expect(mock.commandCalls(DescribeNotebookInstanceLifecycleConfigCommand)).toHaveLength(1);
  });

  it('model registry: stops at the first group with an approved package; a failed package listing fails the region', async () => {
    mock.on(ListModelPackageGroupsCommand).callsFake(async (_input: unknown, getClient: () => SageMakerClient) => {
      const region = await regionOf(getClient);
      const group = (name: string) => ({ ModelPackageGroupName: name, ModelPackageGroupArn: arn(region, `model-package-group/${name}`), CreationTime: new Date(), ModelPackageGroupStatus: 'Completed' as const });
      return { ModelPackageGroupSummaryList: [group('drafts'), group('released'), group('archive')] };
    });
    mock.on(ListModelPackagesCommand).callsFake(async (input: { ModelPackageGroupName?: string }, getClient: () => SageMakerClient) => {
      if ((await regionOf(getClient)) === 'us-east-1') throw denied();
      if (input.ModelPackageGroupName !== 'released') return { ModelPackageSummaryList: [] };
      return {
        ModelPackageSummaryList: [
          { ModelPackageArn: arn('eu-west-1', 'model-package/released/1'), CreationTime: new Date(), ModelPackageStatus: 'Completed' as const, ModelApprovalStatus: 'Approved' as const },
        ],
      };
    });

    const registries = await loader().load(sagemaker.modelRegistries);

    expect(registries.found().map(({ arn: registryArn, region, hasGroups, hasApprovedPackages }) => ({ registryArn, region, hasGroups, hasApprovedPackages }))).toEqual([
      { registryArn: arn('eu-west-1', 'model-registry/unknown'), region: 'eu-west-1', hasGroups: true, hasApprovedPackages: true },
    ]);
    expect(registries.listingFailures().map(({ region, operation }) => ({ region, operation }))).toEqual([{ region: 'us-east-1', operation: 'ListModelPackages' }]);
    const westGroups = mock
      .commandCalls(ListModelPackagesCommand)
      .map((call) => call.args[0].input)
      .filter((input) => input.ModelPackageGroupName !== undefined);
    expect(westGroups).toContainEqual(expect.objectContaining({ ModelPackageGroupName: 'released', ModelApprovalStatus: 'Approved' }));
    expect(westGroups.filter((input) => input.ModelPackageGroupName === 'archive')).toHaveLength(0);
  });
});
