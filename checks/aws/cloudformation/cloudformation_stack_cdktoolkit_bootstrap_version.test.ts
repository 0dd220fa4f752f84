import { testCheck } from '../../../test/helpers/check-cases.js';
import { stack } from '../../../test/helpers/fixtures/cloudformation.js';
import check from './cloudformation_stack_cdktoolkit_bootstrap_version.js';

const toolkit = (version: string, region?: string) => stack('CDKToolkit', { bootstrapVersion: version, ...(region ? { region } : {}) });

testCheck(check, [
  { name: 'no stacks', expect: [] },
  {
    name: 'judges only the CDKToolkit stack, against the recommended version 21',
    given: ({ cloudformation }) => {
      cloudformation.stacks.add(toolkit('21'));
      cloudformation.stacks.add(toolkit('20', 'us-east-1'));
      cloudformation.stacks.add(stack('app', { bootstrapVersion: '3' }));
    },
    expect: [
      { status: 'PASS', resource: 'CDKToolkit', region: 'eu-west-1', detail: 'version 21' },
      { status: 'FAIL', resource: 'CDKToolkit', region: 'us-east-1', detail: 'older than the recommended 21' },
    ],
  },
  {
    name: 'the recommended version comes from recommended_cdk_bootstrap_version',
    config: { recommended_cdk_bootstrap_version: 25 },
    given: ({ cloudformation }) => cloudformation.stacks.add(toolkit('24')),
    expect: [{ status: 'FAIL', resource: 'CDKToolkit', detail: 'recommended 25' }],
  },
  {
    name: 'a toolkit stack without a usable version output is not judged',
    given: ({ cloudformation }) => {
      cloudformation.stacks.add(stack('CDKToolkit'));
      cloudformation.stacks.add(toolkit('0', 'us-east-1'));
    },
    expect: [],
  },
  {
    name: 'a failed listing is an error',
    given: ({ cloudformation }) => cloudformation.stacks.fail({ region: 'eu-west-1', operation: 'DescribeStacks', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudformation:DescribeStacks' }],
  },
]);
