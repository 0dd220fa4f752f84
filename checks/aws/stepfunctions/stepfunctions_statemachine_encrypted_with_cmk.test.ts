import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { stateMachine } from '../../../test/helpers/fixtures/stepfunctions.js';
import check from './stepfunctions_statemachine_encrypted_with_cmk.js';

testCheck(check, [
  { name: 'no state machines', expect: [] },
  {
    name: 'only a customer managed key passes',
    given: ({ stepfunctions }) => {
      stepfunctions.stateMachines.add(stateMachine('cmk'));
      stepfunctions.stateMachines.add(stateMachine('aws-owned', { encryptionType: 'AWS_OWNED_KEY' }));
      stepfunctions.stateMachines.add(stateMachine('unstated', { encryptionType: null }, { region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'cmk' },
      { status: 'FAIL', resource: 'aws-owned' },
      { status: 'FAIL', resource: 'unstated', region: 'us-east-1' },
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
