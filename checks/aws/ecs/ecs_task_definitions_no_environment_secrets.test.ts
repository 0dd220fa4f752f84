import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { taskDefinitionSecrets } from '../../../test/helpers/fixtures/ecs.js';
import check from './ecs_task_definitions_no_environment_secrets.js';

testCheck(check, [
  { name: 'no task definitions', expect: [] },
  {
    name: 'a revision with likely secrets fails naming container, kind and variable; a clean one passes',
    given: ({ ecs }) => {
      ecs.taskDefinitionSecrets.add(taskDefinitionSecrets('clean'));
      ecs.taskDefinitionSecrets.add(
        taskDefinitionSecrets('leaky', {
          secrets: [
            { container: 'app', found: [{ variable: 'AWS_KEY', kind: 'AWS access key' }] },
            { container: 'db', found: [{ variable: 'DSN', kind: 'PostgreSQL connection string with password' }] },
          ],
        }),
      );
    },
    expect: [
      { status: 'PASS', resource: 'clean:1' },
      { status: 'FAIL', resource: 'leaky:1', detail: 'container app: AWS access key in variable AWS_KEY; container db: PostgreSQL' },
    ],
  },
  {
    name: 'a revision that could not be described is an error',
    given: ({ ecs }) => ecs.taskDefinitionSecrets.add(taskDefinitionSecrets('hidden', { secrets: unreadBy('ecs', 'DescribeTaskDefinition') })),
    expect: [{ status: 'ERROR', resource: 'hidden:1', detail: 'DescribeTaskDefinition' }],
  },
  {
    name: 'a region whose task definitions could not be listed is an error there',
    given: ({ ecs }) => ecs.taskDefinitionSecrets.fail({ region: 'eu-west-1', operation: 'ListTaskDefinitions', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'ecs:ListTaskDefinitions', region: 'eu-west-1' }],
  },
]);
