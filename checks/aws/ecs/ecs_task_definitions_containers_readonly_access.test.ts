import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { container, taskDefinition } from '../../../test/helpers/fixtures/ecs.js';
import check from './ecs_task_definitions_containers_readonly_access.js';

testCheck(check, [
  { name: 'no task definitions', expect: [] },
  {
    name: 'every container read-only passes; one writable container fails, named',
    given: ({ ecs }) => {
      ecs.taskDefinitions.add(taskDefinition('sealed', { containers: [container('app'), container('proxy')] }));
      ecs.taskDefinitions.add(taskDefinition('open', { containers: [container('app'), container('proxy', { readonlyRootFilesystem: false })] }, { revision: '7' }));
      ecs.taskDefinitions.add(taskDefinition('empty', { containers: [] }));
    },
    expect: [
      { status: 'PASS', resource: 'sealed:1' },
      { status: 'FAIL', resource: 'open:7', detail: ': proxy.' },
      { status: 'PASS', resource: 'empty:1' },
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
