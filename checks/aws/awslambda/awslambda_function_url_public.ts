import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'awslambda_function_url_public',
  uses: { lambda: ['functionUrls'] },
  run({ lambda }, report) {
    report.each(lambda.functionUrls, (fn) => {
      const url = need(fn.url);
      if (!url) return notApplicable('the function has no URL');
      return verdict(
        url.authType === 'AWS_IAM',
        `Lambda function ${fn.name} has a function URL that requires IAM authentication.`,
        `Lambda function ${fn.name} has a function URL anyone can call without authentication (auth type ${url.authType}).`,
      );
    });
  },
});
