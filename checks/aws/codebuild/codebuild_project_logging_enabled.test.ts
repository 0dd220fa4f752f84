import { testCheck } from '../../../test/helpers/check-cases.js';
import { codeBuildProject } from '../../../test/helpers/fixtures/codebuild.js';
import check from './codebuild_project_logging_enabled.js';

const off = { enabled: false, location: '', encrypted: true };

testCheck(check, [
  { name: 'no projects', expect: [] },
  {
    name: 'passes projects logging to CloudWatch, S3 or both; fails projects logging nowhere',
    given: ({ codebuild }) => {
      codebuild.projects.add(codeBuildProject('cloudwatch'));
      codebuild.projects.add(codeBuildProject('s3', { cloudWatchLogs: { enabled: false, groupName: '' }, s3Logs: { ...off, enabled: true, location: 'logs/s3' } }));
      codebuild.projects.add(codeBuildProject('both', { s3Logs: { ...off, enabled: true, location: 'logs/both' } }));
      codebuild.projects.add(codeBuildProject('silent', { region: 'us-east-1', cloudWatchLogs: { enabled: false, groupName: '/aws/codebuild/silent' }, s3Logs: off }));
    },
    expect: [
      { status: 'PASS', resource: 'cloudwatch', detail: 'CloudWatch Logs (log group /aws/codebuild/cloudwatch)' },
      { status: 'PASS', resource: 's3', detail: 'S3 (logs/s3)' },
      { status: 'PASS', resource: 'both', detail: 'CloudWatch Logs (log group /aws/codebuild/both) and S3 (logs/both)' },
      { status: 'FAIL', resource: 'silent', region: 'us-east-1', detail: 'does not have logging enabled' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ codebuild }) => codebuild.projects.fail({ region: 'eu-west-1', operation: 'BatchGetProjects', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'codebuild:BatchGetProjects' }],
  },
]);
