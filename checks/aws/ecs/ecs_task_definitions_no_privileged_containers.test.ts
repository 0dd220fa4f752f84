import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { container, taskDefinition } from '../../../test/helpers/fixtures/ecs.js';
import check from './ecs_task_definitions_no_privileged_containers.js';

testCheck(check, [
  { name: 'no task definitions', expect: [] },
  {
    name: 'a privileged container fails, named',
    given: ({ ecs }) => {
      ecs.taskDefinitions.add(taskDefinition('plain'));
      ecs.taskDefinitions.add(taskDefinition('root', { containers: [container('app'), container('agent', { privileged: true })] }));
    },
    expect: [
      { status: 'PASS', resource: 'plain:1' },
      { status: 'FAIL', resource: 'root:1', detail: ': agent.' },
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
