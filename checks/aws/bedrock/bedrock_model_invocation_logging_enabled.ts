import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'bedrock_model_invocation_logging_enabled',
  uses: { bedrock: ['loggingConfigurations'] },
  run({ bedrock }, report) {
    report.each(bedrock.loggingConfigurations, (logging) => {
      const destinations = [
        logging.cloudWatchLogGroup && `CloudWatch Logs group ${logging.cloudWatchLogGroup}`,
        logging.s3Bucket && `S3 bucket ${logging.s3Bucket}`,
      ].filter(Boolean);
      const where = destinations.length > 0 ? ` to ${destinations.join(' and ')}` : '';
      return verdict(
        logging.enabled,
        `Bedrock logs model invocations in ${logging.region}${where}.`,
        `Bedrock does not log model invocations in ${logging.region}.`,
      );
    });
  },
});
