import { testCheck } from '../../../test/helpers/check-cases.js';
import { replicationTask } from '../../../test/helpers/fixtures/dms.js';
import check from './dms_replication_task_source_logging_enabled.js';

const at = (severity: string, ...ids: string[]) => ids.map((id) => ({ id, severity }));

testCheck(check, [
  { name: 'no replication tasks', expect: [] },
  {
    name: 'logging must be on with both source components at default or debug severity',
    given: ({ dms }) => {
      dms.replicationTasks.add(replicationTask('default', { logComponents: at('LOGGER_SEVERITY_DEFAULT', 'SOURCE_CAPTURE', 'SOURCE_UNLOAD') }));
      dms.replicationTasks.add(replicationTask('debug', { logComponents: [...at('LOGGER_SEVERITY_DEBUG', 'SOURCE_CAPTURE'), ...at('LOGGER_SEVERITY_DETAILED_DEBUG', 'SOURCE_UNLOAD')] }));
      dms.replicationTasks.add(replicationTask('off', { loggingEnabled: false, region: 'us-east-1' }));
      dms.replicationTasks.add(replicationTask('one-missing', { logComponents: at('LOGGER_SEVERITY_DEFAULT', 'SOURCE_CAPTURE') }));
      dms.replicationTasks.add(replicationTask('too-quiet', { logComponents: at('LOGGER_SEVERITY_WARNING', 'SOURCE_CAPTURE', 'SOURCE_UNLOAD') }));
    },
    expect: [
      { status: 'PASS', resource: 'default' },
      { status: 'PASS', resource: 'debug' },
      { status: 'FAIL', resource: 'off', region: 'us-east-1', detail: 'does not log source events' },
      { status: 'FAIL', resource: 'one-missing', detail: 'Source Unload' },
      { status: 'FAIL', resource: 'too-quiet', detail: ' and ' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ dms }) => dms.replicationTasks.fail({ region: 'eu-west-1', operation: 'DescribeReplicationTasks', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'dms:DescribeReplicationTasks' }],
  },
]);
