import { testCheck } from '../../../test/helpers/check-cases.js';
import { modelRegistry } from '../../../test/helpers/fixtures/sagemaker.js';
import check from './sagemaker_models_registry_in_use.js';

testCheck(check, [
  { name: 'no region read', expect: [] },
  {
    name: 'an approved package passes; groups without one, or no groups, fail; one finding per region',
    given: ({ sagemaker }) => {
      sagemaker.modelRegistries.add(modelRegistry('eu-west-1'));
      sagemaker.modelRegistries.add(modelRegistry('us-east-1', { hasApprovedPackages: false }));
    },
    expect: [
      { status: 'PASS', resource: 'SageMaker Model Registry', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'SageMaker Model Registry', region: 'us-east-1', detail: 'no approved' },
    ],
  },
  {
    name: 'a region without groups fails',
    given: ({ sagemaker }) => sagemaker.modelRegistries.add(modelRegistry('us-east-1', { hasGroups: false, hasApprovedPackages: false })),
    expect: [{ status: 'FAIL', resource: 'SageMaker Model Registry', region: 'us-east-1', detail: 'no model package groups' }],
  },
  {
    name: 'a region whose registry could not be read: ERROR there, the other still judged',
    given: ({ sagemaker }) => {
      sagemaker.modelRegistries.add(modelRegistry('eu-west-1'));
      sagemaker.modelRegistries.fail({ region: 'us-east-1', operation: 'ListModelPackages', message: 'AccessDenied: denied' });
    },
    expect: [
      { status: 'PASS', resource: 'SageMaker Model Registry', region: 'eu-west-1' },
      { status: 'ERROR', resource: 'sagemaker:ListModelPackages', region: 'us-east-1' },
    ],
  },
]);
