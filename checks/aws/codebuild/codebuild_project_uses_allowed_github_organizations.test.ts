import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { codeBuildProject } from '../../../test/helpers/fixtures/codebuild.js';
import { iamRole, serviceRole } from '../../../test/helpers/fixtures/iam.js';
import check from './codebuild_project_uses_allowed_github_organizations.js';

const github = (url: string, type = 'GITHUB') => ({ source: { type, location: url } });

testCheck(check, [
  { name: 'no projects', expect: [] },
  {
    name: 'fails GitHub projects of organizations not allowed (none are by default)',
    given: ({ codebuild, iam }) => {
      iam.roles.add(serviceRole('codebuild-service', 'codebuild.amazonaws.com'));
      codebuild.projects.add(codeBuildProject('api', github('https://github.com/acme/api.git')));
      codebuild.projects.add(codeBuildProject('fork', { region: 'us-east-1', ...github('https://ghe.example.com/outsider/fork', 'GITHUB_ENTERPRISE') }));
    },
    expect: [
      { status: 'FAIL', resource: 'api', detail: 'organization acme, which is not in' },
      { status: 'FAIL', resource: 'fork', region: 'us-east-1', detail: 'organization outsider' },
    ],
  },
  {
    name: 'passes organizations listed in codebuild_github_allowed_organizations',
    config: { codebuild_github_allowed_organizations: ['acme'] },
    given: ({ codebuild, iam }) => {
      iam.roles.add(serviceRole('codebuild-service', 'codebuild.amazonaws.com'));
      codebuild.projects.add(codeBuildProject('api', github('https://github.com/acme/api.git')));
    },
    expect: [{ status: 'PASS', resource: 'api', detail: 'organization acme, which is allowed' }],
  },
  {
    name: 'skips other sources, roles outside the account or not trusting CodeBuild, and URLs without an organization',
    given: ({ codebuild, iam }) => {
      iam.roles.add(iamRole('user-role'));
      iam.roles.add(serviceRole('codebuild-service', 'codebuild.amazonaws.com'));
      codebuild.projects.add(codeBuildProject('bitbucket', { source: { type: 'BITBUCKET', location: 'https://bitbucket.org/acme/app.git' } }));
      codebuild.projects.add(codeBuildProject('nosource', { source: null }));
      codebuild.projects.add(codeBuildProject('foreign-role', { serviceRoleArn: 'arn:aws:iam::999999999999:role/other' }));
      codebuild.projects.add(codeBuildProject('user-role', { serviceRoleArn: iamRole('user-role').arn }));
      codebuild.projects.add(codeBuildProject('short-url', github('https://github.com')));
    },
    expect: [],
  },
  {
    name: 'a trust policy that could not be read is an error',
    given: ({ codebuild, iam }) => {
      iam.roles.add(serviceRole('codebuild-service', 'codebuild.amazonaws.com', { trustPolicy: unreadBy('iam', 'GetAccountAuthorizationDetails', 'us-east-1') }));
      codebuild.projects.add(codeBuildProject('api'));
    },
    expect: [{ status: 'ERROR', resource: 'api', detail: 'GetAccountAuthorizationDetails' }],
  },
  {
    name: 'roles that could not be listed are an error',
    given: ({ codebuild, iam }) => {
      iam.roles.fail({ region: 'us-east-1', operation: 'GetAccountAuthorizationDetails', message: 'AccessDenied: denied' });
      codebuild.projects.add(codeBuildProject('api'));
    },
    expect: [{ status: 'ERROR', resource: 'api', detail: 'GetAccountAuthorizationDetails' }],
  },
  {
    name: 'a failed listing is an error',
    given: ({ codebuild }) => codebuild.projects.fail({ region: 'eu-west-1', operation: 'BatchGetProjects', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'codebuild:BatchGetProjects' }],
  },
]);
