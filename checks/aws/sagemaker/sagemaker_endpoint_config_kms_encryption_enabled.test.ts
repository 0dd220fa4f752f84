import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { endpointConfig } from '../../../test/helpers/fixtures/sagemaker.js';
import check from './sagemaker_endpoint_config_kms_encryption_enabled.js';

testCheck(check, [
  { name: 'nothing listed', expect: [] },
  {
    name: 'the hardened one passes, the other fails, each in its own region',
    given: ({ sagemaker }) => {
      sagemaker.endpointConfigSettings.add(endpointConfig('hardened'));
      sagemaker.endpointConfigSettings.add(endpointConfig('loose', { region: 'us-east-1', ...{ settings: { kmsKeyId: null, productionVariants: [{ name: 'primary', initialInstanceCount: 2 }] } } }));
    },
    expect: [
      { status: 'PASS', resource: 'hardened', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'loose', region: 'us-east-1', detail: 'no KMS key' },
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
