import { testCheck } from '../../../test/helpers/check-cases.js';
import { codeBuildProject } from '../../../test/helpers/fixtures/codebuild.js';
import check from './codebuild_project_user_controlled_buildspec.js';

testCheck(check, [
  { name: 'no projects', expect: [] },
  {
    name: 'fails buildspecs named as YAML files; inline and default buildspecs pass',
    given: ({ codebuild }) => {
      codebuild.projects.add(codeBuildProject('inline'));
      codebuild.projects.add(codeBuildProject('default', { buildspec: '' }));
      codebuild.projects.add(codeBuildProject('yml', { region: 'us-east-1', buildspec: 'ci/buildspec.yml' }));
      codebuild.projects.add(codeBuildProject('yaml', { buildspec: 'buildspec.yaml\n' }));
      codebuild.projects.add(codeBuildProject('json', { buildspec: 'buildspec.json' }));
    },
    expect: [
      { status: 'PASS', resource: 'inline' },
      { status: 'PASS', resource: 'default' },
      { status: 'FAIL', resource: 'yml', region: 'us-east-1' },
      { status: 'FAIL', resource: 'yaml' },
      { status: 'PASS', resource: 'json' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ codebuild }) => codebuild.projects.fail({ region: 'eu-west-1', operation: 'BatchGetProjects', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'codebuild:BatchGetProjects' }],
  },
]);
