import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { taskDefinition } from '../../../test/helpers/fixtures/ecs.js';
import check from './ecs_task_definitions_host_namespace_not_shared.js';

testCheck(check, [
  { name: 'no task definitions', expect: [] },
  {
    name: 'only pidMode host fails',
    given: ({ ecs }) => {
      ecs.taskDefinitions.add(taskDefinition('unset'));
      ecs.taskDefinitions.add(taskDefinition('own', { pidMode: 'task' }));
      ecs.taskDefinitions.add(taskDefinition('shared', { pidMode: 'host' }));
      ecs.taskDefinitions.add(taskDefinition('shared', { pidMode: 'host' }, { region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'unset:1' },
      { status: 'PASS', resource: 'own:1' },
      { status: 'FAIL', resource: 'shared:1', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'shared:1', region: 'us-east-1' },
    ],
  },
  {
    name: 'a revision that could not be described is an error',
    given: ({ ecs }) => ecs.taskDefinitions.add(taskDefinition('hidden', {}, { details: unreadBy('ecs', 'DescribeTaskDefinition') })),
    expect: [{ status: 'ERROR', resource: 'hidden:1', detail: 'DescribeTaskDefinition' }],
  },
  {
    name: 'a region whose task definitions could not be listed is an error there',
    given: ({ ecs }) => ecs.taskDefinitions.fail({ region: 'eu-west-1', operation: 'ListTaskDefinitions', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'ecs:ListTaskDefinitions', region: 'eu-west-1' }],
  },
]);
