import { testCheck } from '../../../test/helpers/check-cases.js';
import { codeBuildProject } from '../../../test/helpers/fixtures/codebuild.js';
import check from './codebuild_project_s3_logs_encrypted.js';

testCheck(check, [
  { name: 'no projects', expect: [] },
  {
    name: 'judges only projects logging to S3',
    given: ({ codebuild }) => {
      codebuild.projects.add(codeBuildProject('cloudwatch-only'));
      codebuild.projects.add(codeBuildProject('encrypted', { s3Logs: { enabled: true, location: 'logs/encrypted', encrypted: true } }));
      codebuild.projects.add(codeBuildProject('plain', { region: 'us-east-1', s3Logs: { enabled: true, location: 'logs/plain', encrypted: false } }));
    },
    expect: [
      { status: 'PASS', resource: 'encrypted', detail: 'logs/encrypted' },
      { status: 'FAIL', resource: 'plain', region: 'us-east-1', detail: 'does not encrypt' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ codebuild }) => codebuild.projects.fail({ region: 'eu-west-1', operation: 'BatchGetProjects', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'codebuild:BatchGetProjects' }],
  },
]);
