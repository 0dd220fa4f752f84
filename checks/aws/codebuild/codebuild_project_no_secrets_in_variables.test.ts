import { testCheck } from '../../../test/helpers/check-cases.js';
import { variableSecrets } from '../../../test/helpers/fixtures/codebuild.js';
import check from './codebuild_project_no_secrets_in_variables.js';

testCheck(check, [
  { name: 'no projects', expect: [] },
  {
    name: 'fails projects with likely secrets, naming each variable',
    given: ({ codebuild }) => {
      codebuild.variableSecrets.add(variableSecrets('clean'));
      codebuild.variableSecrets.add(
        variableSecrets('leaky', {
          region: 'us-east-1',
          secrets: [
            { variable: 'AWS_KEY', kind: 'AWS access key' },
            { variable: 'DB_URL', kind: 'PostgreSQL connection string with password' },
          ],
        }),
      );
    },
    expect: [
      { status: 'PASS', resource: 'clean' },
      { status: 'FAIL', resource: 'leaky', region: 'us-east-1', detail: 'AWS access key in variable AWS_KEY, PostgreSQL connection string with password in variable DB_URL' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ codebuild }) => codebuild.variableSecrets.fail({ region: 'eu-west-1', operation: 'BatchGetProjects', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'codebuild:BatchGetProjects' }],
  },
]);
