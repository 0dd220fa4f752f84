import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { describedTask } from '../../../test/helpers/fixtures/datasync.js';
import check from './datasync_task_logging_enabled.js';

testCheck(check, [
  { name: 'no tasks', expect: [] },
  {
    name: 'a task passes when it names a log group',
    given: ({ datasync }) => {
      datasync.taskDescriptions.add(describedTask('task-1', 'arn:aws:logs:eu-west-1:123456789012:log-group:/aws/datasync:*'));
      datasync.taskDescriptions.add(describedTask('task-2', null, { region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'task-1', detail: 'task-1-name' },
      { status: 'FAIL', resource: 'task-2', region: 'us-east-1' },
    ],
  },
  { name: 'an unread task is an error', given: ({ datasync }) => datasync.taskDescriptions.add(describedTask('task-1', unreadBy('datasync', 'DescribeTask'))), expect: [{ status: 'ERROR', resource: 'task-1', detail: 'DescribeTask' }] },
  {
    name: 'a failed listing is an error',
    given: ({ datasync }) => datasync.taskDescriptions.fail({ region: 'eu-west-1', operation: 'ListTasks', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'datasync:ListTasks' }],
  },
]);
