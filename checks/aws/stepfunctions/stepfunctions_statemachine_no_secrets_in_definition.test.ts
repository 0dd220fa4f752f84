import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { stateMachineSecrets } from '../../../test/helpers/fixtures/stepfunctions.js';
import check from './stepfunctions_statemachine_no_secrets_in_definition.js';

testCheck(check, [
  { name: 'no state machines', expect: [] },
  {
    name: 'a clean or missing definition passes; detections fail; an unscannable one is MANUAL',
    given: ({ stepfunctions }) => {
      stepfunctions.stateMachineSecrets.add(stateMachineSecrets('clean'));
      stepfunctions.stateMachineSecrets.add(stateMachineSecrets('empty', { definitionScan: null }));
      stepfunctions.stateMachineSecrets.add(
        stateMachineSecrets('leaky', {
          definitionScan: {
            scanned: true,
            secrets: [
              { line: 3, kind: 'AWS access key' },
              { line: 9, kind: 'Private key' },
            ],
          },
        }),
      );
      stepfunctions.stateMachineSecrets.add(stateMachineSecrets('garbled', { definitionScan: { scanned: false, reason: 'scanner crashed' } }));
    },
    expect: [
      { status: 'PASS', resource: 'clean' },
      { status: 'PASS', resource: 'empty' },
      { status: 'FAIL', resource: 'leaky', detail: 'AWS access key on line 3, Private key on line 9' },
      { status: 'MANUAL', resource: 'garbled', detail: 'scanner crashed' },
    ],
  },
  {
    name: 'a state machine that could not be described: ERROR',
    given: ({ stepfunctions }) => stepfunctions.stateMachineSecrets.add(stateMachineSecrets('hidden', { definitionScan: unreadBy('stepfunctions', 'DescribeStateMachine') })),
    expect: [{ status: 'ERROR', resource: 'hidden', detail: 'DescribeStateMachine' }],
  },
  {
    name: 'state machines that could not be listed: ERROR',
    given: ({ stepfunctions }) => stepfunctions.stateMachineSecrets.fail({ region: 'eu-west-1', operation: 'ListStateMachines', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'stepfunctions:ListStateMachines' }],
  },
]);
