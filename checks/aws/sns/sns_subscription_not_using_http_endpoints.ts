import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'sns_subscription_not_using_http_endpoints',
  uses: { sns: ['subscriptions'] },
  run({ sns }, report) {
    report.each(sns.subscriptions, (subscription) =>
      verdict(
        subscription.protocol !== 'http',
        `SNS subscription ${subscription.arn} does not deliver over plain HTTP.`,
        `SNS subscription ${subscription.arn} delivers to an unencrypted HTTP endpoint.`,
      ),
    );
  },
});
