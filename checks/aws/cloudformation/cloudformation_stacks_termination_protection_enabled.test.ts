import { testCheck } from '../../../test/helpers/check-cases.js';
import { stack } from '../../../test/helpers/fixtures/cloudformation.js';
import check from './cloudformation_stacks_termination_protection_enabled.js';

testCheck(check, [
  { name: 'no stacks', expect: [] },
  {
    name: 'passes protected stacks, fails unprotected ones, skips nested stacks',
    given: ({ cloudformation }) => {
      cloudformation.stacks.add(stack('network', { terminationProtection: true }));
      cloudformation.stacks.add(stack('app', { region: 'us-east-1' }));
      cloudformation.stacks.add(stack('app-DatabaseStack-1ABC', { nested: true }));
    },
    expect: [
      { status: 'PASS', resource: 'network', region: 'eu-west-1', detail: 'enabled' },
      { status: 'FAIL', resource: 'app', region: 'us-east-1', detail: 'disabled' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ cloudformation }) => cloudformation.stacks.fail({ region: 'eu-west-1', operation: 'DescribeStacks', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudformation:DescribeStacks' }],
  },
]);
