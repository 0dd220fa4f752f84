import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { trainingJob } from '../../../test/helpers/fixtures/sagemaker.js';
import check from './sagemaker_training_jobs_volume_and_output_encryption_enabled.js';

testCheck(check, [
  { name: 'nothing listed', expect: [] },
  {
    name: 'the hardened one passes, the other fails, each in its own region',
    given: ({ sagemaker }) => {
      sagemaker.trainingJobSettings.add(trainingJob('hardened'));
      sagemaker.trainingJobSettings.add(trainingJob('loose', { region: 'us-east-1', ...{ settings: { interContainerEncryption: true, volumeKmsKeyId: null, networkIsolation: true, vpcSubnets: ['subnet-1'] } } }));
    },
    expect: [
      { status: 'PASS', resource: 'hardened', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'loose', region: 'us-east-1', detail: 'no KMS key' },
    ],
  },
  {
    name: 'settings that could not be read: ERROR',
    given: ({ sagemaker }) => sagemaker.trainingJobSettings.add(trainingJob('hidden', { settings: unreadBy('sagemaker', 'DescribeTrainingJob') })),
    expect: [{ status: 'ERROR', resource: 'hidden', detail: 'DescribeTrainingJob' }],
  },
  {
    name: 'a region that could not be listed: ERROR',
    given: ({ sagemaker }) => sagemaker.trainingJobSettings.fail({ region: 'eu-west-1', operation: 'ListTrainingJobs', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'sagemaker:ListTrainingJobs' }],
  },
]);
