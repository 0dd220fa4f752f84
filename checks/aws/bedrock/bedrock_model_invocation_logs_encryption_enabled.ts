import { defineCheck, need, notApplicable, pass, fail } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'bedrock_model_invocation_logs_encryption_enabled',
  uses: { bedrock: ['loggingConfigurations'], s3: ['bucketEncryption'], cloudwatch: ['logGroups'] },
  run({ bedrock, s3, cloudwatch }, report) {
    report.each(bedrock.loggingConfigurations, (logging) => {
      if (!logging.enabled) return notApplicable('model invocation logging is off');
      // A destination this account does not list is taken as encrypted, as Prowler takes it.
      const bucket = logging.s3Bucket === null ? undefined : s3.bucketEncryption.find((candidate) => candidate.name === logging.s3Bucket);
      const group =
        logging.cloudWatchLogGroup === null ? undefined : cloudwatch.logGroups.all(logging.region).find((candidate) => candidate.name === logging.cloudWatchLogGroup);
      const unencrypted = [
        bucket && need(bucket.encryption) === null && `S3 bucket ${bucket.name}`,
        group && group.kmsKeyId === null && `CloudWatch Logs group ${group.name}`,
      ].filter((destination) => typeof destination === 'string');
      if (unencrypted.length > 0) return fail(`Bedrock model invocation logs of ${logging.region} go unencrypted to ${unencrypted.join(' and ')}.`);
      return pass(`Bedrock model invocation logs of ${logging.region} are encrypted at every destination.`);
    });
  },
});
