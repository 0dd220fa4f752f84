import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { container, taskDefinition } from '../../../test/helpers/fixtures/ecs.js';
import check from './ecs_task_definitions_host_networking_mode_users.js';

testCheck(check, [
  { name: 'no task definitions', expect: [] },
  {
    name: 'other network modes pass; in host mode, unprivileged containers running as root or no user fail',
    given: ({ ecs }) => {
      ecs.taskDefinitions.add(taskDefinition('bridged', { networkMode: 'bridge', containers: [container('app', { user: 'root' })] }));
      ecs.taskDefinitions.add(taskDefinition('named-user', { networkMode: 'host' }));
      ecs.taskDefinitions.add(taskDefinition('root', { networkMode: 'host', containers: [container('app', { user: 'root' }), container('proxy')] }));
      ecs.taskDefinitions.add(taskDefinition('nobody-set', { networkMode: 'host', containers: [container('app', { user: '' })] }));
      ecs.taskDefinitions.add(taskDefinition('privileged-root', { networkMode: 'host', containers: [container('app', { user: '', privileged: true })] }));
      ecs.taskDefinitions.add(taskDefinition('uid-zero', { networkMode: 'host', containers: [container('app', { user: '0' })] }));
    },
    expect: [
      { status: 'PASS', resource: 'bridged:1', detail: 'does not use the host network mode' },
      { status: 'PASS', resource: 'named-user:1', detail: 'no unprivileged container' },
      { status: 'FAIL', resource: 'root:1', detail: ': app.' },
      { status: 'FAIL', resource: 'nobody-set:1' },
      { status: 'PASS', resource: 'privileged-root:1' },
      { status: 'PASS', resource: 'uid-zero:1' },
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
