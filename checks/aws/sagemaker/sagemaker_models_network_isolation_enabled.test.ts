import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { model } from '../../../test/helpers/fixtures/sagemaker.js';
import check from './sagemaker_models_network_isolation_enabled.js';

testCheck(check, [
  { name: 'nothing listed', expect: [] },
  {
    name: 'the hardened one passes, the other fails, each in its own region',
    given: ({ sagemaker }) => {
      sagemaker.modelSettings.add(model('hardened'));
      sagemaker.modelSettings.add(model('loose', { region: 'us-east-1', ...{ settings: { networkIsolation: false, vpcSubnets: ['subnet-1'] } } }));
    },
    expect: [
      { status: 'PASS', resource: 'hardened', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'loose', region: 'us-east-1', detail: 'without network isolation' },
    ],
  },
  {
    name: 'settings that could not be read: ERROR',
    given: ({ sagemaker }) => sagemaker.modelSettings.add(model('hidden', { settings: unreadBy('sagemaker', 'DescribeModel') })),
    expect: [{ status: 'ERROR', resource: 'hidden', detail: 'DescribeModel' }],
  },
  {
    name: 'a region that could not be listed: ERROR',
    given: ({ sagemaker }) => sagemaker.modelSettings.fail({ region: 'eu-west-1', operation: 'ListModels', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'sagemaker:ListModels' }],
  },
]);
