import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { container, taskDefinition } from '../../../test/helpers/fixtures/ecs.js';
import check from './ecs_task_definitions_logging_enabled.js';

testCheck(check, [
  { name: 'no task definitions', expect: [] },
  {
    name: 'a container without a log driver fails, named',
    given: ({ ecs }) => {
      ecs.taskDefinitions.add(taskDefinition('logged', { containers: [container('app', { logDriver: 'fluentd', logMode: '' })] }));
      ecs.taskDefinitions.add(taskDefinition('silent', { containers: [container('app'), container('sidecar', { logDriver: '', logMode: '' })] }));
    },
    expect: [
      { status: 'PASS', resource: 'logged:1' },
      { status: 'FAIL', resource: 'silent:1', detail: ': sidecar.' },
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
