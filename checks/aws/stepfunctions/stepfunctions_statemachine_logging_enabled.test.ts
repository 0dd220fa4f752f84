import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { stateMachine } from '../../../test/helpers/fixtures/stepfunctions.js';
import check from './stepfunctions_statemachine_logging_enabled.js';

testCheck(check, [
  { name: 'no state machines', expect: [] },
  {
    name: 'any level but OFF passes; OFF or no logging configuration fails',
    given: ({ stepfunctions }) => {
      stepfunctions.stateMachines.add(stateMachine('all'));
      stepfunctions.stateMachines.add(stateMachine('errors', { loggingLevel: 'ERROR' }));
      stepfunctions.stateMachines.add(stateMachine('off', { loggingLevel: 'OFF' }));
      stepfunctions.stateMachines.add(stateMachine('none', { loggingLevel: null }));
    },
    expect: [
      { status: 'PASS', resource: 'all', detail: 'ALL' },
      { status: 'PASS', resource: 'errors' },
      { status: 'FAIL', resource: 'off' },
      { status: 'FAIL', resource: 'none' },
    ],
  },
  {
    name: 'a state machine that could not be described: ERROR',
    given: ({ stepfunctions }) => stepfunctions.stateMachines.add(stateMachine('hidden', {}, { configuration: unreadBy('stepfunctions', 'DescribeStateMachine') })),
    expect: [{ status: 'ERROR', resource: 'hidden', detail: 'DescribeStateMachine' }],
  },
  {
    name: 'state machines that could not be listed: ERROR',
    given: ({ stepfunctions }) => stepfunctions.stateMachines.fail({ region: 'eu-west-1', operation: 'ListStateMachines', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'stepfunctions:ListStateMachines' }],
  },
]);
