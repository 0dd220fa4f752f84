import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { pipelineRepository } from '../../../test/helpers/fixtures/codepipeline.js';
import check from './codepipeline_project_repo_private.js';

testCheck(check, [
  { name: 'no pipelines', expect: [] },
  {
    name: 'fails pipelines whose repository answers anonymously, naming the address',
    given: ({ codepipeline }) => {
      codepipeline.repositories.add(pipelineRepository('deploy'));
      codepipeline.repositories.add(pipelineRepository('docs', { region: 'us-east-1', publicUrl: 'https://gitlab.com/example-org/docs' }));
    },
    expect: [
      { status: 'PASS', resource: 'deploy', detail: 'example-org/deploy' },
      { status: 'FAIL', resource: 'docs', region: 'us-east-1', detail: 'https://gitlab.com/example-org/docs' },
    ],
  },
  {
    name: 'a repository that could not be looked at is an error, not private',
    given: ({ codepipeline }) => codepipeline.repositories.add(pipelineRepository('deploy', { publicUrl: unreadBy('codepipeline', 'anonymous repository request') })),
    expect: [{ status: 'ERROR', resource: 'deploy', detail: 'anonymous repository request' }],
  },
  {
    name: 'a failed listing is an error',
    given: ({ codepipeline }) => codepipeline.repositories.fail({ region: 'eu-west-1', operation: 'ListPipelines', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'codepipeline:ListPipelines' }],
  },
]);
