import {
  BatchGetBuildsCommand,
  BatchGetProjectsCommand,
  BatchGetReportGroupsCommand,
  CodeBuildClient,
  ListBuildsForProjectCommand,
  ListProjectsCommand,
  ListReportGroupsCommand,
} from '@aws-sdk/client-codebuild';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { failuresIn, readFields } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = () => ({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
const regionOf = async (getClient: () => CodeBuildClient) => getClient().config.region();
const projectArn = (name: string) => `arn:aws:codebuild:eu-west-1:111122223333:project/${name}`;

// moto 5.2.1 has no report groups, and answers build times the SDK cannot parse.
describe('CodeBuild collections', () => {
  const codebuild = mockClient(CodeBuildClient);
  afterEach(() => codebuild.reset());
  afterAll(() => codebuild.restore());

  function projectsInWest(names: string[]) {
    codebuild.on(ListProjectsCommand).callsFake(async (_input, getClient) => ((await regionOf(getClient)) === 'eu-west-1' ? { projects: names } : { projects: [] }));
    codebuild.on(BatchGetProjectsCommand).callsFake((input: { names: string[] }) => ({
      projects: input.names.map((name) => ({ name, arn: projectArn(name), source: { type: 'NO_SOURCE', buildspec: 'version: 0.2' }, serviceRole: 'role' })),
    }));
  }

  it('reads projects in batches of 100 names', async () => {
    const names = Array.from({ length: 150 }, (_, index) => `project-${index}`);
    projectsInWest(names);

    const loaded = await loadService(scope(), 'codebuild', ['projects']);

    expect(failuresIn(loaded)).toEqual([]);
    expect(loaded.projects.all()).toHaveLength(150);
    expect(codebuild.commandCalls(BatchGetProjectsCommand).map((call) => call.args[0].input.names?.length)).toEqual([100, 50]);
    expect(loaded.projects.all()[0]).toMatchObject({ source: null, buildspec: 'version: 0.2', visibility: '', webhookFilterGroups: null, s3Logs: { enabled: false, encrypted: true } });
  });

  it('takes the end of each project latest build; a build not ended and a project never built have none', async () => {
    projectsInWest(['api', 'running', 'idle', 'hidden']);
    const ended = new Date('2026-01-15T10:00:00Z');
    codebuild.on(ListBuildsForProjectCommand, { projectName: 'api' }).resolves({ ids: ['api:3', 'api:2'] });
    codebuild.on(ListBuildsForProjectCommand, { projectName: 'running' }).resolves({ ids: ['running:9'] });
    codebuild.on(ListBuildsForProjectCommand, { projectName: 'idle' }).resolves({ ids: [] });
    codebuild.on(ListBuildsForProjectCommand, { projectName: 'hidden' }).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    codebuild.on(BatchGetBuildsCommand).resolves({ builds: [{ id: 'api:3', endTime: ended }, { id: 'running:9' }] });

    const loaded = await loadService(scope(), 'codebuild', ['activity']);

    expect(failuresIn(loaded).map(({ operation, resourceArn }) => ({ operation, resourceArn }))).toEqual([{ operation: 'ListBuildsForProject', resourceArn: projectArn('hidden') }]);
    const ends = Object.fromEntries(loaded.activity.all().filter((project) => project.name !== 'hidden').map((project) => [project.name, readFields(project).lastBuildEnd]));
    expect(ends).toEqual({ api: ended, running: null, idle: null });
    expect(codebuild.commandCalls(BatchGetBuildsCommand).map((call) => call.args[0].input.ids)).toEqual([['api:3', 'running:9']]);
  });

  it('reads report groups and where they export, encrypted only when AWS says encryption is on', async () => {
    const groupArn = (name: string) => `arn:aws:codebuild:eu-west-1:111122223333:report-group/${name}`;
    codebuild.on(ListReportGroupsCommand).callsFake(async (_input, getClient) =>
      (await regionOf(getClient)) === 'eu-west-1' ? { reportGroups: [groupArn('unit'), groupArn('e2e'), groupArn('local')] } : { reportGroups: [] },
    );
    codebuild.on(BatchGetReportGroupsCommand).resolves({
      reportGroups: [
        { arn: groupArn('unit'), exportConfig: { exportConfigType: 'S3', s3Destination: { bucket: 'reports', path: 'unit', encryptionKey: 'key-1', encryptionDisabled: false } } },
        { arn: groupArn('e2e'), exportConfig: { exportConfigType: 'S3', s3Destination: { bucket: 'reports' } } },
        { arn: groupArn('local'), exportConfig: { exportConfigType: 'NO_EXPORT' } },
      ],
    });

    const loaded = await loadService(scope(), 'codebuild', ['reportGroups']);

    expect(failuresIn(loaded)).toEqual([]);
    expect(Object.fromEntries(loaded.reportGroups.all().map((group) => [group.id, group.export]))).toEqual({
      unit: { type: 'S3', location: 's3://reports/unit', encryptionKey: 'key-1', encrypted: true },
      e2e: { type: 'S3', location: 's3://reports/', encryptionKey: '', encrypted: false },
      local: { type: 'NO_EXPORT', location: '', encryptionKey: '', encrypted: false },
    });
    expect(codebuild.commandCalls(BatchGetReportGroupsCommand)).toHaveLength(1);
  });

  it('a failed batch leaves the region unread', async () => {
    projectsInWest(['api']);
    codebuild.on(BatchGetProjectsCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));

    const loaded = await loadService(scope(), 'codebuild', ['projects']);

    expect(() => loaded.projects.all('eu-west-1')).toThrow(/BatchGetProjects/);
    expect(loaded.projects.all('us-east-1')).toEqual([]);
  });
});
