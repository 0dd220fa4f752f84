import { testCheck } from '../../../test/helpers/check-cases.js';
import { codeBuildProject } from '../../../test/helpers/fixtures/codebuild.js';
import check from './codebuild_project_not_publicly_accessible.js';

testCheck(check, [
  { name: 'no projects', expect: [] },
  {
    name: 'only an explicitly private project passes',
    given: ({ codebuild }) => {
      codebuild.projects.add(codeBuildProject('private'));
      codebuild.projects.add(codeBuildProject('public', { region: 'us-east-1', visibility: 'PUBLIC_READ' }));
      codebuild.projects.add(codeBuildProject('unstated', { visibility: '' }));
    },
    expect: [
      { status: 'PASS', resource: 'private' },
      { status: 'FAIL', resource: 'public', region: 'us-east-1', detail: 'PUBLIC_READ' },
      { status: 'FAIL', resource: 'unstated', detail: 'not stated' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ codebuild }) => codebuild.projects.fail({ region: 'eu-west-1', operation: 'BatchGetProjects', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'codebuild:BatchGetProjects' }],
  },
]);
