import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { notebookInstance } from '../../../test/helpers/fixtures/sagemaker.js';
import check from './sagemaker_notebook_instance_vpc_settings_configured.js';

testCheck(check, [
  { name: 'nothing listed', expect: [] },
  {
    name: 'the hardened one passes, the other fails, each in its own region',
    given: ({ sagemaker }) => {
      sagemaker.notebookInstanceSettings.add(notebookInstance('hardened'));
      sagemaker.notebookInstanceSettings.add(notebookInstance('loose', { region: 'us-east-1', ...{ settings: { rootAccess: false, directInternetAccess: false, subnetId: null, kmsKeyId: 'k', lifecycleConfigName: null } } }));
    },
    expect: [
      { status: 'PASS', resource: 'hardened', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'loose', region: 'us-east-1', detail: 'not placed in a VPC' },
    ],
  },
  {
    name: 'settings that could not be read: ERROR',
    given: ({ sagemaker }) => sagemaker.notebookInstanceSettings.add(notebookInstance('hidden', { settings: unreadBy('sagemaker', 'DescribeNotebookInstance') })),
    expect: [{ status: 'ERROR', resource: 'hidden', detail: 'DescribeNotebookInstance' }],
  },
  {
    name: 'a region that could not be listed: ERROR',
    given: ({ sagemaker }) => sagemaker.notebookInstanceSettings.fail({ region: 'eu-west-1', operation: 'ListNotebookInstances', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'sagemaker:ListNotebookInstances' }],
  },
]);
