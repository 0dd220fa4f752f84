import { defineCheck } from '../../../src/checks/check.js';
import { judgeStaleAccess } from '../../../src/checks/service-access.js';

export default defineCheck({
  id: 'iam_user_access_not_stale_to_sagemaker',
  uses: { iam: ['userServiceAccess'] },
  config: ['max_unused_sagemaker_access_days'],
  run({ iam, config }, report) {
    report.each(iam.userServiceAccess, (user) =>
      judgeStaleAccess(user, 'User', { namespace: 'sagemaker', title: 'SageMaker' }, config.max_unused_sagemaker_access_days),
    );
  },
});
