import { testCheck } from '../../../test/helpers/check-cases.js';
import { stackOutputSecrets } from '../../../test/helpers/fixtures/cloudformation.js';
import check from './cloudformation_stack_outputs_find_secrets.js';

testCheck(check, [
  { name: 'no stacks', expect: [] },
  {
    name: 'fails stacks with a likely secret in an output, naming the output; passes the rest',
    given: ({ cloudformation }) => {
      cloudformation.outputSecrets.add(stackOutputSecrets('bare'));
      cloudformation.outputSecrets.add(stackOutputSecrets('web', { outputCount: 2 }));
      cloudformation.outputSecrets.add(stackOutputSecrets('leaky', { region: 'us-east-1', outputCount: 3, secrets: [{ line: 3, kind: 'AWS access key' }] }));
    },
    expect: [
      { status: 'PASS', resource: 'bare', detail: 'has no outputs' },
      { status: 'PASS', resource: 'web', detail: 'No secrets found' },
      { status: 'FAIL', resource: 'leaky', region: 'us-east-1', detail: 'AWS access key in output 3' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ cloudformation }) => cloudformation.outputSecrets.fail({ region: 'eu-west-1', operation: 'DescribeStacks', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudformation:DescribeStacks' }],
  },
]);
