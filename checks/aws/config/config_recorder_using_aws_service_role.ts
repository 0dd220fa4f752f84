import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'config_recorder_using_aws_service_role',
  uses: { configservice: ['recorders'] },
  run({ configservice, account }, report) {
    const serviceRole = `arn:${account.partition}:iam::${account.id}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`;
    report.each(configservice.recorders, (recorder) => {
      if (!need(recorder.status)?.recording) return notApplicable('the region has no recording recorder');
      return verdict(
        recorder.roleArn === serviceRole,
        `AWS Config recorder ${recorder.name} is using AWSServiceRoleForConfig.`,
        `AWS Config recorder ${recorder.name} is not using AWSServiceRoleForConfig.`,
      );
    });
  },
});
