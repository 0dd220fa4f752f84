import { testCheck } from '../../../test/helpers/check-cases.js';
import { codeBuildProject } from '../../../test/helpers/fixtures/codebuild.js';
import check from './codebuild_project_source_repo_url_no_sensitive_credentials.js';

// Built at run time so that no credential-shaped URL sits in the repository for other scanners to flag.
const bitbucket = (credentials: string) => ({ type: 'BITBUCKET', location: ['https://', credentials, '@bitbucket.org/acme/app.git'].join('') });

testCheck(check, [
  { name: 'no projects', expect: [] },
  {
    name: 'fails Bitbucket sources, primary or secondary, whose URL embeds a token or a password',
    given: ({ codebuild }) => {
      codebuild.projects.add(codeBuildProject('github'));
      codebuild.projects.add(codeBuildProject('plain', { source: { type: 'BITBUCKET', location: 'https://bitbucket.org/acme/app.git' } }));
      codebuild.projects.add(codeBuildProject('token', { source: bitbucket('x-token-auth:tok3n') }));
      codebuild.projects.add(codeBuildProject('password', { region: 'us-east-1', source: null, secondarySources: [bitbucket('deploy:hunter2')] }));
      codebuild.projects.add(codeBuildProject('not-bitbucket', { source: { ...bitbucket('deploy:hunter2'), type: 'GITHUB' } }));
    },
    expect: [
      { status: 'PASS', resource: 'github' },
      { status: 'PASS', resource: 'plain' },
      { status: 'FAIL', resource: 'token', detail: 'a token in the BITBUCKET URL' },
      { status: 'FAIL', resource: 'password', region: 'us-east-1', detail: 'a user name and password in the BITBUCKET URL' },
      { status: 'PASS', resource: 'not-bitbucket' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ codebuild }) => codebuild.projects.fail({ region: 'eu-west-1', operation: 'BatchGetProjects', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'codebuild:BatchGetProjects' }],
  },
]);
