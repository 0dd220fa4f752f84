import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { pipelineDefinition } from '../../../test/helpers/fixtures/datapipeline.js';
import check from './datapipeline_pipeline_no_secrets_in_definition.js';

testCheck(check, [
  { name: 'no pipelines', expect: [] },
  {
    name: 'fails pipelines whose definition holds a likely secret, naming where',
    given: ({ datapipeline }) => {
      datapipeline.definitions.add(pipelineDefinition('df-clean'));
      datapipeline.definitions.add(
        pipelineDefinition('df-leaky', {
          region: 'us-east-1',
          secrets: [
            { kind: 'AWS access key', location: 'object Default field accessKey' },
            { kind: 'Private key', location: 'parameter value myKey' },
          ],
        }),
      );
    },
    expect: [
      { status: 'PASS', resource: 'df-clean', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'df-leaky', region: 'us-east-1', detail: 'AWS access key in object Default field accessKey; Private key in parameter value myKey' },
    ],
  },
  {
    name: 'a definition that could not be read is an error',
    given: ({ datapipeline }) => datapipeline.definitions.add(pipelineDefinition('df-hidden', { secrets: unreadBy('datapipeline', 'GetPipelineDefinition') })),
    expect: [{ status: 'ERROR', resource: 'df-hidden', detail: 'GetPipelineDefinition' }],
  },
  {
    name: 'a failed listing is an error',
    given: ({ datapipeline }) => datapipeline.definitions.fail({ region: 'eu-west-1', operation: 'ListPipelines', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'datapipeline:ListPipelines' }],
  },
]);
