import { testCheck } from '../../../test/helpers/check-cases.js';
import { replicationTask } from '../../../test/helpers/fixtures/dms.js';
import check from './dms_replication_task_target_logging_enabled.js';

const at = (severity: string, ...ids: string[]) => ids.map((id) => ({ id, severity }));

testCheck(check, [
  { name: 'no replication tasks', expect: [] },
  {
    name: 'logging must be on with both target components at default or debug severity',
    given: ({ dms }) => {
      dms.replicationTasks.add(replicationTask('default', { logComponents: at('LOGGER_SEVERITY_DEFAULT', 'TARGET_APPLY', 'TARGET_LOAD') }));
      dms.replicationTasks.add(replicationTask('debug', { logComponents: [...at('LOGGER_SEVERITY_DEBUG', 'TARGET_APPLY'), ...at('LOGGER_SEVERITY_DETAILED_DEBUG', 'TARGET_LOAD')] }));
      dms.replicationTasks.add(replicationTask('off', { loggingEnabled: false, region: 'us-east-1' }));
      dms.replicationTasks.add(replicationTask('one-missing', { logComponents: at('LOGGER_SEVERITY_DEFAULT', 'TARGET_APPLY') }));
      dms.replicationTasks.add(replicationTask('too-quiet', { logComponents: at('LOGGER_SEVERITY_WARNING', 'TARGET_APPLY', 'TARGET_LOAD') }));
    },
    expect: [
      { status: 'PASS', resource: 'default' },
      { status: 'PASS', resource: 'debug' },
      { status: 'FAIL', resource: 'off', region: 'us-east-1', detail: 'does not log target events' },
      { status: 'FAIL', resource: 'one-missing', detail: 'Target Load' },
      { status: 'FAIL', resource: 'too-quiet', detail: ' and ' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ dms }) => dms.replicationTasks.fail({ region: 'eu-west-1', operation: 'DescribeReplicationTasks', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'dms:DescribeReplicationTasks' }],
  },
]);
