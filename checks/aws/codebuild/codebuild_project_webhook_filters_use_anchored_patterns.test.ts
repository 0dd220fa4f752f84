import { testCheck } from '../../../test/helpers/check-cases.js';
import { codeBuildProject } from '../../../test/helpers/fixtures/codebuild.js';
import check from './codebuild_project_webhook_filters_use_anchored_patterns.js';

const filter = (type: string, pattern: string) => ({ type, pattern });

testCheck(check, [
  { name: 'no projects', expect: [] },
  {
    name: 'fails unanchored actor and branch patterns, in any alternative; other filter types do not count',
    given: ({ codebuild }) => {
      codebuild.projects.add(codeBuildProject('no-webhook'));
      codebuild.projects.add(codeBuildProject('no-groups', { webhookFilterGroups: [] }));
      codebuild.projects.add(
        codeBuildProject('anchored', { webhookFilterGroups: [[filter('EVENT', 'PUSH'), filter('HEAD_REF', '^refs/heads/main$ | ^refs/heads/dev$'), filter('ACTOR_ACCOUNT_ID', '')]] }),
      );
      codebuild.projects.add(codeBuildProject('loose', { region: 'us-east-1', webhookFilterGroups: [[filter('EVENT', 'PUSH')], [filter('ACTOR_ACCOUNT_ID', '^123$|456')]] }));
      codebuild.projects.add(
        codeBuildProject('many', {
          webhookFilterGroups: [[filter('BASE_REF', 'main'), filter('HEAD_REF', 'a'), filter('HEAD_REF', 'b'), filter('HEAD_REF', 'c'), filter('FILE_PATH', 'src/')]],
        }),
      );
    },
    expect: [
      { status: 'PASS', resource: 'no-webhook' },
      { status: 'PASS', resource: 'no-groups' },
      { status: 'PASS', resource: 'anchored' },
      { status: 'FAIL', resource: 'loose', region: 'us-east-1', detail: "ACTOR_ACCOUNT_ID '^123$|456'" },
      { status: 'FAIL', resource: 'many', detail: "BASE_REF 'main', HEAD_REF 'a', HEAD_REF 'b' and 1 more" },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ codebuild }) => codebuild.projects.fail({ region: 'eu-west-1', operation: 'BatchGetProjects', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'codebuild:BatchGetProjects' }],
  },
]);
