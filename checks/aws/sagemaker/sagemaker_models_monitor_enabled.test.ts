import { testCheck } from '../../../test/helpers/check-cases.js';
import { monitoringState } from '../../../test/helpers/fixtures/sagemaker.js';
import check from './sagemaker_models_monitor_enabled.js';

testCheck(check, [
  { name: 'no region read', expect: [] },
  {
    name: 'a scheduled schedule passes under its own name; a region without one fails under the stand-in',
    given: ({ sagemaker }) => {
      sagemaker.monitoringStates.add(monitoringState('eu-west-1', 'drift-watch'));
      sagemaker.monitoringStates.add(monitoringState('us-east-1'));
    },
    expect: [
      { status: 'PASS', resource: 'drift-watch', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'SageMaker Monitoring Schedules', region: 'us-east-1' },
    ],
  },
  {
    name: 'schedules that could not be listed: ERROR, never FAIL',
    given: ({ sagemaker }) => sagemaker.monitoringStates.fail({ region: 'eu-west-1', operation: 'ListMonitoringSchedules', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'sagemaker:ListMonitoringSchedules', region: 'eu-west-1' }],
  },
]);
