import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { daysAgo, projectActivity } from '../../../test/helpers/fixtures/codebuild.js';
import check from './codebuild_project_older_90_days.js';

testCheck(check, [
  { name: 'no projects', expect: [] },
  {
    name: 'fails projects whose last build ended over 90 whole days ago, or that never finished one',
    given: ({ codebuild }) => {
      codebuild.activity.add(projectActivity('recent'));
      codebuild.activity.add(projectActivity('edge', { lastBuildEnd: daysAgo(90.5) }));
      codebuild.activity.add(projectActivity('stale', { region: 'us-east-1', lastBuildEnd: daysAgo(91) }));
      codebuild.activity.add(projectActivity('never', { lastBuildEnd: null }));
    },
    expect: [
      { status: 'PASS', resource: 'recent' },
      { status: 'PASS', resource: 'edge', detail: '90 days ago' },
      { status: 'FAIL', resource: 'stale', region: 'us-east-1', detail: '91 days ago' },
      { status: 'FAIL', resource: 'never', detail: 'never finished a build' },
    ],
  },
  {
    name: 'builds that could not be read are an error',
    given: ({ codebuild }) => codebuild.activity.add(projectActivity('hidden', { lastBuildEnd: unreadBy('codebuild', 'ListBuildsForProject') })),
    expect: [{ status: 'ERROR', resource: 'hidden', detail: 'ListBuildsForProject' }],
  },
  {
    name: 'a failed listing is an error',
    given: ({ codebuild }) => codebuild.activity.fail({ region: 'eu-west-1', operation: 'BatchGetProjects', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'codebuild:BatchGetProjects' }],
  },
]);
