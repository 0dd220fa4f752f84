import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { endpointConfig } from '../../../test/helpers/fixtures/sagemaker.js';
import check from './sagemaker_endpoint_config_prod_variant_instances.js';

const variants = (...counts: number[]) => ({ kmsKeyId: null, productionVariants: counts.map((count, index) => ({ name: `v${index}`, initialInstanceCount: count })) });

testCheck(check, [
  { name: 'no endpoint configs', expect: [] },
  {
    name: 'every variant on two or more instances passes; any variant on one or none fails, naming it',
    given: ({ sagemaker }) => {
      sagemaker.endpointConfigSettings.add(endpointConfig('redundant', { settings: variants(2, 3) }));
      sagemaker.endpointConfigSettings.add(endpointConfig('mixed', { region: 'us-east-1', settings: variants(2, 1) }));
      sagemaker.endpointConfigSettings.add(endpointConfig('serverless', { settings: variants(0) }));
      sagemaker.endpointConfigSettings.add(endpointConfig('empty', { settings: variants() }));
    },
    expect: [
      { status: 'PASS', resource: 'redundant' },
      { status: 'FAIL', resource: 'mixed', region: 'us-east-1', detail: 'variants v1 on' },
      { status: 'FAIL', resource: 'serverless', detail: 'v0' },
      { status: 'PASS', resource: 'empty' },
    ],
  },
  {
    name: 'settings that could not be read: ERROR',
    given: ({ sagemaker }) => sagemaker.endpointConfigSettings.add(endpointConfig('hidden', { settings: unreadBy('sagemaker', 'DescribeEndpointConfig') })),
    expect: [{ status: 'ERROR', resource: 'hidden', detail: 'DescribeEndpointConfig' }],
  },
  {
    name: 'a region that could not be listed: ERROR',
    given: ({ sagemaker }) => sagemaker.endpointConfigSettings.fail({ region: 'eu-west-1', operation: 'ListEndpointConfigs', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'sagemaker:ListEndpointConfigs' }],
  },
]);
