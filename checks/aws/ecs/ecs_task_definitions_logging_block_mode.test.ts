import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { container, taskDefinition } from '../../../test/helpers/fixtures/ecs.js';
import check from './ecs_task_definitions_logging_block_mode.js';

testCheck(check, [
  { name: 'no task definitions', expect: [] },
  {
    name: 'logging containers must be non-blocking (an unset mode fails); revisions without logging are not judged',
    given: ({ ecs }) => {
      ecs.taskDefinitions.add(taskDefinition('buffered', { containers: [container('app'), container('quiet', { logDriver: '', logMode: '' })] }));
      ecs.taskDefinitions.add(taskDefinition('blocking', { containers: [container('app', { logMode: 'blocking' })] }));
      ecs.taskDefinitions.add(taskDefinition('default', { containers: [container('app'), container('proxy', { logMode: '' })] }));
      ecs.taskDefinitions.add(taskDefinition('unlogged', { containers: [container('app', { logDriver: '', logMode: 'blocking' })] }));
    },
    expect: [
      { status: 'PASS', resource: 'buffered:1' },
      { status: 'FAIL', resource: 'blocking:1', detail: ': app.' },
      { status: 'FAIL', resource: 'default:1', detail: ': proxy.' },
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
